/**
 * A task's number path as people cite it at a meeting, "II.7.2 (1)(i)": the part it sits in, then the
 * labels of its parents and its own, with "7." followed by "7.2." read as one "7.2" and parenthesised
 * labels run together. Bullets and unnumbered paragraphs have no label of their own, so they are counted
 * ("•2" is the second bullet, "¶1" the first paragraph) from the segment their id ends with.
 */
import type {Task} from '../../model/schema.js'

interface Piece {
  /** Dotted numbers (and articles) extend each other; parenthesised labels run together; others stand alone. */
  kind: 'dotted' | 'paren' | 'other'
  text: string
}

/** Label shapes, first match wins: how a label becomes a piece of the path. */
const labelShapes: {pattern: RegExp; piece(match: RegExpExecArray, task: Task): Piece}[] = [
  {pattern: /^(\d+(?:\.\d+)*)\.?$/u, piece: (match) => ({kind: 'dotted', text: match[1] ?? ''})},
  {pattern: /^(Điều\s+\d\w*)\.?$/iu, piece: (match) => ({kind: 'dotted', text: (match[1] ?? '').replace(/\s+/gu, ' ')})},
  {pattern: /^\([^()]+\)$/u, piece: (match) => ({kind: 'paren', text: match[0]})},
  {pattern: /^[-–—+•*]$/u, piece: (_, task) => ({kind: 'other', text: `•${counter(task, 'b')}`})},
  {pattern: /^$/u, piece: (_, task) => ({kind: 'other', text: `¶${counter(task, 'p')}`})}
]

/**
 * @param task
 *   The task.
 * @param byId
 *   Every task of its notice, by id (to walk up the parents).
 * @returns
 *   E.g. "II.7.2 (1)(i)", "Điều 1.1 a)", "PL.5.14", "II.7.4 •2".
 */
export function numberPath(task: Task, byId: ReadonlyMap<string, Task>): string {
  const chain: Task[] = []
  for (let current: Task | undefined = task; current; current = current.parent ? byId.get(current.parent) : undefined) {
    chain.unshift(current)
    if (chain.length > byId.size) break
  }

  const pieces: Piece[] = []
  for (const link of chain) append(pieces, pieceOf(link))
  const prefix = chain[0] ? partPrefix(chain[0]) : ''
  const first = pieces[0]
  if (prefix && first?.kind === 'dotted') first.text = `${prefix}.${first.text}`
  else if (prefix) pieces.unshift({kind: 'other', text: prefix})
  return pieces.map((piece) => piece.text).join(' ')
}

/**
 * @param task
 *   A task without a parent.
 * @returns
 *   The numbered section of the body or of its part that it stands in, by its number ("II" for task
 *   "II.7", also for "KH.II.1" in the attached plan KH), or null when it stands in none ("Điều3", "1",
 *   "PL.5").
 */
export function sectionOf(task: Task): string | null {
  const prefix = partPrefix(task)
  const part = task.part === null ? '' : task.part
  const own = part && (prefix === part || prefix.startsWith(`${part}.`)) ? prefix.slice(part.length + 1) : prefix
  return own === '' ? null : own
}

function pieceOf(task: Task): Piece {
  const label = task.number.trim()
  for (const shape of labelShapes) {
    const match = shape.pattern.exec(label)
    if (match) return shape.piece(match, task)
  }

  return {kind: 'other', text: label}
}

function append(pieces: Piece[], piece: Piece): void {
  const last = pieces.at(-1)
  if (last && last.kind === piece.kind && piece.kind === 'dotted') {
    // "7." then "7.2." is "7.2"; "Điều 1" then "1." is "Điều 1.1".
    last.text = piece.text.startsWith(`${last.text}.`) ? piece.text : `${last.text}.${piece.text}`
  } else if (last && last.kind === piece.kind && piece.kind === 'paren') {
    last.text += piece.text
  } else {
    pieces.push({...piece})
  }
}

/**
 * The parts (I., II., PL) a top-level task sits in: its id without the segments its own label put there
 * ("II.7" for "7." gives "II"; "PL.5" gives "PL"; "Điều1" gives nothing).
 */
function partPrefix(root: Task): string {
  const segments = ownId(root).split('.')
  const label = /^(\d+(?:\.\d+)*)\.?$/u.exec(root.number.trim())
  const own = label ? (label[1] ?? '').split('.').length : 1
  return segments.slice(0, Math.max(segments.length - own, 0)).join('.')
}

/** The id without the "~2" that tells apart two tasks with the same label. */
function ownId(task: Task): string {
  return task.id.replace(/~\d+$/u, '')
}

/** The ordinal of a bullet ("b2") or paragraph ("p1") from the last segment of its id. */
function counter(task: Task, letter: string): string {
  const last = ownId(task).split('.').at(-1) ?? ''
  return last.startsWith(letter) && /^\d+$/u.test(last.slice(1)) ? last.slice(1) : ''
}

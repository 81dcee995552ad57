/**
 * Source text + marks → HTML with every mark as a `<mark>` element in place. Marks nest (a deadline
 * inside a task); one that crosses the end of an enclosing mark is cut there and continued after it, so
 * the elements always nest properly. The first piece of a mark carries its anchor and is focusable; the
 * pieces of one mark share its tooltip and its `data-mark` number.
 */
import {escapeHtml} from './escape.js'
import {rankOf} from './kinds.js'
import type {Mark} from './marks.js'

interface Piece {
  mark: Mark
  /** Number of the mark in the notice, shared by its pieces. */
  number: number
  start: number
  end: number
  /** A piece after the first one of a cut mark. */
  continued: boolean
}

/** Outer before inner: earlier start, then longer span, then the kind that encloses the other. */
function compare(left: Piece, right: Piece): number {
  return left.start - right.start || right.end - left.end || rankOf(left.mark.kind) - rankOf(right.mark.kind) || left.number - right.number
}

/**
 * @param text
 *   The source text.
 * @param marks
 *   Marks within the text (non-empty spans).
 * @param prefix
 *   Makes `data-mark` numbers unique on a page with several notices.
 * @returns
 *   HTML for the inside of a `white-space: pre-wrap` element.
 */
export function highlight(text: string, marks: readonly Mark[], prefix: string): string {
  const pieces = marks.map((mark, number): Piece => ({mark, number, start: mark.start, end: mark.end, continued: false})).sort(compare)
  return render(text, 0, text.length, pieces, prefix)
}

function render(text: string, from: number, to: number, pieces: Piece[], prefix: string): string {
  let out = ''
  let cursor = from
  let queue = pieces
  while (queue.length > 0) {
    const [head, ...rest] = queue
    if (!head) break
    out += escapeHtml(text.slice(cursor, head.start))
    const inside: Piece[] = []
    const after: Piece[] = []
    let next = 0
    for (; next < rest.length; next++) {
      const piece = rest[next]
      if (!piece || piece.start >= head.end) break
      if (piece.end <= head.end) {
        inside.push(piece)
      } else {
        inside.push({...piece, end: head.end})
        after.push({...piece, start: head.end, continued: true})
      }
    }

    out += `${open(head, prefix)}${render(text, head.start, head.end, inside, prefix)}</mark>`
    cursor = head.end
    queue = merge(after.sort(compare), rest.slice(next))
  }

  return out + escapeHtml(text.slice(cursor, to))
}

function open(piece: Piece, prefix: string): string {
  const {mark} = piece
  const attributes = [`class="k-${mark.kind}"`, `data-mark="${prefix}${piece.number}"`, `data-tip="${escapeHtml(mark.tip)}"`]
  if (piece.continued) attributes.push('data-continued=""')
  else {
    if (mark.id) attributes.push(`id="${escapeHtml(mark.id)}"`)
    attributes.push('tabindex="0"')
  }

  return `<mark ${attributes.join(' ')}>`
}

/** Two sorted lists into one. */
function merge(left: Piece[], right: Piece[]): Piece[] {
  if (left.length === 0) return right
  const out: Piece[] = []
  let i = 0
  let j = 0
  while (i < left.length || j < right.length) {
    const a = left[i]
    const b = right[j]
    if (a && (!b || compare(a, b) <= 0)) {
      out.push(a)
      i++
    } else if (b) {
      out.push(b)
      j++
    }
  }

  return out
}

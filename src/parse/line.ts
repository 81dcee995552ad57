/**
 * The unit most extractors read: one visual line of a block with its Markdown syntax removed, each of
 * its characters tied to an offset in the normalised text, so any slice of it has a position.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code' | 'html'

export interface Line {
  /** Plain text of the line: no emphasis markers, escapes or entities; NFC. */
  text: string
  /** Normalised offset of each character of `text`; `offsets[text.length]` is the end of the line. */
  offsets: Int32Array
  /** Index of the block this line belongs to (one paragraph, heading, list item or table row). */
  block: number
  /** What kind of block it is. */
  kind: BlockKind
  /** Heading depth (1–6), else 0. */
  depth: number
  /** Whether the whole line (after its label, if any) is bold. */
  strong: boolean
  /** Whether a blank line or a new block separates this line from the one before. */
  breakBefore: boolean
  /** For a table row: its cells; else null. */
  cells: Line[] | null
}

/** A slice of a line: the text and the normalised span it covers. */
export interface Slice {
  text: string
  start: number
  end: number
}

/**
 * Normalised span of `line.text.slice(from, to)`.
 *
 * @param line
 *   The line.
 * @param from
 *   First character (inclusive).
 * @param to
 *   Last character (exclusive).
 * @returns
 *   Text and normalised `[start, end)`.
 */
export function sliceLine(line: Line, from: number, to: number = line.text.length): Slice {
  const start = Math.max(0, Math.min(from, line.text.length))
  const end = Math.max(start, Math.min(to, line.text.length))
  const startOffset = line.offsets[start] ?? 0
  // The end of a slice is just past its last character, which is not always the next character's start
  // (a removed `**` may sit in between).
  const endOffset = end > start ? (line.offsets[end - 1] ?? 0) + 1 : startOffset
  return {text: line.text.slice(start, end), start: startOffset, end: endOffset}
}

/**
 * A new line holding part of another (a sub-item split out of an inline enumeration).
 *
 * @param line
 *   The line to cut.
 * @param from
 *   First character.
 * @param to
 *   End character (exclusive).
 * @returns
 *   The part as a line of its own.
 */
export function subLine(line: Line, from: number, to: number = line.text.length): Line {
  return {
    ...line,
    text: line.text.slice(from, to),
    offsets: line.offsets.slice(from, to + 1),
    cells: null
  }
}

/**
 * Joins lines into one, with a space between them, keeping every character's offset: a phrase cut by a
 * line or page break ("trước ngày 15 tháng⏎3 năm 2020") can then be found and still points at its source.
 *
 * @param lines
 *   Lines in order (at least one).
 * @returns
 *   One line; its `block`, `kind` and flags are those of the first.
 */
export function joinLines(lines: Line[]): Line {
  const first = lines[0]
  if (!first) throw new Error('joinLines needs at least one line')
  if (lines.length === 1) return first
  const text = lines.map((line) => line.text).join(' ')
  const offsets = new Int32Array(text.length + 1)
  let at = 0
  for (const [index, line] of lines.entries()) {
    if (index > 0) offsets[at++] = (line.offsets[0] ?? 1) - 1
    offsets.set(line.offsets.subarray(0, line.text.length), at)
    at += line.text.length
  }

  offsets[text.length] = lines.at(-1)?.offsets[lines.at(-1)?.text.length ?? 0] ?? 0
  return {...first, text, offsets, strong: lines.every((line) => line.strong), cells: null}
}

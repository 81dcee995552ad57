/** Parts of lines that an item was read from, and the position that covers them. */
import type {Line} from '../../parse/line.js'
import type {Position} from '../../model/schema.js'
import type {ExtractContext} from '../extractor.js'

/** Characters `[from, to)` of a line. */
export interface Part {
  line: Line
  from: number
  to: number
}

/**
 * A part covering a whole line.
 *
 * @param line
 *   The line.
 * @returns
 *   The part.
 */
export function wholeLine(line: Line): Part {
  return {line, from: 0, to: line.text.length}
}

/**
 * The text of a part.
 *
 * @param part
 *   Part.
 * @returns
 *   Its characters.
 */
export function partText(part: Part): string {
  return part.line.text.slice(part.from, part.to)
}

/**
 * Position from the start of the first part to the end of the last one (by offset).
 *
 * @param context
 *   Extraction context.
 * @param parts
 *   Parts, in any order; empty ones are ignored.
 * @returns
 *   The covering position, or null when there are no parts.
 */
export function spanOf(context: ExtractContext, parts: ReadonlyArray<Part | null | undefined>): Position | null {
  let result: Position | null = null
  for (const part of parts) {
    if (!part || part.to <= part.from) continue
    const position = context.position(part.line, part.from, part.to)
    if (!result) {
      result = position
      continue
    }

    if (position.start.offset < result.start.offset) result = {start: position.start, end: result.end}
    if (position.end.offset > result.end.offset) result = {start: result.start, end: position.end}
  }

  return result
}

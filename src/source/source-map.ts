/**
 * Positions: normalised offsets → `{line, column, offset}` in the original input, as MODEL.md defines them
 * (offset in UTF-16 units into the decoded input; line and column 1-based as an editor shows them).
 */
import {isRemoved, type NormalizedDocument} from '../read/normalize.js'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface Position {
  start: Point
  end: Point
}

/** Maps spans of the normalised text back to the original input. */
export class SourceMap {
  private readonly lineStarts: number[]

  /**
   * @param input
   *   Decoded input text (before normalisation).
   * @param normalized
   *   Its normalised form and offset map.
   */
  constructor(
    readonly input: string,
    private readonly normalized: NormalizedDocument
  ) {
    this.lineStarts = [0]
    for (let index = 0; index < input.length; index++) {
      const char = input.charCodeAt(index)
      if (char === 10 || (char === 13 && input.charCodeAt(index + 1) !== 10)) this.lineStarts.push(index + 1)
    }
  }

  /** Number of lines in the original input, as an editor counts them. */
  get lineCount(): number {
    const last = this.input.length > 0 && /[\r\n]$/.test(this.input)
    return this.input.length === 0 ? 0 : this.lineStarts.length - (last ? 1 : 0)
  }

  /**
   * Position of a span of the normalised text.
   *
   * @param start
   *   First normalised offset (inclusive).
   * @param end
   *   Last normalised offset (exclusive).
   * @returns
   *   Position in the original input.
   */
  position(start: number, end: number): Position {
    return {start: this.point(this.originalStart(start)), end: this.point(this.originalEnd(start, end))}
  }

  /** Point of an original offset. */
  point(offset: number): Point {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1, offset}
  }

  private originalStart(start: number): number {
    const map = this.normalized.map
    return map[Math.min(Math.max(start, 0), map.length - 1)] ?? 0
  }

  /** End of a span: where the first normalised character after it begins in the original (skipping chars of the same NFC cluster). */
  private originalEnd(start: number, end: number): number {
    const map = this.normalized.map
    if (end <= start) return this.originalStart(start)
    const last = map[Math.min(end - 1, map.length - 1)] ?? 0
    let index = Math.min(end, map.length - 1)
    while (index < map.length - 1 && (map[index] ?? 0) <= last) index++
    let value = map[index] ?? 0
    if (value <= last) value = this.input.length
    // Invisible characters that normalising dropped (zero-width space, soft hyphen) are not part of it.
    while (value > last + 1 && isRemoved(this.input[value - 1] ?? '')) value--
    return value
  }
}

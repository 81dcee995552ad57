/**
 * Text helpers for the header and closing readers: tests on upper-case lines, word ranges. Matching keys
 * (diacritics lost by OCR on capitals, `QUYET ĐỊNH`; tone placement, `UỶ`/`ỦY`) are in `text/fold.ts`.
 */

/** Longest line the header and closing readers look at; longer lines are body text, never a header field. */
export const maxFieldLine = 400

/** Whether text has letters and all of them are capitals. */
export function isUpperText(text: string): boolean {
  return /\p{sc=Latn}/u.test(text) && !/\p{Ll}/u.test(text)
}

/** Whether text has a lower-case letter. */
export function hasLower(text: string): boolean {
  return /\p{Ll}/u.test(text)
}

/**
 * Index of the first letter or digit (skips junk that OCR and table borders leave at a line start).
 *
 * @param text
 *   Text.
 * @returns
 *   Index, or `text.length` when there is none.
 */
export function firstWordIndex(text: string): number {
  const match = /[\p{sc=Latn}\d\p{No}(]/u.exec(text)
  return match ? match.index : text.length
}

/**
 * Trims a range of a text to its non-space part.
 *
 * @param text
 *   Text.
 * @param from
 *   Start.
 * @param to
 *   End (exclusive).
 * @returns
 *   Trimmed `[from, to]`.
 */
export function trimRange(text: string, from: number, to: number): [number, number] {
  let start = from
  let end = to
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return [start, end]
}

/**
 * Words of a text with their ranges.
 *
 * @param text
 *   Text.
 * @returns
 *   Whitespace-separated tokens with start and end.
 */
export function tokens(text: string): Array<{text: string; start: number; end: number}> {
  const result: Array<{text: string; start: number; end: number}> = []
  const pattern = /\S+/gu
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) result.push({text: match[0], start: match.index, end: match.index + match[0].length})
  return result
}

/**
 * End of the run of upper-case words at the start of a text (after `from`): the stamp's office name or
 * an issuer cell that OCR glued to the left of another column.
 *
 * @param text
 *   Text.
 * @param from
 *   Where the run starts.
 * @returns
 *   End of the run and how many words it has.
 */
export function upperRun(text: string, from = 0): {end: number; words: number} {
  let end = from
  let words = 0
  for (const token of tokens(text.slice(from))) {
    if (!/^\p{Lu}[\p{Lu}\p{M}&.,-]*$/u.test(token.text) || !/\p{sc=Latn}/u.test(token.text)) break
    end = from + token.end
    words++
  }

  return {end, words}
}

/** Small text helpers shared by extractors. */

/** Folds runs of whitespace to one space and trims. */
export function fold(text: string): string {
  // Most text handed here has single spaces only: one scan instead of a replace that copies it.
  return UNFOLDED.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim()
}

/** Whitespace that `fold` changes: any but U+0020, or a space followed by more whitespace. */
const UNFOLDED = /[^\S ]| \s/u

/** Removes trailing punctuation that closes a list item or sentence (`;`, `,`, `.`, `:`). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/(?<![\s;,.:])[\s;,.:]+$/u, '')
}

/** Upper case → sentence-like display is not ours to do; this only tells whether text is all capitals. */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase()
}

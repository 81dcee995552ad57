/** Small text helpers shared by extractors. */

/** Folds runs of whitespace to one space and trims. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** Removes trailing punctuation that closes a list item or sentence (`;`, `,`, `.`, `:`). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/(?<![\s;,.:])[\s;,.:]+$/u, '')
}

/** Upper case → sentence-like display is not ours to do; this only tells whether text is all capitals. */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase()
}

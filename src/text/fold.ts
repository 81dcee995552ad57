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

/**
 * Folds text to a matching key of the same length: every letter loses its diacritics (`đ` → `d`) and
 * is upper-cased, other characters stay. Same length, so an index in the key is an index in the text.
 *
 * @param text
 *   NFC text.
 * @returns
 *   Key with one character per character of `text`.
 */
export function foldKey(text: string): string {
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    result += foldChar(char)
  }

  return result
}

const foldCache = new Map<string, string>()

function foldChar(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  let folded = char
  if (char === 'đ' || char === 'Đ') folded = 'D'
  else {
    const base = char.normalize('NFD')[0] ?? char
    const upper = base.toUpperCase()
    folded = upper.length === 1 && base.length === 1 ? upper : char
  }

  foldCache.set(char, folded)
  return folded
}

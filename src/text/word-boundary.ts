/**
 * The word boundary of the domain's patterns: not beside a letter (Latin script, Vietnamese included) or a
 * digit. A Vietnamese letter such as `ầ` is part of a word, where `\b` and `\W` would make it a boundary.
 */

/** A letter or digit, what words are made of: the source of a class. */
export const WORD_CHAR = '[\\p{sc=Latn}\\d\\p{No}]'
/** Look-behind: not preceded by a letter or digit. */
export const WORD_START = `(?<!${WORD_CHAR})`
/** Look-ahead: not followed by a letter or digit. */
export const WORD_END = `(?!${WORD_CHAR})`

const wordChar = new RegExp(WORD_CHAR, 'u')

/** Whether the text holds a letter or digit (for one character: whether it is one). */
export function hasWordChar(text: string): boolean {
  return wordChar.test(text)
}

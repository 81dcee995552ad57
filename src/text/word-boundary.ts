/**
 * The word boundary of the domain's patterns, as pattern sources: not beside a letter (Latin script,
 * Vietnamese included) or a digit. A Vietnamese letter such as `ầ` is part of a word, where `\b` and
 * `\W` would make it a boundary.
 */

/** Look-behind: not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{sc=Latn}\\d\\p{No}])'
/** Look-ahead: not followed by a letter or digit. */
export const WORD_END = '(?![\\p{sc=Latn}\\d\\p{No}])'

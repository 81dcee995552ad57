/**
 * Regular-expression pieces shared by the parsers and refiners.
 *
 * All patterns use the `iu` flags and Unicode word boundaries: a Vietnamese letter such as `ầ` is a
 * letter, not a boundary (chrono's `(\W|^)` treats it as one). chrono runs a parser's pattern on the
 * text *after* the previous match, so a look-behind at the start of that slice sees nothing: parsers
 * also check {@link startsWord} on the full text.
 */
import type {ParsingContext} from 'chrono-node'
import {documentTypes} from '../lexicon/document-types.js'
import {withFirstChars} from '../text/first-chars.js'
import {wordAlternation} from '../text/words.js'
import {hasWordChar, WORD_END, WORD_START} from '../text/word-boundary.js'

export {WORD_END, WORD_START}
/** The end of a "số:" or "ký hiệu" label: what follows is a document number, not a date. */
export const DOCUMENT_NUMBER = /(?<![\p{sc=Latn}\d\p{No}])(?:số|số\s+hiệu|ký\s+hiệu|no\.?)\s*(?::\s*)?$/iu
/**
 * Years a date may have: four digits from 1000 (historic dates: `ngày 19/5/1890`, `tháng 1 năm 1863`) to 2100.
 */
export const FIRST_YEAR = 1000
export const LAST_YEAR = 2100
/**
 * A phrase that opens with how far repeating work goes, not a day it is done on: `đến ngày 31/12/2026`,
 * `cho đến hết năm 2026`, `tới hết quý IV/2026`.
 */
export const UNTIL = /^(?:cho\s+)?(?:đến|tới)(?![\p{sc=Latn}\d\p{No}])/iu
/** A four-digit year (checked for {@link FIRST_YEAR}–{@link LAST_YEAR} by {@link parseYear}). */
export const YEAR = '(\\d{4})'
/**
 * A year after a month or quarter: `/2026`, `-2026`, ` năm 2026`, ` năm nay`, ` năm tới`. One capture group.
 */
export const YEAR_TAIL = '(?:\\s*[/-]\\s*|\\s+năm\\s+)(\\d{4}|nay|tới|sau(?!\\s+khi))'
/** A month number 1–12, zero padding allowed (`02`). One capture group. */
export const MONTH = '(0?[1-9]|1[0-2])'

/**
 * Read a year written in full, or `nay`/`tới`/`sau` (this / next year).
 * @param value
 *   Captured text, or `undefined` when no year was written.
 * @param referenceYear
 *   The reference date's year.
 * @returns
 *   `{year, stated}`; `null` for a year outside {@link FIRST_YEAR}–{@link LAST_YEAR}.
 */
export function parseYear(value: string | undefined, referenceYear: number): {year: number; stated: boolean} | null {
  if (value === undefined) return {year: referenceYear, stated: false}
  const lower = value.toLowerCase()
  if (lower === 'nay') return {year: referenceYear, stated: true}
  if (lower === 'tới' || lower === 'sau') return {year: referenceYear + 1, stated: true}
  const year = Number(value)
  return year >= FIRST_YEAR && year <= LAST_YEAR ? {year, stated: true} : null
}

/**
 * @param text
 *   Full text.
 * @param index
 *   Offset.
 * @returns
 *   Whether `index` is not inside a word (the character before is no letter or digit).
 */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !hasWordChar(text.charAt(index - 1))
}

/**
 * A chrono parser pattern getter for a source string: compiled once, its first characters tested first.
 * @param source
 *   Regular-expression source.
 * @returns
 *   `pattern` function for a chrono parser.
 */
export function compile(source: string): (context: ParsingContext) => RegExp {
  const pattern = new RegExp(withFirstChars(source), 'iu')
  return () => pattern
}

/**
 * Text before an offset, limited to a window, for anchored look-behind tests.
 * @param text
 *   Full text.
 * @param index
 *   Offset.
 * @param size
 *   Window size.
 * @returns
 *   Up to `size` characters ending at `index`.
 */
export function before(text: string, index: number, size = 60): string {
  return text.slice(Math.max(0, index - size), index)
}

/**
 * Text after an offset, limited to a window.
 * @param text
 *   Full text.
 * @param index
 *   Offset.
 * @param size
 *   Window size.
 * @returns
 *   Up to `size` characters from `index`.
 */
export function after(text: string, index: number, size = 60): string {
  return text.slice(index, index + size)
}

/** This document, by its type: `văn bản này`, `Kế hoạch này` (the type names from the lexicon). Source, no group. */
export const THIS_DOCUMENT = `(?:${wordAlternation(['văn bản', ...documentTypes.map((type) => type.name)])})`

/**
 * The day this document was signed, after `kể/tính từ`: `ngày ký`, `ngày ký ban hành`, `ngày văn bản
 * này được ký`, `ngày ban hành Quyết định này`. Source, no group.
 */
export const SIGNING_DAY = `(?:ngày\\s+)?(?:(?:văn\\s+bản\\s+này\\s+)?được\\s+)?(?:ký(?:\\s+ban\\s+hành)?|ban\\s+hành)(?:\\s+${THIS_DOCUMENT}\\s+này)?${WORD_END}`

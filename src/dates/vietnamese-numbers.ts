/**
 * Vietnamese number words, 1–99: `một`, `mười lăm`, `hai mươi mốt`, `ba mươi`, `chín mươi chín`.
 *
 * Rules: `mười` is ten; `X mươi` is X tens; after a ten, five is `lăm` and (after `mươi`) one is `mốt`
 * and four may be `tư`. chrono's vi locale only knows `một` … `mười hai`.
 */
import {WORD_END} from '../text/word-boundary.js'

const DIGITS: Readonly<Record<string, number>> = {
  'một': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'năm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9
}

/** Digits that only occur after a ten. */
const AFTER_TEN: Readonly<Record<string, number>> = {...DIGITS, 'lăm': 5, 'mốt': 1, 'tư': 4}

/**
 * Regular-expression source (no capture groups, for the `iu` flags) matching a number word of up to
 * four words. Bounded repetition of whole words separated by spaces: no catastrophic backtracking.
 */
export const NUMBER_WORDS_SOURCE =
  '(?:mười|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)' +
  '(?:\\s+(?:mươi|mười|mốt|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín)' + WORD_END + '){0,3}'

/** Regular-expression source matching a count in digits (`05`, `30`) or words (`mười lăm`). */
export const COUNT_SOURCE = `(?:\\d{1,3}|${NUMBER_WORDS_SOURCE})`

/**
 * Read a Vietnamese number word.
 * @param value
 *   Words such as `mười lăm` or `hai mươi mốt`.
 * @returns
 *   The number, or `null` when the words do not form a number.
 */
export function parseVietnameseNumber(value: string): number | null {
  const words = value.toLowerCase().normalize('NFC').trim().split(/\s+/u)
  const [first, second, third] = words
  if (first === undefined || words.length > 3) return null
  if (first === 'mười') {
    if (second === undefined) return 10
    const unit = second === 'mốt' || second === 'tư' ? undefined : AFTER_TEN[second]
    return third === undefined && unit !== undefined && second !== 'năm' ? 10 + unit : null
  }
  const tens = DIGITS[first]
  if (tens === undefined) return null
  if (second === undefined) return tens
  if (second !== 'mươi' || tens < 2) return null
  if (third === undefined) return tens * 10
  const unit = AFTER_TEN[third]
  return unit === undefined || third === 'năm' ? null : tens * 10 + unit
}

/**
 * Read a count written in digits or words.
 * @param value
 *   `05`, `30`, `mười lăm`.
 * @returns
 *   The number, or `null`.
 */
export function parseCount(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : parseVietnameseNumber(value)
}

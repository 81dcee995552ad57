/**
 * Remove chrono results that are not dates: fractions and scores (`9/10 chỉ tiêu`, `3/4 số xã`), streets
 * and squares named by a date (`đường 3/2`, `phố 19/5`), document symbols (`số 15/12/NQ-HĐND`), numbers
 * glued to letters, day/month swapped by chrono (`3/15` → 15 March: Vietnamese dates are day first),
 * dotted dates with two-digit years (`12.3.15`, more likely a clause number), years that are not
 * four digits (`năm 2`), durations, rates and zone offsets read as clock times (`trong 2 giờ`,
 * `tỷ lệ 1:20`, `8 giờ/ngày`, `+07:00`, `/17h00/` in a symbol), and weekday abbreviations (`CN`, `T2`,
 * as in `3722/VPCP-CN`).
 *
 * A date without a year (`10/12`, `15 tháng 3`) is kept only after a word that introduces a date:
 * `ngày`, `trước`, `hạn`, `đến`, `từ`, `chậm nhất`, `là`, `hết`, `thời điểm`, `sau`, `dịp`, `lễ`, `kỷ
 * niệm`, a part of the day; a list or span of such dates is introduced once (`dịp 30/4 - 1/5`, `ngày 10, 11/6`),
 * or by the year its span's end writes (`06/6 - 10/6/2026`).
 *
 * Runs first, on the parsers' raw output (before overlaps are resolved).
 */
import type {ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import {FROM_REFERENCE_TAG, readMeta} from '../meta.js'
import {everyWords} from '../../lexicon/dates.js'
import {quantityWords} from '../../lexicon/citations.js'
import {wordAlternation} from '../../text/words.js'
import {hasWordChar} from '../../text/word-boundary.js'
import {after, before, DOCUMENT_NUMBER, LAST_YEAR, WORD_END, WORD_START} from '../patterns.js'

const DATE_INTRO =
  /(?<![\p{sc=Latn}\d\p{No}])(?:ngày|trước|hạn|đến|tới|từ|nhất|là|hết|thời\s+điểm|sau|dịp|lễ|kỷ\s+niệm|đêm|sáng|chiều|tối|trưa|hôm)\s*[:(]?\s*$/iu
/** A yearless date and what joins the next one to it: `30/4 - `, `10/6 và `. */
const LISTED_DATE = /(?<![\p{sc=Latn}\d\p{No}/])\d{1,2}\s*\/\s*\d{1,2}\s*(?:[-–,]|và)\s*$/iu
/** `06/6 - 10/6/2026`: a yearless date that starts a span whose end writes the year. */
const SPAN_END_AFTER = /^\s*[-–]\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?!\d)/u
/** `mỗi năm 500 …`, `hằng năm 1200 …`: "năm" is "per year" and the number a count. */
const COUNTED_YEAR_BEFORE = new RegExp(`${WORD_START}(?:${wordAlternation(everyWords)})\\s+$`, 'iu')
/** `năm 1500 người`: a number of something. */
const QUANTITY_AFTER = new RegExp(`^\\s*(?:%|(?:${wordAlternation(quantityWords)})${WORD_END})`, 'iu')
const DURATION_BEFORE = /(?<![\p{sc=Latn}\d\p{No}])(?:trong|vòng|mất|khoảng|sau|tối\s+đa|hơn|gần|trên|dưới|tỷ\s+lệ|tỉ\s+lệ)\s*$/iu

export const decoyFilter: Refiner = {
  refine(context, results) {
    return results.filter((result) => !isDecoy(context, result))
  }
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   Candidate.
 * @returns
 *   Whether the candidate is not a date.
 */
function isDecoy(context: ParsingContext, result: ParsingResult): boolean {
  const meta = readMeta(result)
  if (Object.keys(meta).length > 0) return false // our parsers check their own context
  const tags = result.tags()
  if (tags.has(FROM_REFERENCE_TAG)) return false // our wrappers of chrono's casual parsers check theirs
  // A holiday's name says it is a date.
  if (tags.has('parser/tet') || tags.has('parser/holiday')) return false
  if (tags.has('parser/hourH')) {
    const outside = before(context.text, result.index, 1) + after(context.text, result.index + result.text.length, 1)
    return outside.includes('/') || isDuration(context, result)
  }
  const text = result.text
  const left = before(context.text, result.index)
  const right = after(context.text, result.index + text.length, 3)
  const previous = left.slice(-1)
  if (hasWordChar(previous) && !/ngày$/iu.test(left)) return true

  const start = result.start
  if (start.isCertain('hour') && !start.isCertain('day')) {
    // `+07:00` is a zone offset, `8 giờ/ngày` a rate.
    return /[+\-−]\s*$/u.test(left) || right.startsWith('/') || isDuration(context, result)
  }
  // Weekday abbreviations (`CN`, `T2`): too often letters of a symbol (`VPCP-CN`).
  if (start.isCertain('weekday') && !start.isCertain('day') && !/^(?:thứ|chủ)/iu.test(text)) return true

  if (tags.has('parser/SlashDateFormatParser')) {
    const numbers = /^(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d+))?$/u.exec(text.trim())
    if (!numbers) return true
    if (Number(numbers[1]) !== start.get('day')) return true // swapped to month/day
    if (numbers[2] === '.' && (numbers[4] ?? '').length !== 4) return true
    if (/^\/[\p{sc=Latn}\d\p{No}]|^-\p{Lu}/u.test(right)) return true
    if (DOCUMENT_NUMBER.test(left)) return true
  }

  if (start.isCertain('year') && !start.isCertain('month')) {
    // chrono's VIYearParser: `năm 2025`, `năm 1789`, `năm 938`, `năm 179 TCN`.
    return !isYear(context, result)
  }

  if (start.isCertain('day') && !start.isCertain('year') && !/^ngày/iu.test(text) && !introduced(left)) {
    return !SPAN_END_AFTER.test(after(context.text, result.index + text.length, 20))
  }
  return false
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   A year alone (chrono's `VIYearParser`).
 * @returns
 *   Whether it is a year: four digits up to 2100, or three digits (`năm 938`), or before Christ
 *   (`năm 179 TCN`). A year before 1900 that reads as a count (`mỗi năm 500 triệu đồng`, `năm 1500 người`)
 *   is not, nor a number glued to a symbol (`năm 2025/QĐ`).
 */
function isYear(context: ParsingContext, result: ParsingResult): boolean {
  const digits = /\d+/u.exec(result.text)?.[0] ?? ''
  const year = result.start.get('year') ?? 0
  const right = after(context.text, result.index + result.text.length, 20)
  if (/^\/[\p{sc=Latn}\d\p{No}]/u.test(right)) return false
  if (/TCN$/iu.test(result.text)) return true
  if (digits.length < 3 || year > LAST_YEAR) return false
  if (year >= 1900) return digits.length === 4
  return !COUNTED_YEAR_BEFORE.test(before(context.text, result.index, 10)) && !QUANTITY_AFTER.test(right)
}

/**
 * @param left
 *   Text before a date.
 * @returns
 *   Whether a word that introduces a date comes before it, directly or before the dates listed ahead of it.
 */
function introduced(left: string): boolean {
  const listed = LISTED_DATE.exec(left)
  return DATE_INTRO.test(listed ? left.slice(0, listed.index) : left)
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   A clock time.
 * @returns
 *   Whether the time is really a duration or a ratio.
 */
function isDuration(context: ParsingContext, result: ParsingResult): boolean {
  if (!result.start.isCertain('hour') || result.start.isCertain('day')) return false
  return DURATION_BEFORE.test(before(context.text, result.index, 20))
}

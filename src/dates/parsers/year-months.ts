/**
 * The first or last months of a year.
 *
 * Examples: `6 tháng đầu năm 2026` (1/1–30/6) · `05 tháng đầu năm` (reference year) · `9 tháng đầu năm nay` ·
 * `6 tháng cuối năm 2026` (1/7–31/12) · `sáu tháng đầu năm` · `6 tháng năm 2025` (read as the first six) ·
 * `nửa đầu năm 2026` · `nửa cuối năm`.
 */
import {daysInMonth} from '../calendar.js'
import {periodResult, referenceOf} from '../meta.js'
import {compile, parseYear, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {NUMBER_WORDS_SOURCE, parseCount} from '../vietnamese-numbers.js'
import {gated} from './gate.js'

const COUNT_GROUP = 1
const HALF_GROUP = 2
const PART_GROUP = 3
const YEAR_GROUP = 4

export const yearMonthsParser = gated([['năm'], ['tháng', 'nửa']], {
  pattern: compile(
    `${WORD_START}(?:(\\d{1,2}|${NUMBER_WORDS_SOURCE})\\s+tháng|(nửa))\\s+(?:(đầu|cuối)\\s+)?năm` +
      `(?:\\s+(\\d{4}|nay|tới|sau(?!\\s+khi)))?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const half = match[HALF_GROUP] !== undefined
    const part = match[PART_GROUP]?.toLowerCase()
    if (half && part === undefined) return null // `nửa năm`: half a year, a duration
    const count = half ? 6 : parseCount(match[COUNT_GROUP] ?? '')
    const year = parseYear(match[YEAR_GROUP], referenceOf(context).year)
    if (count === null || count < 1 || count > 12 || !year) return null
    const [first, last] = part === 'cuối' ? [13 - count, 12] : [1, count]
    return periodResult(
      context,
      index,
      match[0],
      {year: year.year, month: first, day: 1},
      {year: year.year, month: last, day: daysInMonth(year.year, last)},
      year.stated
    )
  }
})

/**
 * A month as a period, first to last day. Replaces chrono's `VIMonthYearParser`, which does not read
 * zero padding (`tháng 02/2027`), gives no end, and reads `Cách mạng Tháng Tám` as August.
 *
 * Examples: `tháng 7/2026` · `tháng 02/2027` · `tháng 7 năm 2026` · `tháng 7-2026` · `tháng 12` (year of
 * the reference) · `tháng 6 năm nay` · `tháng 3 năm tới`.
 * Not: `tháng 13`, `tháng Tám` (month words are not read).
 */
import type {Parser} from 'chrono-node'
import {daysInMonth} from '../calendar.js'
import {periodResult, referenceOf} from '../meta.js'
import {compile, MONTH, parseYear, startsWord, WORD_END, WORD_START, YEAR_TAIL} from '../patterns.js'

const MONTH_GROUP = 1
const YEAR_GROUP = 2

export const monthParser: Parser = {
  pattern: compile(`${WORD_START}tháng\\s+${MONTH}(?:${YEAR_TAIL})?${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const month = Number(match[MONTH_GROUP])
    const year = parseYear(match[YEAR_GROUP], referenceOf(context).year)
    if (!year) return null
    return periodResult(
      context,
      index,
      match[0],
      {year: year.year, month, day: 1},
      {year: year.year, month, day: daysInMonth(year.year, month)},
      year.stated
    )
  }
}

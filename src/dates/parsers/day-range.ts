/**
 * Consecutive days of one month written once: a period.
 *
 * Examples: `10-11/6/2026` · `ngày 10 - 11/6/2026` · `từ ngày 10 đến ngày 15/6/2026` ·
 * `từ ngày 10 đến hết ngày 14 tháng 5 năm 2026` · `ngày 10 và 11/6/2026` · `từ 10-12/6` (year from the
 * reference).
 * Not: `3-4/5 số xã` (no year and no `ngày`/`từ`), `15-16/20`, the month of a date before a range
 * (`ngày 5 tháng 8 đến ngày 10 tháng 8 năm 2012`: two dates, merged by the `range` refiner).
 * Ranges of two full dates (`từ ngày 1/6 đến ngày 15/6/2026`) are merged by the `range` refiner.
 */
import {findYearClosest, isValidYmd} from '../calendar.js'
import {periodResult, referenceOf} from '../meta.js'
import {before, compile, FIRST_YEAR, LAST_YEAR, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {DIGIT, gated, type Gate} from './gate.js'

const FROM_GROUP = 1
const DAY_WORD_GROUP = 2
const FIRST_GROUP = 3
const LAST_GROUP = 4
const MONTH_GROUP = 5
const YEAR_GROUP = 6

/** Two days with a word or dash between them. */
const GATE: Gate = [[DIGIT], ['-', '–', 'đến', 'tới', 'và']]

export const dayRangeParser = gated(GATE, {
  pattern: compile(
    `${WORD_START}(?:(từ)\\s+)?(?:(ngày)\\s+)?(\\d{1,2})\\s*(?:[-–]|đến(?:\\s+hết)?|tới|và)\\s*(?:ngày\\s+)?(\\d{1,2})` +
      `(?:\\s*[/.-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:(?:\\s*[/.-]\\s*|\\s+năm\\s+)(\\d{4}))?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index) || /\d\s*[/.-]\s*$/u.test(before(context.text, index, 5))) return null
    // `ngày 5 tháng 8 đến ngày 10 tháng 8`: the first number is the month of a date, not a day.
    if (match[DAY_WORD_GROUP] === undefined && /(?<![\p{sc=Latn}\d\p{No}])tháng\s+$/iu.test(before(context.text, index, 10))) return null
    if (/^[/.-]\d/u.test(context.text.slice(index + match[0].length, index + match[0].length + 2))) return null
    const first = Number(match[FIRST_GROUP])
    const last = Number(match[LAST_GROUP])
    const month = Number(match[MONTH_GROUP])
    const stated = match[YEAR_GROUP] !== undefined
    if (!stated && match[FROM_GROUP] === undefined && match[DAY_WORD_GROUP] === undefined) return null
    const year = stated ? Number(match[YEAR_GROUP]) : findYearClosest(referenceOf(context), month, Math.min(last, 28))
    const start = {year, month, day: first}
    const end = {year, month, day: last}
    if (first >= last || !isValidYmd(start) || !isValidYmd(end) || year < FIRST_YEAR || year > LAST_YEAR) return null
    return periodResult(context, index, match[0], start, end, stated)
  }
})

/**
 * A quarter as a period, in Roman or Arabic numerals.
 *
 * Examples: `Quý I năm 2026` · `quý III/2026` · `Quý II/2026` · `quý 3 năm 2025` · `Quý IV` (year of the
 * reference) · `quý 4-2025` · `quý II năm nay`.
 * Not: `quý vị`, `quý báu`, `quý V`.
 */
import {daysInMonth} from '../calendar.js'
import {periodResult, referenceOf} from '../meta.js'
import {compile, parseYear, startsWord, WORD_END, WORD_START, YEAR_TAIL} from '../patterns.js'
import {parseQuarter} from '../roman.js'
import {gated} from './gate.js'

const QUARTER_GROUP = 1
const YEAR_GROUP = 2

export const quarterParser = gated([['quý']], {
  pattern: compile(`${WORD_START}quý\\s+(IV|I{1,3}|[1-4])(?:${YEAR_TAIL})?${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const quarter = parseQuarter(match[QUARTER_GROUP] ?? '')
    const year = parseYear(match[YEAR_GROUP], referenceOf(context).year)
    if (quarter === null || !year) return null
    const last = quarter * 3
    return periodResult(
      context,
      index,
      match[0],
      {year: year.year, month: last - 2, day: 1},
      {year: year.year, month: last, day: daysInMonth(year.year, last)},
      year.stated
    )
  }
})

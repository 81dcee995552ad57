/**
 * The beginning, middle or end of a year, month or quarter.
 *
 * Spans: a year's `đầu` is its first quarter, `giữa` the second and third, `cuối` the fourth; a month's
 * `đầu`/`thượng tuần` is days 1–10, `giữa`/`trung tuần` 11–20, `cuối`/`hạ tuần` 21 to the end; a
 * quarter's `đầu`/`giữa`/`cuối` is its first/second/third month. A month's `nửa đầu` is days 1–15 and its
 * `nửa cuối`/`nửa sau` 16 to the end; a year's halves are its first and last six months. A `cuối …` or
 * second-half phrase reads as a deadline by the end of the period (`due: 'by-end-of-period'`) even without
 * a keyword.
 *
 * Examples: `cuối năm` · `cuối năm 2026` · `đầu năm nay` · `giữa năm 2026` · `cuối tháng 6` ·
 * `đầu tháng 7/2026` · `cuối tháng này` · `hạ tuần tháng 7` · `cuối quý III/2026` · `đầu quý 2` ·
 * `nửa đầu tháng 7/2026` · `nửa cuối tháng này`.
 */
import {daysInMonth, type Ymd} from '../calendar.js'
import {periodResult, referenceOf} from '../meta.js'
import {compile, MONTH, parseYear, startsWord, WORD_END, WORD_START, YEAR_TAIL} from '../patterns.js'
import {parseQuarter} from '../roman.js'
import {gated, type Gate} from './gate.js'

const RELATIVE = '(này|tới|sau(?!\\s+khi))'
const PART_GROUP = 1
const YEAR_UNIT_GROUP = 2
const YEAR_GROUP = 3
const MONTH_UNIT_GROUP = 4
const MONTH_GROUP = 5
const MONTH_YEAR_GROUP = 6
const MONTH_RELATIVE_GROUP = 7
const QUARTER_UNIT_GROUP = 8
const QUARTER_GROUP = 9
const QUARTER_YEAR_GROUP = 10
const QUARTER_RELATIVE_GROUP = 11

type Part = 'start' | 'middle' | 'end' | 'first-half' | 'second-half'

const PARTS: Readonly<Record<string, Part>> = {
  'nửa đầu': 'first-half',
  'nửa cuối': 'second-half',
  'nửa sau': 'second-half',
  'đầu': 'start',
  'thượng tuần': 'start',
  'giữa': 'middle',
  'trung tuần': 'middle',
  'cuối': 'end',
  'hạ tuần': 'end'
}

/** A part, then the period it is part of. */
const GATE: Gate = [
  ['nửa', 'đầu', 'giữa', 'cuối', 'tuần'],
  ['năm', 'tháng', 'quý']
]

export const partOfPeriodParser = gated(GATE, {
  pattern: compile(
    `${WORD_START}(nửa\\s+đầu|nửa\\s+cuối|nửa\\s+sau|đầu|giữa|cuối|thượng\\s+tuần|trung\\s+tuần|hạ\\s+tuần)\\s+(?:` +
      `(năm)(?:\\s+(\\d{4}|nay|tới|sau(?!\\s+khi)))?` +
      `|(tháng)(?:\\s+${MONTH}(?:${YEAR_TAIL})?|\\s+${RELATIVE})?` +
      `|(quý)(?:\\s+(IV|I{1,3}|[1-4])(?:${YEAR_TAIL})?|\\s+${RELATIVE})?` +
      `)${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const partText = (match[PART_GROUP] ?? '').toLowerCase().replace(/\s+/gu, ' ')
    const part = PARTS[partText]
    const tenDays = partText.includes('tuần')
    const half = part === 'first-half' || part === 'second-half'
    const reference = referenceOf(context)
    let span: [Ymd, Ymd] | null = null
    let stated = false

    if (match[YEAR_UNIT_GROUP] !== undefined) {
      if (tenDays) return null
      const year = parseYear(match[YEAR_GROUP], reference.year)
      if (!year) return null
      stated = year.stated
      const [first, last] =
        part === 'first-half' ? [1, 6] : part === 'second-half' ? [7, 12] : part === 'start' ? [1, 3] : part === 'middle' ? [4, 9] : [10, 12]
      span = [
        {year: year.year, month: first, day: 1},
        {year: year.year, month: last, day: daysInMonth(year.year, last)}
      ]
    } else if (match[MONTH_UNIT_GROUP] !== undefined) {
      let year = reference.year
      let month = reference.month
      const relative = match[MONTH_RELATIVE_GROUP]?.toLowerCase()
      if (match[MONTH_GROUP] !== undefined) {
        const parsed = parseYear(match[MONTH_YEAR_GROUP], reference.year)
        if (!parsed) return null
        year = parsed.year
        stated = parsed.stated
        month = Number(match[MONTH_GROUP])
      } else if (relative !== undefined && relative !== 'này') {
        month++
        if (month > 12) {
          month = 1
          year++
        }
        stated = true
      } else stated = relative !== undefined
      const last = daysInMonth(year, month)
      const [first, end] =
        part === 'first-half' ? [1, 15] : part === 'second-half' ? [16, last] : part === 'start' ? [1, 10] : part === 'middle' ? [11, 20] : [21, last]
      span = [
        {year, month, day: first},
        {year, month, day: end}
      ]
    } else if (match[QUARTER_UNIT_GROUP] !== undefined) {
      if (tenDays || half) return null
      let year = reference.year
      let quarter = Math.ceil(reference.month / 3)
      const relative = match[QUARTER_RELATIVE_GROUP]?.toLowerCase()
      if (match[QUARTER_GROUP] !== undefined) {
        const parsedQuarter = parseQuarter(match[QUARTER_GROUP])
        const parsed = parseYear(match[QUARTER_YEAR_GROUP], reference.year)
        if (parsedQuarter === null || !parsed) return null
        quarter = parsedQuarter
        year = parsed.year
        stated = parsed.stated
      } else if (relative !== undefined && relative !== 'này') {
        quarter++
        if (quarter > 4) {
          quarter = 1
          year++
        }
        stated = true
      } else stated = relative !== undefined
      const month = quarter * 3 - 2 + (part === 'start' ? 0 : part === 'middle' ? 1 : 2)
      span = [
        {year, month, day: 1},
        {year, month, day: daysInMonth(year, month)}
      ]
    }

    if (!span || !part) return null
    const byEnd = part === 'end' || part === 'second-half'
    return periodResult(context, index, match[0], span[0], span[1], stated, byEnd ? {due: 'by-end-of-period'} : {})
  }
})

/**
 * Tết: the lunar new year (Tết Nguyên đán, first day, from the table in `../tet.ts`) or the solar one
 * (Tết Dương lịch, 1 January). Without a year, the next Tết on or after the reference date; a can–chi
 * name (`Bính Ngọ`) picks the closest year with that name.
 *
 * Examples: `Tết Nguyên đán` · `Tết Nguyên đán Bính Ngọ 2026` · `Tết Nguyên đán năm 2027` · `Tết Bính Ngọ` ·
 * `Tết Âm lịch` · `Tết cổ truyền` · `Tết Dương lịch 2026`.
 * Not: `ngày lễ, ngày tết` (bare `Tết`), years outside the table (2020–2035).
 */
import {compareYmd, parseIsoDate, type Ymd} from '../calendar.js'
import {referenceOf, setYmd} from '../meta.js'
import {compile, startsWord, WORD_END, WORD_START, YEAR} from '../patterns.js'
import {CAN, CHI, TET_NGUYEN_DAN, yearOfCanChi} from '../tet.js'
import {gated} from './gate.js'

const KIND_GROUP = 1
const CAN_GROUP = 2
const CHI_GROUP = 3
const YEAR_GROUP = 4

export const tetParser = gated([['tết']], {
  pattern: compile(
    `${WORD_START}Tết(?:\\s+(Nguyên\\s+đán|Âm\\s+lịch|cổ\\s+truyền(?:\\s+dân\\s+tộc)?|Dương\\s+lịch))?` +
      `(?:\\s+(${CAN.join('|')})\\s+(${[...CHI, 'tị'].join('|')}))?(?:\\s+(?:năm\\s+)?${YEAR})?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const kind = match[KIND_GROUP]?.toLowerCase()
    if (kind === undefined && match[CAN_GROUP] === undefined && match[YEAR_GROUP] === undefined) return null
    const reference = referenceOf(context)
    const solar = kind?.startsWith('dương') ?? false
    let year: number | null = null
    if (match[YEAR_GROUP] !== undefined) year = Number(match[YEAR_GROUP])
    else if (match[CAN_GROUP] !== undefined && match[CHI_GROUP] !== undefined) {
      year = yearOfCanChi(match[CAN_GROUP], match[CHI_GROUP], reference.year)
    }

    let date: Ymd | null
    if (solar) {
      if (year === null) year = reference.month === 1 && reference.day === 1 ? reference.year : reference.year + 1
      date = {year, month: 1, day: 1}
    } else if (year !== null) {
      date = lunarNewYear(year)
    } else {
      date = lunarNewYear(reference.year)
      if (date && compareYmd(date, reference) < 0) date = lunarNewYear(reference.year + 1)
    }
    if (!date) return null
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, date, {year: year !== null, month: true, day: true})
    return result.addTag('parser/tet')
  }
})

/**
 * @param year
 *   Gregorian year.
 * @returns
 *   First day of the lunar year starting in it, or `null` outside the table.
 */
function lunarNewYear(year: number): Ymd | null {
  const iso = TET_NGUYEN_DAN[year]
  return iso === undefined ? null : parseIsoDate(iso)
}

/**
 * A fixed-date national holiday by name: "trước Quốc khánh 2/9", "dịp Quốc tế Lao động năm 2026", "Ngày
 * Nhà giáo Việt Nam 20/11". Without a year, the next one on or after the reference date (the year is then
 * not certain: it comes from the reference). The day written after the name, if any, must be the
 * holiday's own.
 *
 * Examples: `Quốc khánh 2/9` · `Quốc khánh 2/9/2026` · `ngày Quốc tế Lao động năm 2026` · `Giải phóng
 * miền Nam 30/4`. Not: `Quốc khánh 3/9` (another day).
 */
import {compareYmd, type Ymd} from '../calendar.js'
import {holidays} from '../../lexicon/dates.js'
import {referenceOf, setYmd} from '../meta.js'
import {wordAlternation} from '../../text/words.js'
import {compile, startsWord, WORD_END, WORD_START, YEAR} from '../patterns.js'
import {gated} from './gate.js'

const NAME_GROUP = 1
const DAY_GROUP = 2
const MONTH_GROUP = 3
const YEAR_GROUP = 4

/** A name cannot match without its first word. */
const FIRST_WORDS = [...new Set(Object.keys(holidays).map((name) => name.toLowerCase().split(' ')[0] ?? name))]
/** The holiday a name as written is (case and spacing aside). */
const byName = new Map(Object.entries(holidays).map(([name, date]) => [name.toLowerCase(), date] as const))

export const holidayParser = gated([FIRST_WORDS], {
  pattern: compile(
    `${WORD_START}(${wordAlternation(Object.keys(holidays))})(?:\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2}))?(?:\\s*/\\s*${YEAR}|\\s+năm\\s+${YEAR})?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const holiday = byName.get((match[NAME_GROUP] ?? '').toLowerCase().replace(/\s+/gu, ' '))
    if (!holiday) return null
    if (match[DAY_GROUP] !== undefined && (Number(match[DAY_GROUP]) !== holiday.day || Number(match[MONTH_GROUP]) !== holiday.month)) return null
    const written = match[YEAR_GROUP] ?? match[YEAR_GROUP + 1]
    const reference = referenceOf(context)
    let date: Ymd = {year: written === undefined ? reference.year : Number(written), month: holiday.month, day: holiday.day}
    if (written === undefined && compareYmd(date, reference) < 0) date = {...date, year: reference.year + 1}
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, date, {year: written !== undefined, month: true, day: true})
    return result.addTag('parser/holiday')
  }
})

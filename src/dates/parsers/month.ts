/**
 * A month as a period, first to last day. Replaces chrono's `VIMonthYearParser`, which does not read
 * zero padding (`tháng 02/2027`), gives no end, and reads `Cách mạng Tháng Tám` as August.
 *
 * Examples: `tháng 7/2026` · `tháng 02/2027` · `tháng 7 năm 2026` · `tháng 7-2026` · `tháng 12` (year of
 * the reference) · `tháng 6 năm nay` · `tháng 3 năm tới`.
 * Not: `tháng 13`. A month in words is read only with its year written in full (`tháng Bảy năm 2026`,
 * `tháng Mười Hai năm 2025`): alone it is a name as often as a date ("Cách mạng Tháng Tám").
 */
import type {ParsingContext} from 'chrono-node'
import {daysInMonth} from '../calendar.js'
import {periodResult, referenceOf, setYmd} from '../meta.js'
import {monthWords} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {compile, FIRST_YEAR, LAST_YEAR, MONTH, parseYear, startsWord, WORD_END, WORD_START, YEAR_TAIL} from '../patterns.js'
import {DIGIT, gated, type Gate} from './gate.js'

/** Every pattern here spells `tháng` and a number. */
const MONTH_GATE: Gate = [[DIGIT], ['tháng']]
const MONTH_GROUP = 1
const YEAR_GROUP = 2

export const monthParser = gated(MONTH_GATE, {
  pattern: compile(`${WORD_START}tháng\\s+${MONTH}(?:${YEAR_TAIL})?${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const year = parseYear(match[YEAR_GROUP], referenceOf(context).year)
    return year ? monthPeriod(context, index, match[0], year, Number(match[MONTH_GROUP])) : null
  }
})

/** A month as a period, first to last day. */
function monthPeriod(context: ParsingContext, index: number, text: string, year: {year: number; stated: boolean}, month: number) {
  return periodResult(context, index, text, {year: year.year, month, day: 1}, {year: year.year, month, day: daysInMonth(year.year, month)}, year.stated)
}

const WORD_MONTH_GROUP = 1
const WORD_YEAR_GROUP = 2
const MONTH_WORDS = wordAlternation(Object.keys(monthWords))

/** The month a word names ("Bảy" → 7, "Mười Hai" → 12). */
function monthOf(word: string | undefined): number | undefined {
  return monthWords[(word ?? '').toLowerCase().replace(/\s+/gu, ' ')]
}

export const monthWordParser = gated(MONTH_GATE, {
  pattern: compile(`${WORD_START}tháng\\s+(${MONTH_WORDS})\\s+năm\\s+(\\d{4})${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const month = monthOf(match[WORD_MONTH_GROUP])
    const year = parseYear(match[WORD_YEAR_GROUP], referenceOf(context).year)
    return month !== undefined && year ? monthPeriod(context, index, match[0], year, month) : null
  }
})

/** "ngày 15 tháng Mười năm 2026": a day of a month in words, its year written in full. */
export const dayMonthWordParser = gated(MONTH_GATE, {
  pattern: compile(`${WORD_START}ngày\\s+(0?[1-9]|[12]\\d|3[01])\\s+tháng\\s+(${MONTH_WORDS})\\s+năm\\s+(\\d{4})${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const day = Number(match[1])
    const month = monthOf(match[2])
    const year = Number(match[3])
    if (month === undefined || year < FIRST_YEAR || year > LAST_YEAR || day > daysInMonth(year, month)) return null
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, {year, month, day}, {year: true, month: true, day: true})
    return result
  }
})

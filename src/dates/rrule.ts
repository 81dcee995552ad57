/**
 * A recurring phrase as the date engine reads it (`định kỳ thứ Sáu hằng tuần`, `trước ngày 25 hằng tháng`)
 * → an RFC 5545 RRULE value (`FREQ=WEEKLY;BYDAY=FR`, `FREQ=MONTHLY;BYMONTHDAY=25`), so that calendars can
 * repeat the work. Ongoing work without a rhythm (`thường xuyên`, a bare `định kỳ`) has no rule: `null`.
 *
 * | phrase                                         | rule                                        |
 * | ---------------------------------------------- | ------------------------------------------- |
 * | `hằng ngày`                                    | `FREQ=DAILY`                                |
 * | `hằng tuần`, `thứ Sáu hằng tuần`               | `FREQ=WEEKLY`, `FREQ=WEEKLY;BYDAY=FR`       |
 * | `hằng tháng`, `trước ngày 25 hằng tháng`       | `FREQ=MONTHLY`, `FREQ=MONTHLY;BYMONTHDAY=25`|
 * | `hằng quý`, `định kỳ 3 tháng`                  | `FREQ=MONTHLY;INTERVAL=3`                   |
 * | `ngày 20 tháng cuối quý`                       | `FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20`|
 * | `định kỳ 6 tháng`                              | `FREQ=MONTHLY;INTERVAL=6`                   |
 * | `hằng năm`, `trước ngày 15/12 hằng năm`        | `FREQ=YEARLY`, `…;BYMONTH=12;BYMONTHDAY=15` |
 *
 * A quarter's day: written with its month of the quarter (`ngày 20 [của] tháng cuối quý`, `ngày 15 tháng
 * đầu quý sau`), the rule names those months, so it means the same whatever day a calendar starts it on;
 * a day alone (`hằng quý, trước ngày 20`) is that day of every third month, counted from the first
 * occurrence (the calendar's DTSTART); no day, every third month from the first occurrence.
 *
 * `UNTIL` (a DATE, `YYYYMMDD`) is added when the task's text bounds the work ("đến hết năm 2026", see
 * {@link untilOf}).
 */
import {everyWords, rhythmUnits, weekdays} from '../lexicon/dates.js'
import {allMatches} from '../text/all-matches.js'
import {wordAlternation} from '../text/words.js'
import type {DateMention} from './index.js'
import {QUARTER_MONTH_SOURCE, WEEKDAY_SOURCE} from './parsers/recurring.js'
import {UNTIL, WORD_END, WORD_START} from './patterns.js'
import {NUMBER_WORDS_SOURCE, parseCount} from './vietnamese-numbers.js'

/** RFC 5545 weekday codes, Monday first (the lexicon numbers weekdays 1–7 from Monday). */
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

const EVERY = new RegExp(`${WORD_START}(?:${wordAlternation(everyWords)})\\s+(${wordAlternation(rhythmUnits)})${WORD_END}`, 'iu')
const EVERY_MONTHS = new RegExp(`${WORD_START}định\\s+kỳ\\s+(\\d{1,2}|${NUMBER_WORDS_SOURCE})\\s+tháng${WORD_END}`, 'iu')
const WEEKDAY = new RegExp(`${WORD_START}${WEEKDAY_SOURCE}`, 'giu')
const QUARTER_DAY = new RegExp(`${WORD_START}ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?${QUARTER_MONTH_SOURCE}`, 'iu')
/** `ngày 25`, `chậm nhất ngày 5`: a day with no month after it. */
const MONTH_DAY = /(?<![\p{sc=Latn}\d\p{No}])ngày\s+(\d{1,2})(?![\d/.\-]|\s+tháng\s+\d)/iu
/** `ngày 15/12`, `15-12`, `ngày 15 tháng 12`: a day and a month. */
const YEAR_DAY = /(?<![\p{sc=Latn}\d\p{No}/.\-])(?:ngày\s+)?(\d{1,2})(?:\s*[/.\-]\s*|\s+tháng\s+)(\d{1,2})(?!\d)/iu

/** The months of a quarter a day is in, by the words that name it (`cuối quý` → its last month). */
const QUARTER_MONTHS: Readonly<Record<string, string>> = {
  'đầu': '1,4,7,10',
  'thứ nhất': '1,4,7,10',
  'thứ 1': '1,4,7,10',
  'giữa': '2,5,8,11',
  'thứ hai': '2,5,8,11',
  'thứ 2': '2,5,8,11',
  'cuối': '3,6,9,12',
  'thứ ba': '3,6,9,12',
  'thứ 3': '3,6,9,12'
}

/**
 * @param phrase
 *   A recurring phrase as written (a `recurring` mention's `raw`).
 * @param until
 *   Last day of the work, `YYYY-MM-DD`, or `null`.
 * @returns
 *   The RRULE value (without `RRULE:`), or `null` for ongoing work with no rhythm.
 */
export function rruleOf(phrase: string, until: string | null = null): string | null {
  const parts = rhythmOf(phrase.normalize('NFC'))
  if (!parts) return null
  if (until) parts.push(`UNTIL=${until.slice(0, 10).replaceAll('-', '')}`)
  return parts.join(';')
}

/**
 * @param mention
 *   A mention in the text of repeating work.
 * @returns
 *   The last day it names when it bounds the work (`đến hết năm 2026` → `2026-12-31`), else `null`.
 */
export function untilOf(mention: DateMention): string | null {
  if (mention.kind === 'recurring' || !UNTIL.test(mention.raw)) return null
  const last = mention.end ?? mention.start
  return last ? last.slice(0, 10) : null
}

/** The parts of the rule, FREQ first, without UNTIL. */
function rhythmOf(text: string): string[] | null {
  const quarter = QUARTER_DAY.exec(text)
  if (quarter) {
    const months = QUARTER_MONTHS[(quarter[2] ?? '').toLowerCase().replace(/\s+/gu, ' ')]
    if (months) return ['FREQ=YEARLY', `BYMONTH=${months}`, `BYMONTHDAY=${Number(quarter[1])}`]
  }

  const unit = EVERY.exec(text)?.[1]?.toLowerCase()
  if (unit === undefined) return everyMonths(text)
  switch (unit) {
    case 'ngày':
      return ['FREQ=DAILY']
    case 'tuần': {
      const days = weekdaysIn(text)
      return days.length > 0 ? ['FREQ=WEEKLY', `BYDAY=${days.join(',')}`] : ['FREQ=WEEKLY']
    }
    case 'tháng': {
      const day = dayOfMonth(text)
      return day === null ? ['FREQ=MONTHLY'] : ['FREQ=MONTHLY', `BYMONTHDAY=${day}`]
    }
    case 'quý': {
      const day = dayOfMonth(text)
      return day === null ? ['FREQ=MONTHLY', 'INTERVAL=3'] : ['FREQ=MONTHLY', 'INTERVAL=3', `BYMONTHDAY=${day}`]
    }
    case 'năm': {
      const match = YEAR_DAY.exec(text)
      const day = Number(match?.[1])
      const month = Number(match?.[2])
      return match && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ['FREQ=YEARLY', `BYMONTH=${month}`, `BYMONTHDAY=${day}`] : ['FREQ=YEARLY']
    }
    default:
      return null
  }
}

/** `định kỳ 6 tháng`: every so many months; a bare `định kỳ` or `thường xuyên` has no rhythm. */
function everyMonths(text: string): string[] | null {
  const match = EVERY_MONTHS.exec(text)
  const months = match?.[1] === undefined ? null : parseCount(match[1])
  if (months === null || months < 1 || months > 12) return null
  if (months === 12) return ['FREQ=YEARLY']
  return months === 1 ? ['FREQ=MONTHLY'] : ['FREQ=MONTHLY', `INTERVAL=${months}`]
}

/** The weekdays written, in week order, each once. */
function weekdaysIn(text: string): string[] {
  const numbers = new Set<number>()
  for (const match of allMatches(WEEKDAY, text)) {
    const number = weekdays[match[0].toLowerCase().replace(/\s+/gu, ' ')]
    if (number !== undefined) numbers.add(number)
  }

  return [...numbers].sort((a, b) => a - b).map((number) => BYDAY[number - 1] ?? 'MO')
}

function dayOfMonth(text: string): number | null {
  const day = Number(MONTH_DAY.exec(text)?.[1])
  return day >= 1 && day <= 31 ? day : null
}

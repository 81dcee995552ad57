/**
 * Text → the dates written in it that do not exist, each with the reason: `30/02/2026` (30 February
 * does not exist: February 2026 has 28 days), `29/02/2026` (2026 is not a leap year), `ngày 15 tháng
 * 13`, `tháng 13/2026`. The date engine rightly reads none of these, so a phrase made only of them gives
 * "no dates found"; `directive dates` says why instead (cli/dates.ts). findDates is not changed.
 *
 * The forms are those of the rule `invalid-date`, which reads a notice's dates with writtenDates: a numeric date with a four-digit year (1900–2099) and
 * the same separator twice, the words "ngày … tháng … (năm …)", or "tháng M/YYYY". A day and month
 * without a year (`30/02`) are judged only when they can be nothing else: after "ngày", or with a day of
 * 1–31 and a month of 1–12 that no year has (a score such as `45/60` is no date).
 */

import {allMatches} from '../text/all-matches.js'
import {daysInMonth} from './calendar.js'
import {WORD_START} from './patterns.js'

/** A date that does not exist. */
export interface InvalidDate {
  /** As written (after NFC normalisation). */
  raw: string
  /** Offset of `raw` in the NFC text. */
  index: number
  /** Why it is not a date, e.g. "30 February does not exist (February 2026 has 28 days)". */
  reason: string
}

/** A date as written, whether or not it exists; `day` is null for a month-only form. */
export interface WrittenDate {
  /** Where the phrase starts ("ngày 30/02/2026"). */
  index: number
  /** Where the date itself starts ("30/02/2026"): the place a finding points at. */
  date: number
  end: number
  raw: string
  day: number | null
  month: number
  /** Null when none is written. */
  year: number | null
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Vietnamese words in NFC or NFD, any case. */
const NGAY = '(?:ngày|nga\\u0300y)'
const THANG = '(?:tháng|tha\\u0301ng)'
const NAM = '(?:năm|na\\u0306m)'
/** Whitespace between the words of a date, bounded: the patterns stay linear. */
const SPACE = String.raw`\s{1,4}`

/** A day, month and year as written (null when not), and whether the form can only be a date. */
interface Parts {
  day: number | null
  month: number
  year: number | null
  /** False for a bare `30/02`, which may be a score or a fraction. */
  certain: boolean
  /** Where the date itself starts, when a word before it was read too ("ngày 30/02"). */
  digits?: number
}

/** A way of writing a date: its pattern, and what a match says (null: not a date after all). */
interface Form {
  pattern: RegExp
  read(match: RegExpExecArray): Parts | null
}

/** Ordered: a span read by an earlier form is not judged again by a later one. */
const forms: readonly Form[] = [
  {
    // ngày 30 tháng 2 năm 2026 | ngày 30 tháng 2
    pattern: new RegExp(`${WORD_START}${NGAY}${SPACE}(\\d{1,2})${SPACE}${THANG}${SPACE}(\\d{1,2})(?:${SPACE}${NAM}${SPACE}(\\d{4}))?(?![\\d\\p{No}])`, 'giu'),
    read: (match) => ({day: Number(match[1]), month: Number(match[2]), year: match[3] ? Number(match[3]) : null, certain: true})
  },
  {
    // 30/02/2026 | 30-02-2026 | 30.02.2026 | ngày 30/02 | 30/02
    // `d`: where the digits start, after a "ngày" that is read but is not part of the date itself.
    pattern: new RegExp(`(?<![\\p{sc=Latn}\\d\\p{No}/.\\-])(?:(${NGAY})\\s{1,4})?(\\d{1,2})([/.\\-])(\\d{1,2})(?:\\3(\\d{4}))?(?![\\d\\p{No}/])`, 'dgiu'),
    read: (match) => {
      const named = match[1] !== undefined || match[5] !== undefined
      // Without a year or "ngày", `30.02` and `30-02` are numbers: only `/` may be a date.
      if (!named && match[3] !== '/') return null
      const digits = match.indices?.[2]?.[0] ?? match.index
      return {day: Number(match[2]), month: Number(match[4]), year: match[5] ? Number(match[5]) : null, certain: named, digits}
    }
  },
  {
    // tháng 13/2026 | tháng 13 năm 2026
    pattern: new RegExp(`${WORD_START}${THANG}${SPACE}(\\d{1,2})(?:${SPACE}${NAM}${SPACE}|\\s?[/.\\-]\\s?)(\\d{4})(?![\\d\\p{No}/])`, 'giu'),
    read: (match) => ({day: null, month: Number(match[1]), year: Number(match[2]), certain: true})
  }
]

/**
 * The dates written in a text, valid or not, each span read once (by the first form that matches it).
 * A year outside 1900–2099 is no date (a document number, a count).
 *
 * @param text
 *   Text, NFC or NFD.
 * @param yearless
 *   Whether a date without a year counts: yes for a phrase given to `directive dates`, no in a notice,
 *   where `30/02` may be a score and "tháng 13" the thirteenth-month salary.
 * @returns
 *   The dates, in text order.
 */
export function writtenDates(text: string, yearless: boolean): WrittenDate[] {
  // The spans each earlier form read, one sorted list per form.
  const taken: Array<Array<[number, number]>> = []
  const found: WrittenDate[] = []
  for (const form of forms) {
    const spans: Array<[number, number]> = []
    for (const match of allMatches(form.pattern, text)) {
      const index = match.index
      const end = index + match[0].length
      if (taken.some((earlier) => overlaps(earlier, index, end))) continue
      const parts = form.read(match)
      if (!parts) continue
      spans.push([index, end])
      if (parts.year === null ? !yearless : parts.year < 1900 || parts.year > 2099) continue
      // A bare day/month is taken for a date only when it looks like one (`45/60` is a score).
      if (!parts.certain && !(parts.day !== null && parts.day >= 1 && parts.day <= 31 && parts.month >= 1 && parts.month <= 12)) continue
      found.push({index, date: parts.digits ?? index, end, raw: match[0], day: parts.day, month: parts.month, year: parts.year})
    }

    taken.push(spans)
  }

  return found.sort((a, b) => a.index - b.index)
}

/** Whether `[start, end)` overlaps one of the sorted, disjoint spans (binary search: texts may hold many dates). */
function overlaps(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let low = 0
  let high = spans.length - 1
  let last = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((spans[middle]?.[0] ?? 0) < end) {
      last = middle
      low = middle + 1
    } else high = middle - 1
  }

  return last >= 0 && (spans[last]?.[1] ?? 0) > start
}

/**
 * Finds the dates that do not exist.
 *
 * @param text
 *   Any text, e.g. the phrase given to `directive dates`.
 * @returns
 *   Each impossible date in text order, with why; empty when every date written exists.
 */
export function findInvalidDates(text: string): InvalidDate[] {
  return writtenDates(text.normalize('NFC'), true).flatMap(({raw, index, day, month, year}) => {
    const reason = whyNot(day, month, year)
    return reason ? [{raw, index, reason}] : []
  })
}

/** What is wrong with a day, month and year: no such month, or a day outside the month's days. */
export type DateProblem = {kind: 'month'} | {kind: 'day'; days: number}

/**
 * Whether a day, month and year make a date: the one judgement of `directive dates` and the rule
 * `invalid-date`, which each say it in their own words.
 *
 * @param day
 *   Day of the month, or null when only a month is written.
 * @param month
 *   Month as written (1–12 when it exists).
 * @param year
 *   Year, or null when not written (then any year will do: 29 February exists).
 * @returns
 *   The problem, or null for a date; `days` is the month's length in that year (without a year, its most).
 */
export function dateProblem(day: number | null, month: number, year: number | null): DateProblem | null {
  if (month < 1 || month > 12) return {kind: 'month'}
  if (day === null) return null
  const days = daysInMonth(year ?? 2000, month)
  return day >= 1 && day <= days ? null : {kind: 'day', days}
}

/** Why a day, month and year are no date, in English, or null when they are one. */
function whyNot(day: number | null, month: number, year: number | null): string | null {
  const problem = dateProblem(day, month, year)
  if (!problem) return null
  if (problem.kind === 'month') return `there is no month ${month}`
  if (day === 0) return 'there is no day 0'
  const {days} = problem
  const name = MONTHS[month - 1] ?? String(month)
  if (year !== null && month === 2 && day === 29) return `29 February ${year} does not exist (${year} is not a leap year)`
  const which = year === null ? name : `${name} ${year}`
  // Only February's length depends on the year: "at most" when none is written.
  return `${day} ${name} does not exist (${which} has ${year === null && month === 2 ? 'at most ' : ''}${days} days)`
}

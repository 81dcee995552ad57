/**
 * Text → the dates written in it that do not exist, each with the reason: `30/02/2026` (30 February
 * does not exist: February 2026 has 28 days), `29/02/2026` (2026 is not a leap year), `ngày 15 tháng
 * 13`, `tháng 13/2026`. The date engine rightly reads none of these, so a phrase made only of them gives
 * "no dates found"; `directive dates` says why instead (cli/dates.ts). findDates is not changed.
 *
 * Written as the rule `invalid-date` reads dates: a numeric date with a four-digit year (1900–2099) and
 * the same separator twice, the words "ngày … tháng … (năm …)", or "tháng M/YYYY". A day and month
 * without a year (`30/02`) are judged only when they can be nothing else: after "ngày", or with a day of
 * 1–31 and a month of 1–12 that no year has (a score such as `45/60` is no date).
 */

/** A date that does not exist. */
export interface InvalidDate {
  /** As written (after NFC normalisation). */
  raw: string
  /** Offset of `raw` in the NFC text. */
  index: number
  /** Why it is not a date, e.g. "30 February does not exist (February 2026 has 28 days)". */
  reason: string
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Whitespace between the words of a date, bounded: the patterns stay linear. */
const SPACE = String.raw`\s{1,4}`
/** Not inside a word or a number (chrono's ASCII `\W` would take every accented letter for a boundary). */
const START = String.raw`(?<![\p{sc=Latn}\d\p{No}])`

/** A day, month and year as written (null when not), and whether the form can only be a date. */
interface Parts {
  day: number | null
  month: number
  year: number | null
  /** False for a bare `30/02`, which may be a score or a fraction. */
  certain: boolean
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
    pattern: new RegExp(`${START}ngày${SPACE}(\\d{1,2})${SPACE}tháng${SPACE}(\\d{1,2})(?:${SPACE}năm${SPACE}(\\d{4}))?(?![\\d\\p{No}])`, 'giu'),
    read: (match) => ({day: Number(match[1]), month: Number(match[2]), year: match[3] ? Number(match[3]) : null, certain: true})
  },
  {
    // 30/02/2026 | 30-02-2026 | 30.02.2026 | ngày 30/02 | 30/02
    pattern: /(?<![\p{sc=Latn}\d\p{No}/.\-])(?:(ngày)\s{1,4})?(\d{1,2})([/.\-])(\d{1,2})(?:\3(\d{4}))?(?![\d\p{No}/])/giu,
    read: (match) => {
      const named = match[1] !== undefined || match[5] !== undefined
      // Without a year or "ngày", `30.02` and `30-02` are numbers: only `/` may be a date.
      if (!named && match[3] !== '/') return null
      return {day: Number(match[2]), month: Number(match[4]), year: match[5] ? Number(match[5]) : null, certain: named}
    }
  },
  {
    // tháng 13/2026 | tháng 13 năm 2026
    pattern: new RegExp(`${START}tháng${SPACE}(\\d{1,2})(?:${SPACE}năm${SPACE}|\\s?[/.\\-]\\s?)(\\d{4})(?![\\d\\p{No}/])`, 'giu'),
    read: (match) => ({day: null, month: Number(match[1]), year: Number(match[2]), certain: true})
  }
]

/**
 * Finds the dates that do not exist.
 *
 * @param text
 *   Any text, e.g. the phrase given to `directive dates`.
 * @returns
 *   Each impossible date in text order, with why; empty when every date written exists.
 */
export function findInvalidDates(text: string): InvalidDate[] {
  const nfc = text.normalize('NFC')
  const taken: Array<[number, number]> = []
  const found: InvalidDate[] = []
  for (const form of forms) {
    for (const match of nfc.matchAll(form.pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (taken.some(([from, to]) => from < end && to > start)) continue
      const parts = form.read(match)
      if (!parts || (parts.year !== null && (parts.year < 1900 || parts.year > 2099))) continue
      // A bare day/month is taken for a date only when it looks like one (`45/60` is a score).
      if (!parts.certain && !(parts.day !== null && parts.day >= 1 && parts.day <= 31 && parts.month >= 1 && parts.month <= 12)) continue
      taken.push([start, end])
      const reason = whyNot(parts.day, parts.month, parts.year)
      if (reason) found.push({raw: match[0], index: start, reason})
    }
  }

  return found.sort((a, b) => a.index - b.index)
}

/**
 * Why a day, month and year are no date, or null when they are one.
 *
 * @param day
 *   Day of the month, or null when only a month is written.
 * @param month
 *   Month as written (1–12 when it exists).
 * @param year
 *   Year, or null when not written (then any year will do: 29 February exists).
 */
function whyNot(day: number | null, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return `there is no month ${month}`
  if (day === null) return null
  if (day === 0) return 'there is no day 0'
  const name = MONTHS[month - 1] ?? String(month)
  // Without a year, the most days the month has (February: 29, in a leap year).
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate()
  if (day <= days) return null
  if (year !== null && month === 2 && day === 29) return `29 February ${year} does not exist (${year} is not a leap year)`
  const which = year === null ? name : `${name} ${year}`
  // Only February's length depends on the year: "at most" when none is written.
  return `${day} ${name} does not exist (${which} has ${year === null && month === 2 ? 'at most ' : ''}${days} days)`
}

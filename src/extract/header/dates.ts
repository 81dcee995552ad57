/**
 * The few date shapes the header, stamp and meeting readers need: `dd/mm/yyyy` (2-digit years too) and
 * `ngày d tháng m năm y`, with blanks left for a date still to be filled in (`ngày   tháng 4 năm 2026`).
 *
 * These helpers only *locate* such a phrase (and tell a blank one from a complete one); the date of a
 * complete phrase comes from the shared date engine (`findDates` in src/dates/), with a local reading as
 * the fallback. A header phrase always carries its year, so the engine's reference date does not matter.
 */
import {findDates} from '../../dates/index.js'
import {foldKey} from '../../text/fold.js'

/** Reference for the engine: irrelevant here (every phrase these helpers accept has a year). */
const reference = '2000-01-01'

/** Date of a complete phrase by the shared engine; `fallback` when the engine reads none. */
function engineDate(phrase: string, fallback: string | null): string | null {
  if (fallback === null) return null
  const mention = findDates(phrase, reference).find((found) => found.start !== null)
  const date = mention?.start?.slice(0, 10) ?? null
  return date && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : fallback
}

/** A date found in a text. */
export interface FoundDate {
  /** ISO date, or null when a part is blank (`ngày   tháng 4 năm 2026`) or impossible. */
  date: string | null
  /** Where the phrase starts in the text. */
  index: number
  /** Its length. */
  length: number
}

/**
 * ISO date of day, month and year numbers; two-digit years are 20yy.
 *
 * @param day
 *   Day as written.
 * @param month
 *   Month as written.
 * @param year
 *   Year as written (2 or 4 digits).
 * @returns
 *   `YYYY-MM-DD`, or null when a part is missing or the date does not exist.
 */
export function isoDate(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  if (!day || !month || !year) return null
  const d = Number(day)
  const m = Number(month)
  let y = Number(year)
  if (year.length === 2) y += 2000
  if (year.length !== 2 && year.length !== 4) return null
  if (m < 1 || m > 12 || d < 1) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > days) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const numericDate = /(?<![\d\p{No}/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}|\d{2})(?![\d\p{No}])/u
// On the folded key (no diacritics, upper case): "NGAY 28 THANG 4 NAM 2026", "NGAY 23 VA 24 THANG 3 ...",
// "NGAY   THANG   NAM 2026" (blanks).
const wordDate = /(?<![\p{sc=Latn}\d\p{No}])NGAY\s{0,40}(\d{1,2})?(?:\s{0,3}(?:VA|,|-|–)\s{0,3}\d{1,2})?\s{0,40}THANG\s{0,40}(\d{1,2})?\s{0,40}NAM\s{0,40}(\d{4})?/u

/**
 * First date in a text, written either way.
 *
 * @param text
 *   Text (NFC).
 * @returns
 *   The first date phrase, or null.
 */
export function findFirstDate(text: string): FoundDate | null {
  const numeric = numericDate.exec(text)
  const word = wordDate.exec(foldKey(text))
  const candidates: FoundDate[] = []
  if (numeric) {
    candidates.push({date: isoDate(numeric[1], numeric[2], numeric[3]), index: numeric.index, length: numeric[0].length})
  }

  if (word) candidates.push({date: isoDate(word[1], word[2], word[3]), index: word.index, length: trimEnd(word[0])})
  candidates.sort((a, b) => a.index - b.index)
  return withEngine(text, candidates[0] ?? null)
}

/**
 * The `ngày … tháng … năm …` phrase of a text, blanks allowed.
 *
 * @param text
 *   Text (NFC).
 * @returns
 *   The phrase, or null.
 */
export function findWordDate(text: string): FoundDate | null {
  const word = wordDate.exec(foldKey(text))
  if (!word) return null
  return withEngine(text, {date: isoDate(word[1], word[2], word[3]), index: word.index, length: trimEnd(word[0])})
}

/**
 * A `dd/mm/yyyy` date of a text.
 *
 * @param text
 *   Text.
 * @returns
 *   The date, or null.
 */
export function findNumericDate(text: string): FoundDate | null {
  const numeric = numericDate.exec(text)
  if (!numeric) return null
  return withEngine(text, {date: isoDate(numeric[1], numeric[2], numeric[3]), index: numeric.index, length: numeric[0].length})
}

function withEngine(text: string, found: FoundDate | null): FoundDate | null {
  if (!found) return null
  return {...found, date: engineDate(text.slice(found.index, found.index + found.length), found.date)}
}

function trimEnd(text: string): number {
  return text.replace(/(?<!\s)\s+$/u, '').length
}

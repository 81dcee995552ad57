/**
 * Plain calendar arithmetic on `{year, month, day}` values.
 *
 * Everything here works on calendar dates in Vietnam (UTC+7 all year, no daylight saving time), so no
 * `Date` in the system time zone is ever involved: days are counted with `Date.UTC`.
 */

/** A calendar date; `month` is 1–12. */
export interface Ymd {
  year: number
  month: number
  day: number
}

/** A calendar date with an optional wall-clock time in Vietnam. */
export interface YmdTime extends Ymd {
  hour?: number | undefined
  minute?: number | undefined
}

const MS_PER_DAY = 86_400_000

/**
 * Format a date (and time, when `hour` is given) as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
 * @param value
 *   Date, with an optional time.
 * @returns
 *   ISO 8601 string without a zone: local time in Vietnam.
 */
export function toIsoDate(value: YmdTime): string {
  const date = `${pad(value.year, 4)}-${pad(value.month, 2)}-${pad(value.day, 2)}`
  if (value.hour === undefined) return date
  return `${date}T${pad(value.hour, 2)}:${pad(value.minute ?? 0, 2)}`
}

/**
 * Read a `YYYY-MM-DD` string.
 * @param value
 *   ISO date.
 * @returns
 *   The date; throws `RangeError` when `value` is not a valid calendar date.
 */
export function parseIsoDate(value: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match) {
    const date = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
    if (isValidYmd(date)) return date
  }
  throw new RangeError(`Unexpected reference date \`${value}\`, expected \`YYYY-MM-DD\``)
}

/**
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @returns
 *   Number of days in that month.
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * @param date
 *   Candidate date.
 * @returns
 *   Whether it exists in the Gregorian calendar.
 */
export function isValidYmd(date: Ymd): boolean {
  return (
    Number.isInteger(date.year) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  )
}

/**
 * @param date
 *   Start date.
 * @param days
 *   Days to add (may be negative).
 * @returns
 *   New date.
 */
export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days)
}

/**
 * Add months, clamping the day to the end of a shorter month (31/1 + 1 month = 28/2 or 29/2).
 * @param date
 *   Start date.
 * @param months
 *   Months to add (may be negative).
 * @returns
 *   New date.
 */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return {year, month, day: Math.min(date.day, daysInMonth(year, month))}
}

/**
 * Add working days: Saturdays and Sundays are skipped (public holidays are not known here).
 * @param date
 *   Start date (not counted).
 * @param days
 *   Working days to add, ≥ 0.
 * @returns
 *   The last of those working days.
 */
export function addWorkingDays(date: Ymd, days: number): Ymd {
  let day = toDayNumber(date)
  let left = days
  while (left > 0) {
    day++
    const weekday = (day + 4) % 7 // 1970-01-01 (day 0) was a Thursday
    if (weekday !== 0 && weekday !== 6) left--
  }
  return fromDayNumber(day)
}

/**
 * @param date
 *   Date.
 * @returns
 *   Day of the week, 0 = Sunday … 6 = Saturday.
 */
export function weekday(date: Ymd): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7
}

/**
 * @param a
 *   Date.
 * @param b
 *   Date.
 * @returns
 *   Negative, zero or positive, like a sort comparator.
 */
export function compareYmd(a: Ymd, b: Ymd): number {
  return toDayNumber(a) - toDayNumber(b)
}

/**
 * @param date
 *   Date.
 * @returns
 *   Days since 1970-01-01.
 */
export function toDayNumber(date: Ymd): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY)
}

/**
 * @param day
 *   Days since 1970-01-01.
 * @returns
 *   Date.
 */
export function fromDayNumber(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/**
 * @param value
 *   Number.
 * @param width
 *   Digits.
 * @returns
 *   Zero-padded string.
 */
function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/**
 * The year that puts a day and month closest to a reference date (as chrono does for dates without a year).
 * @param reference
 *   Reference date.
 * @param month
 *   Month.
 * @param day
 *   Day.
 * @returns
 *   Year.
 */
export function findYearClosest(reference: Ymd, month: number, day: number): number {
  let best = reference.year
  let bestDistance = Infinity
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(toDayNumber({year, month, day}) - toDayNumber(reference))
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return best
}

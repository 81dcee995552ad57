/**
 * When a deadline falls, in iCalendar value syntax. The model gives calendar dates in Vietnam
 * (`YYYY-MM-DD`) and, apart, a deadline's local time (`HH:MM`), read here joined as `YYYY-MM-DDTHH:MM`.
 * Only UTC arithmetic is used, so the machine's TZ never shifts a date.
 */

/** A deadline as iCalendar values: a DATE, or a local DATE-TIME in Vietnam. */
export type When = {kind: 'date'; date: string} | {kind: 'time'; dateTime: string}

const pattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/

/**
 * @param value
 *   `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
 * @returns
 *   The iCalendar value (`20260605` or `20260710T170000`), or null when the value is not a real date
 *   or time.
 */
export function parseWhen(value: string): When | null {
  const match = pattern.exec(value)
  if (!match) return null
  const [, year, month, day, hour, minute] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return null
  const compact = `${year}${month}${day}`
  if (hour === undefined || minute === undefined) return {kind: 'date', date: compact}
  if (Number(hour) > 23 || Number(minute) > 59) return null
  return {kind: 'time', dateTime: `${compact}T${hour}${minute}00`}
}

/**
 * @param date
 *   A DATE value, `YYYYMMDD`.
 * @returns
 *   The next day as a DATE value: the exclusive end of an all-day event.
 */
export function nextDay(date: string): string {
  const next = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)) + 1))
  return next.toISOString().slice(0, 10).replaceAll('-', '')
}

/**
 * @param value
 *   `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
 * @returns
 *   The way a Vietnamese reader writes it: `05/06/2026`, `17:00 10/07/2026`.
 */
export function vietnameseDate(value: string): string {
  const [date = '', time] = value.split('T')
  const [year, month, day] = date.split('-')
  return `${time ? `${time} ` : ''}${day}/${month}/${year}`
}

/**
 * Where repeating work starts in a calendar: the first day on or after a reference date (the document's
 * date, else the day it was received) that the task's RRULE names. RFC 5545 counts DTSTART as the first
 * instance and leaves a DTSTART the rule does not name undefined, so the day must match every BY part.
 * The interval needs no care: it is counted from DTSTART, so any matching day is a valid first one. Only
 * UTC arithmetic on calendar days is used, never the clock or the machine's time zone.
 */
import {parseRule, type Rule} from '../tasks-view/rhythm.js'

const dayMs = 24 * 60 * 60 * 1000

/**
 * Far enough for any rule the model writes to come round: a 29 February (BYMONTH=2;BYMONTHDAY=29) can
 * be eight years away across a century (2096 → 2104).
 */
const horizonDays = 8 * 366 + 1

/**
 * @param rrule
 *   An RRULE value, e.g. `FREQ=WEEKLY;BYDAY=FR`.
 * @param from
 *   The reference date, `YYYY-MM-DD`.
 * @returns
 *   The first day it names on or after `from` (`YYYY-MM-DD`), or null when the rule cannot be read, never
 *   comes round, or ends (UNTIL) before it.
 */
export function firstOccurrence(rrule: string, from: string): string | null {
  const rule = parseRule(rrule)
  const start = Date.parse(`${from}T00:00:00Z`)
  if (!rule || Number.isNaN(start)) return null
  for (let offset = 0; offset < horizonDays; offset++) {
    const day = new Date(start + offset * dayMs)
    const iso = day.toISOString().slice(0, 10)
    if (rule.until !== null && iso > rule.until) return null
    if (names(rule, day)) return iso
  }

  return null
}

/** Whether `day` passes every BY part of the rule (those it lacks are taken from DTSTART, so any day does). */
function names({byMonth, byMonthDay, byDay}: Rule, day: Date): boolean {
  const month = day.getUTCMonth() + 1
  const date = day.getUTCDate()
  // A negative BYMONTHDAY counts from the month's end: -1 is its last day.
  const fromEnd = date - new Date(Date.UTC(day.getUTCFullYear(), month, 0)).getUTCDate() - 1
  // `Rule.byDay` numbers weekdays 1 (Monday) to 7; getUTCDay has Sunday 0.
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay()
  return (
    (byMonth.length === 0 || byMonth.includes(month)) &&
    (byMonthDay.length === 0 || byMonthDay.includes(date) || byMonthDay.includes(fromEnd)) &&
    (byDay.length === 0 || byDay.includes(weekday))
  )
}

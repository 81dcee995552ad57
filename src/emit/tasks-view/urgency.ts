/** How pressing a deadline is on a given day: overdue, due within a week, later, or no deadline at all. */
import {daysBetween} from './dates.js'

/** The urgency groups, most pressing first (the order checklists print them in). */
export const urgencies = ['overdue', 'soon', 'later', 'none'] as const
export type Urgency = (typeof urgencies)[number]

/** A deadline this many days away or fewer (today included) is "due soon". */
export const soonDays = 7

/**
 * @param date
 *   Deadline (YYYY-MM-DD), or null for a task without one.
 * @param today
 *   The day the checklist is for (YYYY-MM-DD).
 */
export function urgencyOf(date: string | null, today: string): Urgency {
  if (date === null) return 'none'
  const days = daysBetween(today, date)
  if (days < 0) return 'overdue'
  return days <= soonDays ? 'soon' : 'later'
}

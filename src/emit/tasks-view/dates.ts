/** Calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so the machine's time zone never matters. */

const dayMs = 24 * 3600 * 1000

/** Whole days from `today` to `date`: negative when the date has passed. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs)
}

/** 2026-06-05 → 05/06/2026, the way Vietnamese documents and Excel in Vietnam write dates. */
export function vnDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/**
 * A deadline the way a Vietnamese reader writes it, with its time of day first when it has one:
 * 05/06/2026, 17:00 12/06/2026.
 */
export function vnDeadline({date, time}: {date: string; time: string | null}): string {
  return time ? `${time} ${vnDate(date)}` : vnDate(date)
}

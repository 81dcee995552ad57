/** Dates and numbers as the page shows them, without Intl (whose output varies with the ICU a Node has). */
import {vnDate, vnDeadline} from '../tasks-view/dates.js'
import type {PageLabels} from './labels.js'

/** Vietnamese pages write dd/mm/yyyy; English ones ISO dates, which no reader misreads. */
export function formatDate(iso: string, lang: string): string {
  return lang === 'en' ? iso : vnDate(iso)
}

/** A deadline with its time of day when it has one: "17:00 12/06/2026" (vi), "2026-06-12 17:00" (en). */
export function formatDeadline(deadline: {date: string; time: string | null}, lang: string): string {
  if (lang !== 'en') return vnDeadline(deadline)
  return deadline.time ? `${deadline.date} ${deadline.time}` : deadline.date
}

/** Short axis label: "05/06" (or "06-05" in English), with the year when the axis spans several. */
export function shortDate(iso: string, lang: string, withYear: boolean): string {
  const [year = '', month = '', day = ''] = iso.split('-')
  if (lang === 'en') return withYear ? iso : `${month}-${day}`
  return withYear ? `${day}/${month}/${year.slice(2)}` : `${day}/${month}`
}

/** 197810000000000 → "197.810.000.000.000" (vi) or "197,810,000,000,000" (en); 11.81 → "11,81" / "11.81". */
export function formatNumber(value: number, labels: PageLabels): string {
  const plain = String(Math.abs(value))
  // Exponent notation (very large or very small values) is shown as JavaScript writes it.
  if (!Number.isFinite(value) || plain.includes('e')) return String(value)
  const [whole = '', fraction] = plain.split('.')
  const groups: string[] = []
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end))
  const grouped = groups.join(labels.number.group)
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `${labels.number.decimal}${fraction}` : ''}`
}

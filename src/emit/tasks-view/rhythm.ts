/**
 * A task's RRULE (the model's `rrule`, RFC 5545) read into its parts and worded in Vietnamese for every
 * view: `FREQ=WEEKLY;BYDAY=FR` → "hằng tuần, thứ Sáu", `FREQ=MONTHLY;BYMONTHDAY=25` → "ngày 25 hằng
 * tháng", `…;UNTIL=20261231` → "…, đến hết ngày 31/12/2026". The calendar reads the same parts to place the
 * first occurrence. Only the parts the model writes are known (FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH,
 * UNTIL as a DATE); a rule with others is worded by its frequency alone.
 */
import {weekdayNames} from '../../lexicon/dates.js'
import type {Task} from '../../model/schema.js'
import {vnDate} from './dates.js'

/** RFC 5545 weekday codes, Monday first, as `weekdayNames`. */
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY'
  interval: number
  /** Weekdays, 1 (Monday) to 7. */
  byDay: number[]
  byMonthDay: number[]
  byMonth: number[]
  /** Last day, `YYYY-MM-DD`, or null. */
  until: string | null
}

const frequencies = new Set<string>(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])

/**
 * @param value
 *   An RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=3;UNTIL=20261231`.
 * @returns
 *   Its parts, or null when it has no frequency the model writes.
 */
export function parseRule(value: string): Rule | null {
  const parts = new Map(value.split(';').map((part) => part.split('=') as [string, string | undefined]))
  const freq = parts.get('FREQ') ?? ''
  if (!frequencies.has(freq)) return null
  const numbers = (name: string): number[] => (parts.get(name) ?? '').split(',').filter(Boolean).map(Number)
  const until = /^(\d{4})(\d{2})(\d{2})/u.exec(parts.get('UNTIL') ?? '')
  return {
    freq: freq as Rule['freq'],
    interval: Math.max(1, Number(parts.get('INTERVAL') ?? 1) || 1),
    byDay: (parts.get('BYDAY') ?? '').split(',').flatMap((code) => {
      const index = weekdayCodes.indexOf(code as (typeof weekdayCodes)[number])
      return index === -1 ? [] : [index + 1]
    }),
    byMonthDay: numbers('BYMONTHDAY'),
    byMonth: numbers('BYMONTH'),
    until: until ? `${until[1]}-${until[2]}-${until[3]}` : null
  }
}

/** Months of a quarter by place, as `rrule.ts` writes them. */
const quarterMonths: Readonly<Record<string, string>> = {'1,4,7,10': 'đầu', '2,5,8,11': 'giữa', '3,6,9,12': 'cuối'}

/**
 * @param value
 *   An RRULE value.
 * @returns
 *   How often, in Vietnamese ("hằng tuần, thứ Sáu", "ngày 15/12 hằng năm", "định kỳ 6 tháng"); the value
 *   itself when it cannot be read.
 */
export function rhythmText(value: string): string {
  const rule = parseRule(value)
  if (!rule) return value
  const text = often(rule)
  return rule.until ? `${text}, đến hết ngày ${vnDate(rule.until)}` : text
}

/**
 * @param task
 *   A task.
 * @returns
 *   How often it is done, as the views show it: its rule in words, else its recurrence as written
 *   ("thường xuyên"), else null.
 */
export function howOften(task: Pick<Task, 'rrule' | 'recurrence'>): string | null {
  return task.rrule ? rhythmText(task.rrule) : task.recurrence
}

function often({freq, interval, byDay, byMonthDay, byMonth}: Rule): string {
  const day = byMonthDay.length > 0 ? `ngày ${byMonthDay.join(', ')}` : null
  switch (freq) {
    case 'DAILY':
      return interval === 1 ? 'hằng ngày' : `${interval} ngày một lần`
    case 'WEEKLY': {
      const every = interval === 1 ? 'hằng tuần' : `${interval} tuần một lần`
      const days = byDay.map((number) => weekdayNames[number - 1] ?? '').filter(Boolean)
      return days.length > 0 ? `${every}, ${joinAnd(days)}` : every
    }
    case 'MONTHLY': {
      if (interval === 1) return day ? `${day} hằng tháng` : 'hằng tháng'
      const every = interval === 3 ? 'hằng quý' : `định kỳ ${interval} tháng`
      return day ? `${every}, ${day}` : every
    }
    case 'YEARLY': {
      const month = byMonth.length === 1 ? byMonth[0] : undefined
      if (month !== undefined && byMonthDay.length === 1) return `ngày ${pad(byMonthDay[0] ?? 1)}/${pad(month)} hằng năm`
      const place = quarterMonths[byMonth.join(',')]
      if (place && day) return `${day} tháng ${place} quý`
      if (byMonth.length > 0) return `${day ? `${day} ` : ''}các tháng ${byMonth.join(', ')} hằng năm`
      return 'hằng năm'
    }
  }
}

/** "thứ Hai và thứ Năm", "thứ Hai, thứ Tư và thứ Sáu". */
function joinAnd(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1) ?? ''}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

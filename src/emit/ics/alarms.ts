/**
 * Reminders: the `--remind` list (`3d,1d`, `2h`, `1w`, `1d12h`, `30m`) read into durations before the
 * deadline, and the VALARM components that carry them. Durations are written in the RFC 5545 grammar
 * (`-P3D`, `-PT2H`, `-P1DT12H`): weeks become days because `P1W` cannot be combined with other units, and
 * `T` only appears before a time part.
 */
import {OptionValueError} from '../emitter.js'
import {escapeText} from './escape.js'
import {property} from './line.js'

/** A reminder: minutes before the deadline. */
export interface Reminder {
  minutes: number
}

export const defaultReminders = '3d,1d'

const units = ['w', 'd', 'h', 'm'] as const
const minutesPer: Record<(typeof units)[number], number> = {w: 7 * 24 * 60, d: 24 * 60, h: 60, m: 1}
const item = /^(?:(\d{1,4})w)?(?:(\d{1,5})d)?(?:(\d{1,6})h)?(?:(\d{1,7})m)?$/

/**
 * @param list
 *   Comma-separated reminders, e.g. `7d,1d`.
 * @returns
 *   The reminders in the order given, without repeats.
 * @throws
 *   OptionValueError with what was expected, so the CLI reports a usage error.
 */
export function parseReminders(list: string): Reminder[] {
  const reminders: Reminder[] = []
  for (const raw of list.split(',')) {
    const text = raw.trim().toLowerCase()
    const match = item.exec(text)
    if (!match || text === '') {
      throw new OptionValueError(
        `expected reminders like 7d,1d or 2h (a number with w, d, h or m, before each deadline), got “${raw.trim()}”; use --no-remind for none`
      )
    }

    const total = units.reduce((sum, unit, index) => sum + Number(match[index + 1] ?? 0) * minutesPer[unit], 0)
    if (!reminders.some((reminder) => reminder.minutes === total)) reminders.push({minutes: total})
  }

  return reminders
}

/**
 * The reminders an emit call asked for: the parsed list from the CLI, the unparsed default string,
 * `false` from `--no-remind`, or nothing (a library caller) for the default.
 */
export function remindersOption(value: unknown): Reminder[] {
  if (value === false) return []
  if (Array.isArray(value)) return value as Reminder[]
  return parseReminders(typeof value === 'string' ? value : defaultReminders)
}

/**
 * @param minutes
 *   Minutes before the deadline.
 * @returns
 *   The TRIGGER duration, e.g. `-P3D`, `-PT2H`, `-P1DT12H`; `PT0S` for at the deadline itself.
 */
export function triggerDuration(minutes: number): string {
  if (minutes === 0) return 'PT0S'
  const {days, hours, rest} = split(minutes)
  const time = `${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`
}

/** How a reminder reads in its alarm text: `còn 3 ngày`, `còn 2 giờ`, `còn 1 ngày 12 giờ`. */
export function reminderLabel(minutes: number): string {
  if (minutes === 0) return 'đến hạn'
  const {days, hours, rest} = split(minutes)
  const parts = [days ? `${days} ngày` : '', hours ? `${hours} giờ` : '', rest ? `${rest} phút` : ''].filter(Boolean)
  return `còn ${parts.join(' ')}`
}

/**
 * @param reminders
 *   When to remind.
 * @param summary
 *   The component's summary, repeated in the alarm (DISPLAY alarms require a DESCRIPTION).
 * @param related
 *   `START` for events; `END` for to-dos, whose trigger must be relative to DUE when there is no DTSTART.
 * @returns
 *   Content lines of the VALARM components.
 */
export function alarms(reminders: readonly Reminder[], summary: string, related: 'START' | 'END'): string[] {
  return reminders.flatMap((reminder) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    ...property('TRIGGER', triggerDuration(reminder.minutes), related === 'END' ? {RELATED: 'END'} : {}),
    ...property('DESCRIPTION', escapeText(`${summary} (${reminderLabel(reminder.minutes)})`)),
    'END:VALARM'
  ])
}

function split(minutes: number): {days: number; hours: number; rest: number} {
  return {days: Math.floor(minutes / minutesPer.d), hours: Math.floor((minutes % minutesPer.d) / 60), rest: minutes % 60}
}

/**
 * Models → an iCalendar file (RFC 5545) of every deadline: one VEVENT per (task, deadline), all-day or
 * at the deadline's time in Vietnam, or a VTODO with DUE under `--todo`, and one repeating entry (RRULE)
 * per task with repeating work; with reminders, stable UIDs and reproducible bytes. Written by hand
 * rather than with a library: on Node 20 none of ical-generator, ics and ts-ics folds by octets without
 * splitting characters, escapes CATEGORIES values, writes valid durations, has VTODO and keeps dates
 * independent of the machine's TZ all at once (see README, "iCalendar").
 */
import type {Notice} from '../model/schema.js'
import {defineEmitter, OptionValueError, type EmitContext} from './emitter.js'
import {alarms, defaultReminders, parseReminders, remindersOption} from './ics/alarms.js'
import {calendarName, description, indexTasks, summary} from './ics/content.js'
import {entries, type Entry} from './ics/entries.js'
import {escapeText, escapeTextList} from './ics/escape.js'
import {property} from './ics/line.js'
import {dtstamp} from './ics/stamp.js'
import {vtimezone, zoneId} from './ics/timezone.js'
import {uid} from './ics/uid.js'
import {nextDay} from './ics/when.js'
import {inCharge} from './tasks-view/roles.js'

type Component = 'VEVENT' | 'VTODO'

export default defineEmitter({
  format: 'ics',
  extensions: ['.ics'],
  shortcut: '--ics',
  description: 'an iCalendar file of every deadline, with reminders (one calendar for all files)',
  options: [
    {
      flags: '--remind <list>',
      description: 'reminders before each deadline: numbers with w, d, h or m, e.g. 7d,1d or 2h',
      default: defaultReminders,
      parse: parseReminders
    },
    {flags: '--no-remind', description: 'no reminders'},
    {flags: '--todo', description: 'to-dos (VTODO with DUE) instead of events, for Thunderbird and Apple Reminders'},
    {flags: '--calendar-name <name>', description: 'the calendar’s name (default: from the documents)', parse: calendarNameArgument}
  ],
  emit(notices, context) {
    const component: Component = context.options['todo'] === true ? 'VTODO' : 'VEVENT'
    const asked = context.options['calendarName']
    const name = typeof asked === 'string' && asked.trim() !== '' ? asked : calendarName(notices)
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//directive//directive//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      ...property('X-WR-CALNAME', escapeText(name)),
      ...property('NAME', escapeText(name)),
      // Always present, even when every deadline is a date: it keeps a calendar without deadlines valid
      // (RFC 5545 wants at least one component) and costs ten lines.
      ...vtimezone(),
      ...components(notices, component, context),
      'END:VCALENDAR'
    ]
    return lines.map((line) => `${line}\r\n`).join('')
  }
})

function components(notices: readonly Notice[], component: Component, context: EmitContext): string[] {
  const reminders = remindersOption(context.options['remind'])
  const uids = new Set<string>()
  const lines: string[] = []
  for (const notice of notices) {
    const tasks = indexTasks(notice)
    const stamp = dtstamp(notice, context.env)
    for (const entry of entries(notice)) {
      const id = uid(notice, entry.task.id, entry.key, component)
      // The same notice given twice would otherwise put one UID in the calendar twice.
      if (uids.has(id)) continue
      uids.add(id)
      const title = summary(entry, tasks)
      // CATEGORIES: the bodies in charge (chủ trì), else those named responsible.
      const categories = inCharge(entry.task).names
      lines.push(
        `BEGIN:${component}`,
        ...property('UID', id),
        ...property('DTSTAMP', stamp),
        ...(component === 'VEVENT' ? eventTimes(entry) : dueTime(entry)),
        ...(entry.rrule === null ? [] : property('RRULE', entry.rrule)),
        ...property('SUMMARY', escapeText(title)),
        ...property('DESCRIPTION', escapeText(description(entry, tasks))),
        ...(categories.length > 0 ? property('CATEGORIES', escapeTextList(categories)) : []),
        ...(component === 'VEVENT' ? ['TRANSP:TRANSPARENT'] : ['STATUS:NEEDS-ACTION']),
        ...alarms(reminders, title, component === 'VEVENT' || entry.rrule !== null ? 'START' : 'END'),
        `END:${component}`
      )
    }
  }

  return lines
}

/**
 * An all-day event ends the next day (DTEND is exclusive). A timed deadline is an instant: it has no
 * DTEND, because RFC 5545 wants DTEND later than DTSTART and an event without one ends when it starts.
 * Repeating work is all-day: the model gives a rule no time, and its UNTIL is a DATE, which RFC 5545
 * wants of the same value type as DTSTART.
 */
function eventTimes({when}: Entry): string[] {
  if (when.kind === 'date') {
    return [...property('DTSTART', when.date, {VALUE: 'DATE'}), ...property('DTEND', nextDay(when.date), {VALUE: 'DATE'})]
  }

  return property('DTSTART', when.dateTime, {TZID: zoneId})
}

/**
 * A to-do is due at its deadline. A repeating one needs a DTSTART, which its RRULE repeats (RFC 5545
 * §3.8.2.4), and may then only have a DUE later than it (§3.8.2.3): a DUE the next day would show the
 * wrong day, so it has its first day as DTSTART and no DUE, and its reminders count from that start.
 */
function dueTime(entry: Entry): string[] {
  const {when} = entry
  if (entry.rrule !== null && when.kind === 'date') return property('DTSTART', when.date, {VALUE: 'DATE'})
  return when.kind === 'date' ? property('DUE', when.date, {VALUE: 'DATE'}) : property('DUE', when.dateTime, {TZID: zoneId})
}

function calendarNameArgument(value: string): string {
  if (value.trim() === '') throw new OptionValueError('expected a calendar name, got an empty one')
  return value.trim()
}

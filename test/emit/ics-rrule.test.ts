/**
 * Times of day and repeating work in the calendar (issue 18): a notice written for it
 * (`repeating-notice.ts`), read by the library from its text, gives a timed event at 17:00 in
 * Asia/Ho_Chi_Minh (10:00Z) and one repeating event per rule, which ical.js expands to the days the text
 * names. Constructed models cover what the text does not: the receipt date as the start, no date at all,
 * a rule with deadlines of its own, a heading's rule carried by its items, to-dos, and where the first
 * occurrence falls (`firstOccurrence`).
 */
import ICAL from 'ical.js'
import {describe, expect, it} from 'vitest'
import type {Notice, Task} from '../../src/index.js'
import ics from '../../src/emit/ics.js'
import type {EmitContext} from '../../src/emit/emitter.js'
import {firstOccurrence} from '../../src/emit/ics/recur.js'
import {checkCalendar} from './ics-checker.js'
import {notice} from './repeating-notice.js'

function context(options: Record<string, unknown> = {}): EmitContext {
  return {multiple: false, today: '2026-06-01', options: {remind: false, ...options}, env: {}}
}

interface Read {
  calendar: ICAL.Component
  components: ICAL.Component[]
}

/** The calendar read by ical.js, its time zone registered so zoned times resolve to instants. */
function read(calendarText: string): Read {
  const calendar = new ICAL.Component(ICAL.parse(calendarText))
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone) ICAL.TimezoneService.register(zone)
  return {calendar, components: [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')]}
}

/** The first `limit` days ical.js's iterator gives for a component's RRULE from its DTSTART, DTSTART first. */
function expand(component: ICAL.Component, limit = 12): string[] {
  const rule = component.getFirstPropertyValue('rrule') as ICAL.Recur
  const start = component.getFirstPropertyValue('dtstart') as ICAL.Time
  const iterator = rule.iterator(start)
  const days: string[] = []
  for (let next = iterator.next(); next && days.length < limit; next = iterator.next()) days.push(next.toString().slice(0, 10))
  // ical.js skips a DTSTART its rule does not name (RFC 5545 leaves that undefined): it must be the first day.
  expect(days[0]).toBe(start.toString().slice(0, 10))
  return days
}

function summaryStarts(components: ICAL.Component[], label: string): ICAL.Component {
  const found = components.find((component) => String(component.getFirstPropertyValue('summary')).startsWith(`${label} `))
  if (!found) throw new Error(`no entry for task ${label}`)
  return found
}

describe('a notice with a timed deadline and repeating work, from its text', () => {
  it('reads the time and the rules into the model', () => {
    expect(notice.document.date).toBe('2026-06-02')
    expect(notice.tasks.map((task) => [task.id, task.deadlines.map((deadline) => [deadline.date, deadline.time]), task.rrule])).toEqual([
      ['1', [['2026-06-12', '17:00']], null],
      ['2', [], 'FREQ=WEEKLY;BYDAY=FR'],
      ['3', [], 'FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20261231'],
      ['4', [], 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20']
    ])
  })

  const calendarText = ics.emit([notice], context())
  const {components} = read(calendarText)

  it('passes the strict checker, one entry per task', () => {
    expect(checkCalendar(calendarText)).toEqual([])
    expect(components).toHaveLength(4)
    expect(new Set(components.map((component) => component.getFirstPropertyValue('uid'))).size).toBe(4)
  })

  it('writes 17 giờ as a zoned time whose instant is 10:00Z', () => {
    expect(calendarText).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260612T170000\r\n')
    const start = summaryStarts(components, '1').getFirstPropertyValue('dtstart') as ICAL.Time
    expect(start.isDate).toBe(false)
    expect(start.zone?.tzid).toBe('Asia/Ho_Chi_Minh')
    expect(start.toUnixTime()).toBe(Date.UTC(2026, 5, 12, 10, 0) / 1000)
    expect(start.convertToZone(ICAL.Timezone.utcTimezone).toString()).toBe('2026-06-12T10:00:00Z')
  })

  it('repeats “thứ Sáu hằng tuần” every Friday from the first one after the document’s date', () => {
    const entry = summaryStarts(components, '2')
    expect(calendarText).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR\r\n')
    expect((entry.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true)
    expect(expand(entry, 5)).toEqual(['2026-06-05', '2026-06-12', '2026-06-19', '2026-06-26', '2026-07-03'])
    expect(String(entry.getFirstPropertyValue('description'))).toContain('Định kỳ: hằng tuần, thứ Sáu (lần đầu 05/06/2026)')
  })

  it('repeats “trước ngày 25 hằng tháng đến hết năm 2026” on the 25th, and stops after December', () => {
    const entry = summaryStarts(components, '3')
    expect(expand(entry)).toEqual(['2026-06-25', '2026-07-25', '2026-08-25', '2026-09-25', '2026-10-25', '2026-11-25', '2026-12-25'])
  })

  it('repeats “ngày 20 tháng cuối quý” on the 20th of March, June, September and December', () => {
    expect(expand(summaryStarts(components, '4'), 5)).toEqual(['2026-06-20', '2026-09-20', '2026-12-20', '2027-03-20', '2027-06-20'])
  })

  it('makes each occurrence one whole day', () => {
    for (const label of ['2', '3', '4']) {
      const entry = summaryStarts(components, label)
      const start = entry.getFirstPropertyValue('dtstart') as ICAL.Time
      const end = entry.getFirstPropertyValue('dtend') as ICAL.Time
      expect(end.subtractDate(start).toSeconds()).toBe(24 * 60 * 60)
    }
  })

  it('gives the same bytes whatever the machine’s time zone', () => {
    const saved = process.env['TZ']
    try {
      const outputs = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York'].map((zone) => {
        process.env['TZ'] = zone
        return [ics.emit([notice], context()), ics.emit([notice], context({todo: true}))]
      })
      for (const output of outputs) expect(output).toEqual(outputs[0])
    } finally {
      if (saved === undefined) delete process.env['TZ']
      else process.env['TZ'] = saved
    }
  })

  it('--todo: a repeating to-do starts on its first day, repeats, has no DUE and reminds from its start', () => {
    const todoText = ics.emit([notice], context({todo: true, remind: [{minutes: 1440}]}))
    expect(checkCalendar(todoText)).toEqual([])
    const todos = read(todoText).components
    expect(todoText).toContain('DUE;TZID=Asia/Ho_Chi_Minh:20260612T170000\r\n')
    const weekly = summaryStarts(todos, '2')
    expect(weekly.getFirstPropertyValue('due')).toBeNull()
    expect(expand(weekly, 3)).toEqual(['2026-06-05', '2026-06-12', '2026-06-19'])
    expect(weekly.getFirstSubcomponent('valarm')?.getFirstProperty('trigger')?.getParameter('related')).toBeUndefined()
    expect(summaryStarts(todos, '1').getFirstSubcomponent('valarm')?.getFirstProperty('trigger')?.getParameter('related')).toBe('END')
    // A to-do's UID differs from the event's, as for deadlines.
    const eventUids = new Set(components.map((component) => component.getFirstPropertyValue('uid')))
    expect(todos.some((todo) => eventUids.has(todo.getFirstPropertyValue('uid')))).toBe(false)
  })
})

describe('a constructed model', () => {
  const position = (line: number) => ({start: {line, column: 1, offset: line * 100}, end: {line, column: 20, offset: line * 100 + 19}})
  const makeTask = (id: string, overrides: Partial<Task> = {}): Task => ({
    id,
    part: null,
    number: `${id}.`,
    parent: null,
    text: 'Văn phòng báo cáo định kỳ thứ Sáu hằng tuần.',
    assignees: [{name: 'Văn phòng', role: 'responsible', inherited: false}],
    deadlines: [],
    recurrence: 'hằng tuần',
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
    references: [],
    position: position(3),
    ...overrides
  })
  const build = (tasks: Task[], date: string | null, received: string | null = null): Notice => ({
    ...notice,
    document: {...notice.document, date},
    receipt: received === null ? null : {office: null, number: '12', date: received, forwardedTo: null, file: null, position: position(1)},
    tasks
  })
  const starts = (model: Notice): Array<[string, string | null]> =>
    read(ics.emit([model], context())).components.map((component) => [
      String(component.getFirstPropertyValue('dtstart')).slice(0, 10),
      component.getFirstPropertyValue('rrule')?.toString() ?? null
    ])

  it('starts from the receipt date when the document has none', () => {
    expect(starts(build([makeTask('1')], null, '2026-06-06'))).toEqual([['2026-06-12', 'FREQ=WEEKLY;BYDAY=FR']])
  })

  it('places no repeating work without a document or receipt date, and still writes a valid calendar', () => {
    const model = build([makeTask('1'), makeTask('2', {deadlines: [{date: '2026-07-01', kind: 'before', raw: 'trước ngày 01/7/2026', time: null, inherited: false, position: position(4)}]})], null)
    const output = ics.emit([model], context())
    expect(checkCalendar(output)).toEqual([])
    expect(starts(model)).toEqual([['2026-07-01', null]])
  })

  it('keeps a repeating task’s deadlines as events of their own, with UIDs apart from its rule’s', () => {
    const task = makeTask('1', {deadlines: [{date: '2026-06-30', kind: 'before', raw: 'trước ngày 30/6/2026', time: null, inherited: false, position: position(3)}]})
    const {components} = read(ics.emit([build([task], '2026-06-02')], context()))
    expect(components.map((component) => [String(component.getFirstPropertyValue('dtstart')), component.getFirstPropertyValue('rrule')?.toString() ?? null])).toEqual([
      ['2026-06-30', null],
      ['2026-06-05', 'FREQ=WEEKLY;BYDAY=FR']
    ])
    expect(new Set(components.map((component) => component.getFirstPropertyValue('uid'))).size).toBe(2)
  })

  it('keeps the UID of repeating work when its rule is read better (an UNTIL added)', () => {
    const uidOf = (rrule: string): unknown => read(ics.emit([build([makeTask('1', {rrule})], '2026-06-02')], context())).components[0]?.getFirstPropertyValue('uid')
    expect(uidOf('FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231')).toBe(uidOf('FREQ=WEEKLY;BYDAY=FR'))
  })

  it('puts a heading’s rule on the items that carry it, not again on the heading', () => {
    const model = build(
      [
        makeTask('1', {text: 'Định kỳ thứ Sáu hằng tuần, Văn phòng báo cáo:'}),
        makeTask('1.a', {number: 'a)', parent: '1', text: 'tình hình thực hiện;'}),
        makeTask('1.b', {number: 'b)', parent: '1', text: 'khó khăn, vướng mắc.'}),
        makeTask('2', {rrule: 'FREQ=MONTHLY;BYMONTHDAY=25'}),
        makeTask('2.a', {number: 'a)', parent: '2', rrule: null, recurrence: 'thường xuyên', text: 'theo dõi thường xuyên.'})
      ],
      '2026-06-02'
    )
    // 2's own items: a) keeps "thường xuyên" without a rule, so 2 keeps its rule.
    const labels = read(ics.emit([model], context())).components.map((component) => String(component.getFirstPropertyValue('summary')).slice(0, 4))
    expect(labels).toEqual(['1 a)', '1 b)', '2 Vă'])
  })

  it('leaves out a rule that is not one, and a time that is not one keeps its day', () => {
    const model = build(
      [
        makeTask('1', {rrule: 'FREQ=WEEKLY;BYDAY=FR\r\nX-EVIL:1'}),
        makeTask('2', {rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'}),
        makeTask('3', {rrule: null, deadlines: [{date: '2026-07-10', kind: 'before', raw: 'trước 25 giờ ngày 10/7/2026', time: '25:00', inherited: false, position: position(3)}]})
      ],
      '2026-06-02'
    )
    const output = ics.emit([model], context())
    expect(checkCalendar(output)).toEqual([])
    expect(output).not.toContain('X-EVIL')
    expect(starts(model)).toEqual([['2026-07-10', null]])
  })

  it('places no repeating work that ended (UNTIL) before the document’s date', () => {
    expect(starts(build([makeTask('1', {rrule: 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20260601'})], '2026-06-02'))).toEqual([])
  })
})

describe('firstOccurrence', () => {
  const cases: Array<[rule: string, from: string, first: string | null]> = [
    ['FREQ=WEEKLY;BYDAY=FR', '2026-06-05', '2026-06-05'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', '2026-06-02', '2026-06-04'],
    ['FREQ=WEEKLY', '2026-06-02', '2026-06-02'],
    ['FREQ=DAILY', '2026-12-31', '2026-12-31'],
    ['FREQ=MONTHLY;BYMONTHDAY=25', '2026-06-26', '2026-07-25'],
    ['FREQ=MONTHLY;BYMONTHDAY=31', '2026-06-01', '2026-07-31'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '2026-02-10', '2026-02-28'],
    ['FREQ=MONTHLY;INTERVAL=3', '2026-06-02', '2026-06-02'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20', '2026-06-21', '2026-07-20'],
    ['FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20', '2026-06-21', '2026-09-20'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2026-12-16', '2027-12-15'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2097-03-01', '2104-02-29'],
    ['FREQ=YEARLY', '2026-06-02', '2026-06-02'],
    ['FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20260624', '2026-06-02', null],
    ['FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20260625', '2026-06-02', '2026-06-25'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01', null],
    ['FREQ=HOURLY', '2026-06-02', null],
    ['BYDAY=FR', '2026-06-02', null],
    ['FREQ=WEEKLY', 'not a date', null]
  ]
  for (const [rule, from, first] of cases) {
    it(`${rule} from ${from}`, () => expect(firstOccurrence(rule, from)).toBe(first))
  }

  // ical.js 2 starts its iterator at the first day on or after DTSTART that the rule names, so started at
  // `from` it finds the same day; except with an INTERVAL and a fixed day, where the months it counts
  // start at `from` rather than at the first occurrence, and for a 29 February years away, where it gives
  // up and yields DTSTART itself.
  it('agrees with ical.js', () => {
    const checked = cases.filter(([rule, , first]) => first !== null && !(rule.includes('INTERVAL') && rule.includes('BY')) && first !== '2104-02-29')
    expect(checked).toHaveLength(12)
    for (const [rule, from, first] of checked) {
      expect(ICAL.Recur.fromString(rule).iterator(ICAL.Time.fromDateString(from)).next()?.toString(), rule).toBe(first)
    }
  })
})

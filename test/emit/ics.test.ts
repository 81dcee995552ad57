/**
 * The iCalendar emitter end to end: every calendar is read back with ical.js and checked against the
 * model (dates, summary, description, categories, alarms) and passes the strict checker. The seed
 * notice's events are listed by hand from the text; the timed path uses a constructed model here, and
 * ics-rrule.test.ts reads times and repeating work from text.
 */
import {readdirSync, readFileSync} from 'node:fs'
import ICAL from 'ical.js'
import {describe, expect, it} from 'vitest'
import ics from '../../src/emit/ics.js'
import type {EmitContext} from '../../src/emit/emitter.js'
import type {Notice, Task} from '../../src/model/schema.js'
import {parseNotice} from '../../src/pipeline.js'
import {checkCalendar} from './ics-checker.js'

// ical.js does not know these calendar properties and would hand back their TEXT values still escaped.
for (const name of ['x-wr-calname', 'name']) (ICAL.design.icalendar.property as Record<string, {defaultType: string}>)[name] = {defaultType: 'text'}

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seed = parseNotice(readFileSync(seedPath), {path: seedPath})

function context(options: Record<string, unknown> = {}, env: Record<string, string | undefined> = {}): EmitContext {
  return {multiple: false, today: '2026-06-01', options, env}
}

interface ReadEvent {
  component: ICAL.Component
  kind: 'vevent' | 'vtodo'
  uid: string
  summary: string
  description: string
  categories: string[]
  /** `YYYY-MM-DD` for all-day entries. */
  date: string
  isDate: boolean
  end: string | null
  triggers: number[]
  related: string[]
}

/** Parses a calendar with ical.js into plain values. */
function read(text: string): {calendar: ICAL.Component; events: ReadEvent[]} {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')].map((component): ReadEvent => {
    const kind = component.name === 'vtodo' ? 'vtodo' : 'vevent'
    // A repeating to-do has its first day as DTSTART and no DUE.
    const start = (component.getFirstPropertyValue(kind === 'vevent' ? 'dtstart' : 'due') ?? component.getFirstPropertyValue('dtstart')) as ICAL.Time
    const end = component.getFirstPropertyValue('dtend') as ICAL.Time | null
    const alarms = component.getAllSubcomponents('valarm')
    return {
      component,
      kind,
      uid: String(component.getFirstPropertyValue('uid')),
      summary: String(component.getFirstPropertyValue('summary')),
      description: String(component.getFirstPropertyValue('description')),
      categories: (component.getFirstProperty('categories')?.getValues() ?? []).map(String),
      date: start.toString().slice(0, 10),
      isDate: start.isDate,
      end: end ? end.toString() : null,
      triggers: alarms.map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
      related: alarms.map((alarm) => String(alarm.getFirstProperty('trigger')?.getParameter('related') ?? 'START'))
    }
  })
  return {calendar, events}
}

function task(notice: Notice, id: string): Task {
  const found = notice.tasks.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no task ${id}`)
  return found
}

const day = 24 * 60 * 60

// Read off the text by hand (lines 82–106): the four items of 7.1 share "Các nhiệm vụ trên hoàn thành
// trước ngày 30/6/2026" (line 90); 7.2 (3) has two deadlines in two sentences; 7.2 (5) and 7.4 have none.
const seedEvents: Array<{label: string; id: string; date: string; lead: string; categories?: string[]}> = [
  {label: 'II.7.1 (1)', id: 'II.7.1.1', date: '2026-06-30', lead: 'Đảng ủy Ủy ban nhân dân thành phố'},
  {label: 'II.7.1 (2)', id: 'II.7.1.2', date: '2026-06-30', lead: 'Đảng ủy Ủy ban nhân dân thành phố'},
  // "Chỉ đạo các sở, ngành tiếp tục rà soát …": the sở, ngành carry it out.
  {label: 'II.7.1 (3)', id: 'II.7.1.3', date: '2026-06-30', lead: 'các sở, ngành', categories: ['các sở, ngành', 'Đảng ủy Ủy ban nhân dân thành phố']},
  {label: 'II.7.1 (4)', id: 'II.7.1.4', date: '2026-06-30', lead: 'Đảng ủy Ủy ban nhân dân thành phố'},
  {label: 'II.7.2 (1)(i)', id: 'II.7.2.1.i', date: '2026-06-05', lead: 'Ban Tổ chức Thành ủy'},
  {label: 'II.7.2 (1)(ii)', id: 'II.7.2.1.ii', date: '2026-06-12', lead: 'Ban Tổ chức Thành ủy'},
  {label: 'II.7.2 (2)', id: 'II.7.2.2', date: '2026-06-30', lead: 'Ban Tổ chức Thành ủy'},
  {label: 'II.7.2 (3)', id: 'II.7.2.3', date: '2026-06-15', lead: 'Ban Tổ chức Thành ủy'},
  {label: 'II.7.2 (3)', id: 'II.7.2.3', date: '2026-06-30', lead: 'Ban Tổ chức Thành ủy'},
  {label: 'II.7.2 (4)', id: 'II.7.2.4', date: '2026-07-15', lead: 'Ban Tổ chức Thành ủy'},
  {label: 'II.7.3', id: 'II.7.3', date: '2026-07-15', lead: 'Đảng ủy Mặt trận Tổ quốc Việt Nam thành phố'}
]

describe('the seed notice as a calendar', () => {
  const text = ics.emit([seed], context())
  const {calendar, events} = read(text)

  it('passes the strict checker', () => {
    expect(checkCalendar(text)).toEqual([])
  })

  it('has exactly the 11 (task, deadline) events read off the text, in document order', () => {
    expect(events.map((event) => [event.summary.split(' ').slice(0, event.summary.startsWith('II.7.3') ? 1 : 2).join(' '), event.date])).toEqual(
      seedEvents.map((expected) => [expected.label, expected.date])
    )
  })

  it('puts the shared 30/6 deadline on each item of 7.1 and never on 7.1 itself as well', () => {
    const june30 = events.filter((event) => event.date === '2026-06-30').map((event) => event.summary.slice(0, 10))
    expect(june30).toEqual(['II.7.1 (1)', 'II.7.1 (2)', 'II.7.1 (3)', 'II.7.1 (4)', 'II.7.2 (2)', 'II.7.2 (3)'])
    expect(events.some((event) => /^II\.7\.1 [^(]/.test(event.summary))).toBe(false)
  })

  it('makes each event all-day: DTSTART a date, DTEND the next day', () => {
    for (const event of events) {
      expect(event.isDate).toBe(true)
      const next = new Date(`${event.date}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 1)
      expect(event.end).toBe(next.toISOString().slice(0, 10))
    }
  })

  it('sums up each event with its number path (as every view cites it), action and lead body', () => {
    for (const [index, expected] of seedEvents.entries()) {
      const event = events[index]!
      expect(event.summary.startsWith(`${expected.label} `)).toBe(true)
      expect(event.summary.endsWith(` — ${expected.lead}`)).toBe(true)
      expect([...event.summary].length).toBeLessThanOrEqual(expected.label.length + 62 + expected.lead.length + 3)
    }

    expect(events[4]?.summary).toBe('II.7.2 (1)(i) Bổ sung hoàn thiện báo cáo của Ban Thường vụ Thành ủy trình… — Ban Tổ chức Thành ủy')
    // 7.3 opens with who directs; the summary says what to do.
    expect(events[10]?.summary).toMatch(/^II\.7\.3 Hoàn thành việc sắp xếp, tinh gọn các Hội quần chúng/)
    // The two deadlines of 7.2 (3) are told apart by their sentences.
    expect(events[7]?.summary).toMatch(/^II\.7\.2 \(3\) Khẩn trương thẩm định/)
    expect(events[8]?.summary).toMatch(/^II\.7\.2 \(3\) Tham mưu xây dựng kế hoạch rà soát/)
  })

  it('describes the whole task, every assignee with its role, the document, the source line and the task id', () => {
    for (const [index, expected] of seedEvents.entries()) {
      const event = events[index]!
      const model = task(seed, expected.id)
      const deadline = model.deadlines.find((each) => each.date === expected.date)!
      expect(event.description).toContain(model.text)
      for (const assignee of model.assignees) expect(event.description).toContain(assignee.name)
      const roles = {directing: 'Chỉ đạo', lead: 'Chủ trì', support: 'Phối hợp', responsible: 'Thực hiện'}
      for (const assignee of model.assignees) expect(event.description).toMatch(new RegExp(`${roles[assignee.role]}: [^\\n]*${escapeRegExp(assignee.name)}`))
      expect(event.description).toContain(`Hạn: ${deadline.raw} (${expected.date.split('-').reverse().join('/')})`)
      expect(event.description).toContain('Văn bản: Thông báo')
      expect(event.description).toContain(`Trích yếu: ${seed.document.title}`)
      expect(event.description).toContain('Đến: số 41037, ngày 06/06/2026')
      expect(event.description).toContain(`Nguồn: ${seedPath}, dòng ${model.position.start.line}`)
      // The id the diagnostics, the outline, the checklist and the CSV name the task by.
      expect(event.description).toContain(`\nMã nhiệm vụ: ${expected.id}`)
      expect(event.description.startsWith(`${expected.label} ${model.text}`)).toBe(true)
    }

    expect(events[0]?.description).toContain('hạn chung của nhóm nhiệm vụ')
    expect(events[0]?.description).toContain('(hạn ở dòng 90)')
    expect(events[4]?.description).toMatch(/\nThuộc: II\.7\.2 \(1\) Tiếp thu ý kiến/)
    expect(events[4]?.description).toMatch(/dòng 94\nMã nhiệm vụ: II\.7\.2\.1\.i$/)
  })

  it('files each event under its lead body, commas and all', () => {
    for (const [index, expected] of seedEvents.entries()) expect(events[index]?.categories).toEqual(expected.categories ?? [expected.lead])
  })

  it('reminds 3 days and 1 day before by default', () => {
    for (const event of events) {
      expect(event.triggers).toEqual([-3 * day, -1 * day])
      expect(event.related).toEqual(['START', 'START'])
    }
  })

  it('names the calendar after the document and declares the Vietnam time zone', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Thông báo: KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY tại Hội nghị sơ kết 1…')
    expect(calendar.getFirstPropertyValue('name')).toBe(calendar.getFirstPropertyValue('x-wr-calname'))
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh')
  })

  it('stamps every event with the date the notice was received (it bears no date of its own), midnight in Vietnam', () => {
    for (const event of events) expect(String(event.component.getFirstPropertyValue('dtstamp'))).toBe('2026-06-05T17:00:00Z')
  })

  it('gives stable, distinct UIDs', () => {
    expect(new Set(events.map((event) => event.uid)).size).toBe(11)
    // As before the id was added to the description (README): importing again updates the same events.
    expect(events[4]?.uid).toBe('5c7248baf74a8bff82d734c2d5a70629@directive')
    expect(read(ics.emit([parseNotice(readFileSync(seedPath), {path: 'elsewhere.txt'})], context())).events.map((event) => event.uid)).toEqual(
      events.map((event) => event.uid)
    )
  })
})

describe('the machine’s time zone', () => {
  it('changes no byte (events and to-dos, dates and times)', () => {
    const saved = process.env['TZ']
    const outputs = (zone: string): string[] => {
      // Node re-reads TZ when it is assigned, so Date in this process switches zones here.
      process.env['TZ'] = zone
      return [ics.emit([seed], context()), ics.emit([seed], context({todo: true}))]
    }

    try {
      const reference = outputs('UTC')
      for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        const output = outputs(zone)
        // Proof the zone took effect: none of these is at UTC+0.
        expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(0)
        expect(output).toEqual(reference)
      }
    } finally {
      if (saved === undefined) delete process.env['TZ']
      else process.env['TZ'] = saved
    }
  })
})

describe('options', () => {
  it('--remind 7d,2h,1d12h', () => {
    const {events} = read(ics.emit([seed], context({remind: [{minutes: 7 * 1440}, {minutes: 120}, {minutes: 2160}]})))
    for (const event of events) expect(event.triggers).toEqual([-7 * day, -2 * 3600, -1.5 * day])
  })

  it('--no-remind', () => {
    const text = ics.emit([seed], context({remind: false}))
    expect(text).not.toContain('VALARM')
    expect(checkCalendar(text)).toEqual([])
  })

  it('--todo: VTODOs with DUE and alarms relative to it, no VEVENT, other UIDs', () => {
    const text = ics.emit([seed], context({todo: true}))
    expect(checkCalendar(text)).toEqual([])
    const {events} = read(text)
    expect(text).not.toContain('BEGIN:VEVENT')
    expect(events.map((event) => [event.kind, event.date])).toEqual(seedEvents.map((expected) => ['vtodo', expected.date]))
    for (const event of events) {
      expect(event.component.getFirstPropertyValue('status')).toBe('NEEDS-ACTION')
      expect(event.related).toEqual(['END', 'END'])
      expect(event.triggers).toEqual([-3 * day, -1 * day])
    }

    const eventUids = new Set(read(ics.emit([seed], context())).events.map((event) => event.uid))
    expect(events.some((event) => eventUids.has(event.uid))).toBe(false)
  })

  it('--calendar-name, escaped', () => {
    const text = ics.emit([seed], context({calendarName: 'Hạn; Văn phòng, "UBND"'}))
    expect(text).toContain('X-WR-CALNAME:Hạn\\; Văn phòng\\, "UBND"\r\n')
    expect(read(text).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hạn; Văn phòng, "UBND"')
  })

  it('SOURCE_DATE_EPOCH sets DTSTAMP; a malformed one is refused', () => {
    const {events} = read(ics.emit([seed], context({}, {SOURCE_DATE_EPOCH: '1780000000'})))
    expect(String(events[0]?.component.getFirstPropertyValue('dtstamp'))).toBe(new Date(1780000000 * 1000).toISOString().slice(0, 19) + 'Z')
    expect(() => ics.emit([seed], context({}, {SOURCE_DATE_EPOCH: 'yesterday'}))).toThrow(/SOURCE_DATE_EPOCH: expected whole seconds/)
  })
})

describe('a constructed model', () => {
  const base = (tasks: Task[], document: Partial<Notice['document']> = {}): Notice => ({
    ...seed,
    source: {...seed.source, path: 'constructed.txt'},
    document: {...seed.document, number: '12/TB-UBND', date: '2026-06-01', title: 'Về việc thử', ...document},
    receipt: null,
    tasks
  })
  const position = (line: number) => ({start: {line, column: 1, offset: line * 100}, end: {line, column: 20, offset: line * 100 + 19}})
  const makeTask = (id: string, overrides: Partial<Task>): Task => ({
    id,
    part: null,
    number: '1.',
    parent: null,
    text: 'Sở Nội vụ chủ trì, hoàn thành trước 17 giờ ngày 10/7/2026.',
    assignees: [{name: 'Sở Nội vụ', role: 'lead', inherited: false}],
    deadlines: [],
    recurrence: null,
    rrule: null,
    references: [],
    position: position(3),
    ...overrides
  })

  it('writes a timed deadline with TZID=Asia/Ho_Chi_Minh, a VTIMEZONE, no DTEND, and the right instant', () => {
    const notice = base([makeTask('1', {deadlines: [{date: '2026-07-10', kind: 'before', raw: 'trước 17 giờ ngày 10/7/2026', time: '17:00', inherited: false, position: position(3)}]})])
    const text = ics.emit([notice], context())
    expect(checkCalendar(text)).toEqual([])
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260710T170000\r\n')
    expect(text).not.toContain('DTEND')
    const {calendar, events} = read(text)
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!)
    const start = events[0]!.component.getFirstPropertyValue('dtstart') as ICAL.Time
    expect(start.isDate).toBe(false)
    expect(start.zone?.tzid).toBe('Asia/Ho_Chi_Minh')
    expect(start.toUnixTime()).toBe(Date.UTC(2026, 6, 10, 10, 0) / 1000)
    expect(events[0]?.description).toContain('Hạn: trước 17 giờ ngày 10/7/2026 (17:00 10/07/2026)')
    expect(events[0]?.triggers).toEqual([-3 * day, -1 * day])
    // The document's own date, midnight in Vietnam.
    expect(String(events[0]?.component.getFirstPropertyValue('dtstamp'))).toBe('2026-05-31T17:00:00Z')

    const todo = ics.emit([notice], context({todo: true}))
    expect(checkCalendar(todo)).toEqual([])
    expect(todo).toContain('DUE;TZID=Asia/Ho_Chi_Minh:20260710T170000\r\n')
  })

  it('keeps commas, semicolons, backslashes, line breaks and NFD text intact through escaping and folding', () => {
    const lead = 'Sở Nội vụ, Sở Tài chính; UBND\\quận'
    const text1 = `Rà soát “đề án”; báo cáo, đề xuất:\nbước 1\\2 ${'nghiệp vụ '.normalize('NFD').repeat(12)}`
    const notice = base([
      makeTask('1', {
        text: text1,
        assignees: [
          {name: lead, role: 'lead', inherited: false},
          {name: 'Sở Y tế', role: 'lead', inherited: false}
        ],
        deadlines: [{date: '2026-08-31', kind: 'on', raw: 'ngày 31/8/2026', time: null, inherited: false, position: position(3)}]
      })
    ])
    const text = ics.emit([notice], context())
    expect(checkCalendar(text)).toEqual([])
    const {events} = read(text)
    expect(events[0]?.categories).toEqual([lead, 'Sở Y tế'])
    expect(events[0]?.description.startsWith(`1 ${text1}\n`)).toBe(true)
    expect(events[0]?.summary).toBe(`1 Rà soát “đề án” — ${lead}`)
  })

  it('one event per (task, date), a parent’s deadline only on the children that inherit it, across levels', () => {
    const shared = {date: '2026-09-30', kind: 'before' as const, raw: 'trước ngày 30/9/2026', time: null, inherited: false, position: position(10)}
    const notice = base([
      makeTask('1', {number: '1.', deadlines: [shared]}),
      makeTask('1.a', {number: 'a)', parent: '1', deadlines: [{...shared, inherited: true}]}),
      makeTask('1.a.b1', {number: '-', parent: '1.a', deadlines: [{...shared, inherited: true}, {...shared, raw: 'ngày 30/9/2026', position: position(12)}]}),
      makeTask('1.b', {number: 'b)', parent: '1', deadlines: [{...shared, date: '2026-10-15', raw: 'trước ngày 15/10/2026', position: position(14)}]})
    ])
    const {events} = read(ics.emit([notice], context()))
    // The bullet under a) carries the date, as a bullet is counted in every view's number path.
    expect(events.map((event) => [event.summary.split(' Sở')[0], event.date])).toEqual([
      ['1 a) •1', '2026-09-30'],
      ['1 b)', '2026-10-15']
    ])
  })

  it('several notices merge into one calendar; the same notice twice does not repeat its events', () => {
    const other = parseNotice(readFileSync('fixtures/corpus/022.txt'), {path: 'fixtures/corpus/022.txt'})
    const text = ics.emit([seed, other, seed], context({}))
    expect(checkCalendar(text)).toEqual([])
    const {calendar, events} = read(text)
    expect(text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1)
    expect(events.length).toBe(11 + read(ics.emit([other], context())).events.length)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Thông báo: KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY tại Hội nghị sơ kết 1…; Thông báo 163/TB-VPCP'
    )
  })

  it('a notice without deadlines still gives a valid calendar', () => {
    const text = ics.emit([base([])], context())
    expect(checkCalendar(text)).toEqual([])
    expect(read(text).events).toEqual([])
  })
})

describe('every corpus document', () => {
  const files = readdirSync('fixtures/corpus').filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  for (const name of files) {
    it(name, () => {
      const path = `fixtures/corpus/${name}`
      const notice = parseNotice(readFileSync(path), {path})
      for (const todo of [false, true]) {
        const text = ics.emit([notice], context({todo}))
        expect(checkCalendar(text)).toEqual([])
        const {events} = read(text)
        for (const event of events) {
          const [label] = event.summary.split(' ')
          expect(label).toBeTruthy()
          // Repeating work is owned by the tasks with its rule, a deadline by the tasks due that day.
          const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur | null
          const owners = notice.tasks.filter((candidate) =>
            rule
              ? candidate.rrule !== null && ICAL.Recur.fromString(candidate.rrule).toString() === rule.toString()
              : candidate.deadlines.some((deadline) => deadline.date === event.date)
          )
          expect(owners.length, `${event.summary} on ${event.date}`).toBeGreaterThan(0)
          expect(owners.some((owner) => event.description.includes(owner.text))).toBe(true)
        }

        // Never more events than (task, deadline) pairs and rules, never fewer than the tasks with a deadline of their own.
        const pairs = notice.tasks.reduce((sum, each) => sum + new Set(each.deadlines.map((deadline) => deadline.date)).size + (each.rrule ? 1 : 0), 0)
        const own = notice.tasks.filter((each) => each.deadlines.some((deadline) => !deadline.inherited)).length
        expect(events.length).toBeLessThanOrEqual(pairs)
        expect(events.length).toBeGreaterThanOrEqual(Math.min(own, 1))
      }
    })
  }
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The CSV for Excel, read back with a real CSV parser (csv-parse): one row per (task, deadline), every
 * row as wide as the header, CRLF rows, a BOM unless asked not to, and no cell Excel would run as a formula.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {emitters} from '../../src/emit/index.js'
import {defuse, delimiterArgument, field} from '../../src/emit/tasks-view/spreadsheet.js'
import {numberPath} from '../../src/emit/tasks-view/number-path.js'
import type {Notice} from '../../src/model/schema.js'
import {notice as repeating} from './repeating-notice.js'

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seed = parseNotice(readFileSync(seedPath), {path: seedPath})
const trigger = /^[=+\-@\t\r]/u

function csv(notices: Notice[], options: Record<string, unknown> = {}, today = '2026-06-10'): string {
  const emitter = emitters['csv']
  if (!emitter) throw new Error('csv is not registered')
  return emitter.emit(notices, {multiple: notices.length > 1, today, options: {bom: true, delimiter: ',', ...options}, env: {}})
}

function rows(text: string, delimiter = ','): string[][] {
  return parse(text, {bom: true, delimiter, relaxColumnCount: false}) as string[][]
}

// The header order is a contract with the sheets people build on it: columns added later go last ('part',
// then 'deadline_time', 'rhythm' and 'rrule', then the routing table's 'routing_lead' and 'routing_participate').
const english = [
  'document', 'file', 'task_id', 'number', 'text', 'lead', 'support', 'directing', 'deadline', 'deadline_dmy',
  'deadline_kind', 'deadline_text', 'inherited', 'urgency', 'days', 'recurrence', 'line', 'part',
  'deadline_time', 'rhythm', 'rrule', 'routing_lead', 'routing_participate'
]

describe('CSV of the seed notice, today 10/06/2026', () => {
  const text = csv([seed], {lang: 'en'})
  const [header, ...body] = rows(text)
  const column = (name: string): number => english.indexOf(name)
  const row = (id: string, date = ''): string[] => {
    const found = body.find((cells) => cells[column('task_id')] === id && cells[column('deadline')] === date)
    if (!found) throw new Error(`no row ${id} ${date}`)
    return found
  }

  it('starts with a BOM, ends rows with CRLF and has one row per (task, deadline) under a header', () => {
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u)
    expect(header).toEqual(english)
    // The 19 checklist items: 11 (task, deadline) pairs and 8 tasks without a deadline; 7.2 (3) has two.
    // 7.1. has none of its own: its 30/06/2026 is on each of its four items.
    expect(body).toHaveLength(19)
    expect(body.map((cells) => cells[column('task_id')])).not.toContain('II.7.1')
    for (const cells of body) expect(cells).toHaveLength(english.length)
    expect(body.filter((cells) => cells[column('task_id')] === 'II.7.2.3').map((cells) => cells[column('deadline')])).toEqual([
      '2026-06-15',
      '2026-06-30'
    ])
  })

  it('gives the document, ids, number path, people, dates and source line of a task', () => {
    const cells = row('II.7.2.1.i', '2026-06-05')
    expect(cells[column('document')]).toBe('Thông báo 000_6f075bdf8dff8ead.txt')
    expect(cells[column('file')]).toBe(seedPath)
    expect(cells[column('number')]).toBe('II.7.2 (1)(i)')
    expect(cells[column('text')]).toBe(seed.tasks.find((task) => task.id === 'II.7.2.1.i')?.text)
    expect(cells[column('lead')]).toBe('Ban Tổ chức Thành ủy')
    expect(cells[column('support')]).toBe('các cơ quan liên quan')
    expect(cells[column('directing')]).toBe('Phó Bí thư Thường trực Thành ủy')
    expect(cells[column('deadline_dmy')]).toBe('05/06/2026')
    expect(cells[column('deadline_kind')]).toBe('before')
    expect(cells[column('deadline_text')]).toBe('trước ngày 05/6/2026')
    expect(cells[column('inherited')]).toBe('no')
    expect(cells[column('urgency')]).toBe('Overdue')
    expect(cells[column('days')]).toBe('5 days overdue')
    expect(cells[column('line')]).toBe('94')
  })

  it('marks inherited deadlines and leaves the date columns empty without a deadline', () => {
    expect(row('II.7.1.1', '2026-06-30')[column('inherited')]).toBe('yes')
    const none = row('II.7.2.5')
    expect(none.slice(column('deadline'), column('inherited') + 1)).toEqual(['', '', '', '', ''])
    expect(none[column('urgency')]).toBe('No deadline')
    expect(row('II.7.4')[column('recurrence')]).toBe('thường xuyên')
  })

  it('leaves the time and rhythm columns empty for a notice without them', () => {
    for (const cells of body) expect(cells.slice(column('deadline_time'), column('rrule') + 1)).toEqual(['', '', ''])
  })

  it('names every task by its id and its number path, as the outline, the checklist and the calendar do', () => {
    const byId = new Map(seed.tasks.map((task) => [task.id, task]))
    for (const cells of body) {
      const task = byId.get(cells[column('task_id')] ?? '')
      expect(task, cells[column('task_id')]).toBeDefined()
      expect(cells[column('number')]).toBe(numberPath(task!, byId))
    }
  })

  it('gives the office’s routing table in the last two columns, the same on every row: expanded, the row as written kept', () => {
    const lead = 'Chủ tịch Đ.T.Trung (CT Đ.T.Trung); Phó Chủ tịch V.T.Phụng (PCT V.T.Phụng); Phòng Nội vụ và Kiểm tra, giám sát (P. NV&KT,GS)'
    for (const cells of body) expect(cells[column('routing_lead')]).toBe(lead)
    const participants = body[0]?.[column('routing_participate')]?.split('; ') ?? []
    // Eleven leaders of the office and its deputies, then the two divisions marked THAM (P. NV&KT,GS is marked in both columns).
    expect(participants).toHaveLength(13)
    expect(participants.slice(0, 2)).toEqual(['Phó Chủ tịch Thường trực L.A.Quân (PCT TT L.A.Quân)', 'Phó Chủ tịch L.T.Kiên (PCT L.T.Kiên)'])
    expect(participants.at(-1)).toBe('Phòng Hành chính - Quản trị (P. HC-QT)')
    for (const cells of body) expect(cells[column('routing_participate')]).toBe(body[0]?.[column('routing_participate')])
  })

  it('is Vietnamese by default', () => {
    const [vietnamese, first] = rows(csv([seed]))
    expect(vietnamese?.slice(0, 5)).toEqual(['Văn bản', 'Tệp', 'Mã nhiệm vụ', 'Số thứ tự', 'Nội dung'])
    expect(vietnamese?.slice(-6)).toEqual(['Phần', 'Giờ hạn', 'Lặp lại', 'Quy tắc lặp (RRULE)', 'Phân phối: Chủ trì', 'Phân phối: Tham gia'])
    expect(first?.[column('urgency')]).toBe('Không có thời hạn')
  })

  it('is the same text for the same day', () => {
    expect(csv([seed], {lang: 'en'})).toBe(text)
  })
})

describe('CSV of a notice with a time of day and repeating work', () => {
  const [, ...body] = rows(csv([repeating], {lang: 'en'}))
  const cell = (id: string, name: string): string | undefined => body.find((cells) => cells[2] === id)?.[english.indexOf(name)]

  it('gives the time in a column of its own, the date columns unchanged', () => {
    expect(['deadline', 'deadline_dmy', 'deadline_time'].map((name) => cell('1', name))).toEqual(['2026-06-12', '12/06/2026', '17:00'])
  })

  it('leaves the routing columns empty for a notice without a routing table', () => {
    expect(repeating.routing).toEqual([])
    for (const cells of body) expect(cells.slice(english.indexOf('routing_lead'))).toEqual(['', ''])
  })

  it('gives repeating work its rhythm in words and its rule', () => {
    expect(['2', '3', '4'].map((id) => [cell(id, 'recurrence'), cell(id, 'rhythm'), cell(id, 'rrule')])).toEqual([
      ['hằng tuần', 'hằng tuần, thứ Sáu', 'FREQ=WEEKLY;BYDAY=FR'],
      ['hằng tháng', 'ngày 25 hằng tháng, đến hết ngày 31/12/2026', 'FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20261231'],
      ['hằng quý', 'ngày 20 tháng cuối quý', 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20']
    ])
    expect(cell('1', 'rhythm')).toBe('')
  })
})

describe('CSV options', () => {
  it('--no-bom leaves out the byte order mark', () => {
    const text = csv([seed], {bom: false})
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    expect(text.startsWith('Văn bản,')).toBe(true)
  })

  it('--delimiter ; separates fields with semicolons and quotes fields that hold one', () => {
    const text = csv([seed], {delimiter: ';', lang: 'en'})
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${english.join(';')}`)
    const parsed = rows(text, ';')
    expect(parsed).toHaveLength(20)
    expect(parsed.find((cells) => cells[2] === 'II.2')?.[4]).toContain('trong sạch, vững mạnh; là một khối đoàn kết')
  })

  it.each([
    [',', ','],
    [';', ';'],
    ['tab', '\t'],
    ['\\t', '\t'],
    ['|', '|']
  ])('--delimiter %j is %j', (value, expected) => {
    expect(delimiterArgument(value)).toBe(expected)
  })

  it.each(['"', ';;', '', '\n'])('--delimiter %j is refused', (value) => {
    expect(() => delimiterArgument(value)).toThrow(/expected one character/u)
  })
})

describe('cells Excel would run as formulas', () => {
  it.each([
    ['- Sở Nội vụ chủ trì', 'Sở Nội vụ chủ trì'],
    ['+ Tiếp tục rà soát', 'Tiếp tục rà soát'],
    ['-Tiếp tục', 'Tiếp tục'],
    ['- + Rà soát', 'Rà soát'],
    ['- =1+1', "'=1+1"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-5 tỷ đồng', "'-5 tỷ đồng"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['Sở Y tế - Sở Tài chính', 'Sở Y tế - Sở Tài chính'],
    ['', '']
  ])('%j becomes %j', (value, expected) => {
    expect(defuse(value)).toBe(expected)
  })

  it('are made safe in a notice whose tasks start with bullets and formulas, and read back whole', () => {
    const notice = structuredClone(seed)
    const texts = ['- Tiếp tục quán triệt', '+ Rà soát, "sắp xếp"; báo cáo', '=HYPERLINK("http://x","y")', '@Sở Nội vụ', '-5 tỷ đồng', '\tthụt lề']
    texts.forEach((text, index) => {
      notice.tasks[index]!.text = text
    })
    notice.tasks[0]!.assignees = [{name: '- Sở Nội vụ', role: 'lead', inherited: false}]
    const parsed = rows(csv([notice], {lang: 'en'}))
    expect(parsed).toHaveLength(20)
    for (const cells of parsed) for (const cell of cells) expect(cell).not.toMatch(trigger)
    expect(parsed.slice(1, 7).map((cells) => cells[4])).toEqual([
      'Tiếp tục quán triệt',
      'Rà soát, "sắp xếp"; báo cáo',
      '\'=HYPERLINK("http://x","y")',
      "'@Sở Nội vụ",
      "'-5 tỷ đồng",
      "'\tthụt lề"
    ])
    expect(parsed[1]?.[5]).toBe('Sở Nội vụ')
  })

  it('never start a cell in any corpus document', () => {
    const folder = 'fixtures/corpus/'
    const notices = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => parseNotice(readFileSync(`${folder}${name}`), {path: `${folder}${name}`}))
    const parsed = rows(csv(notices))
    expect(parsed.length).toBeGreaterThan(300)
    for (const cells of parsed) {
      expect(cells).toHaveLength(english.length)
      for (const cell of cells) expect(cell).not.toMatch(trigger)
    }
  })
})

describe('field', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a;b', ',', 'a;b'],
    ['a;b', ';', '"a;b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"']
  ])('%j with %j is %j', (value, delimiter, expected) => {
    expect(field(value, delimiter)).toBe(expected)
  })
})

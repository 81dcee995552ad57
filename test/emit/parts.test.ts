/**
 * Attachments and appendices in the outputs: each human view shows a part's tasks under the part's title,
 * after the body's, and the CSV and the calendar name the part of each task. One small constructed
 * decision (a body task, an attached plan with two tasks, an appendix without any) runs through every
 * format; the shared grouping is checked on its own; one real decision with an attached plan (057) closes.
 */
import {readFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import ICAL from 'ical.js'
import {describe, expect, it} from 'vitest'
import {emitters} from '../../src/emit/index.js'
import {labelsFor} from '../../src/emit/tasks-view/labels.js'
import {byPart, partOf, partTitle, type PartHeading} from '../../src/emit/tasks-view/parts.js'
import {Notice, type Task} from '../../src/model/schema.js'
import {parseNotice} from '../../src/pipeline.js'
import {parseMarkdown, plain, sections} from './markdown-tree.js'

const position = (line: number) => ({start: {line, column: 1, offset: line * 100}, end: {line, column: 40, offset: line * 100 + 39}})

function task(id: string, part: string | null, number: string, text: string, date: string | null): Task {
  const deadlines = date ? [{date, kind: 'before' as const, raw: `trước ngày ${date}`, time: null, inherited: false, position: position(Number(date.slice(5, 7)))}] : []
  return {
    id,
    part,
    number,
    parent: null,
    text,
    assignees: [{name: 'Sở Nội vụ', role: 'lead', inherited: false}],
    deadlines,
    recurrence: null,
    rrule: null,
    references: [],
    position: position(id.length + 10)
  }
}

/** Checked against the schema, so the fixture is a model the pipeline could have made. */
const decision = Notice.parse({
  schemaVersion: 1,
  source: {path: 'quyet-dinh.txt', sha256: '0'.repeat(64), encoding: 'utf-8', lineCount: 60},
  document: {
    type: {code: 'QĐ', name: 'Quyết định', raw: 'QUYẾT ĐỊNH'},
    title: 'Ban hành Kế hoạch thử nghiệm',
    issuer: 'Ủy ban nhân dân tỉnh',
    number: '12/QĐ-UBND',
    date: '2026-06-01',
    place: null,
    position: null
  },
  receipt: null,
  meeting: null,
  routing: [],
  figures: [],
  findings: [],
  parts: [
    {id: 'KH', kind: 'attachment', title: 'KẾ HOẠCH Thử nghiệm chuyển đổi số', position: position(20)},
    {id: 'PLI', kind: 'appendix', title: 'PHỤ LỤC I DANH SÁCH ĐƠN VỊ', position: position(50)}
  ],
  tasks: [
    task('Điều2', null, 'Điều 2.', 'Giao Sở Nội vụ tổ chức thực hiện Quyết định này.', '2026-06-30'),
    task('KH.II.1', 'KH', '1.', 'Rà soát thủ tục hành chính trên môi trường số.', '2026-07-15'),
    task('KH.II.2', 'KH', '2.', 'Tập huấn cán bộ về chuyển đổi số.', null)
  ],
  references: [],
  recipients: [],
  signature: null,
  diagnostics: []
})

function emit(format: string, notices: Notice[], options: Record<string, unknown> = {}): string {
  const emitter = emitters[format]
  if (!emitter) throw new Error(`${format} is not registered`)
  return emitter.emit(notices, {multiple: notices.length > 1, today: '2026-06-10', options, env: {}})
}

/** Index of the first line equal to `line` at or after `from` (-1 when there is none). */
function lineAt(lines: string[], line: string | RegExp, from = 0): number {
  const index = lines.slice(from).findIndex((each) => (typeof line === 'string' ? each === line : line.test(each)))
  return index === -1 ? -1 : index + from
}

describe('every format on a decision with an attached plan and an empty appendix', () => {
  const cases: {format: string; name: string; options?: Record<string, unknown>; check(output: string): void}[] = [
    {
      format: 'text',
      name: 'body tasks, then each part under its title in the same layout, under the heading of its section; an empty part says so',
      check(output) {
        const lines = output.split('\n')
        const body = lineAt(lines, 'Nhiệm vụ (1):')
        const plan = lineAt(lines, 'Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số')
        const appendix = lineAt(lines, 'PHỤ LỤC I DANH SÁCH ĐƠN VỊ')
        expect(body).toBeGreaterThan(0)
        expect(lineAt(lines, /^ {2}Điều 2\. Giao Sở Nội vụ/u)).toBeGreaterThan(body)
        expect(lineAt(lines, /^ {2}Điều 2\. /u)).toBeLessThan(plan)
        expect(lines[plan - 1]).toBe('')
        expect(lines[plan + 1]).toBe('Nhiệm vụ (2):')
        // KH.II.1 stands in section II of the plan: a heading, then its tasks indented under it.
        expect(lines[plan + 2]).toBe('  Mục II')
        expect(lines[plan + 3]).toMatch(/^ {4}1\. Rà soát thủ tục hành chính trên môi trường số\. {2}\[KH\.II\.1, dòng \d+\]$/u)
        expect(lineAt(lines, /^ {4}2\. Tập huấn cán bộ/u, plan)).toBeGreaterThan(plan + 3)
        expect(appendix).toBeGreaterThan(plan)
        expect(lines[appendix + 1]).toBe('  (không có nhiệm vụ)')
      }
    },
    {
      format: 'checklist',
      name: 'a sub-heading per part inside each urgency section, after the body’s items; no heading for a part without items',
      check(output) {
        // Each item by its "path text" piece, between the deadline and the bodies.
        const what = (text: string) => text.split(' — ').find((piece) => /^(?:Điều|KH)/u.test(piece))
        const found = sections(parseMarkdown(output)).map((section) => [section.depth, section.title, section.items.map((item) => what(plain(item)))])
        expect(found.slice(1)).toEqual([
          [2, 'Hạn sau 7 ngày (2)', ['Điều 2 Giao Sở Nội vụ tổ chức thực hiện Quyết định này.']],
          [3, 'Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số', ['KH.II.1 Rà soát thủ tục hành chính trên môi trường số.']],
          [2, 'Không có thời hạn (1)', []],
          [3, 'Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số', ['KH.II.2 Tập huấn cán bộ về chuyển đổi số.']]
        ])
        expect(output).not.toContain('PHỤ LỤC I')
      }
    },
    {
      format: 'checklist',
      name: 'English labels name the part’s kind in English',
      options: {lang: 'en'},
      check(output) {
        expect(output).toContain('\n### Attached: KẾ HOẠCH Thử nghiệm chuyển đổi số\n')
      }
    },
    {
      format: 'csv',
      name: 'a column with the part after the first release’s, empty in the body, the other columns where they were',
      options: {bom: false, delimiter: ','},
      check(output) {
        const [header, ...rows] = parse(output) as string[][]
        // The columns of the first release end with Dòng; Phần came next, then the time and the rhythm.
        expect(header?.slice(15)).toEqual(['Định kỳ', 'Dòng', 'Phần', 'Giờ hạn', 'Lặp lại', 'Quy tắc lặp (RRULE)', 'Phân phối: Chủ trì', 'Phân phối: Tham gia'])
        expect(rows.map((cells) => [cells[2], cells[17]])).toEqual([
          ['Điều2', ''],
          ['KH.II.1', 'Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số'],
          ['KH.II.2', 'Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số']
        ])
      }
    },
    {
      format: 'ics',
      name: 'a DESCRIPTION line naming the part of a task that stands in one, none in the body',
      check(output) {
        const calendar = new ICAL.Component(ICAL.parse(output))
        const descriptions = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('description')))
        expect(descriptions).toHaveLength(2)
        expect(descriptions[0]).not.toContain('KẾ HOẠCH')
        expect(descriptions[1]).toContain('\nTrích yếu: Ban hành Kế hoạch thử nghiệm\nKèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số\nNguồn: ')
      }
    },
    {
      format: 'html',
      name: 'one row group per part with items, under a heading row with its title; the body under the document’s name',
      check(output) {
        const groups = Array.from(output.matchAll(/<tbody>\n([\s\S]*?)\n<\/tbody>/gu), (match) => {
          const body = match[1] ?? ''
          return {
            heading: /<tr class="part"><th scope="rowgroup" colspan="6" lang="vi">(.*?)<\/th><\/tr>/u.exec(body)?.[1],
            paths: Array.from(body.matchAll(/<td class="c-path"[^>]*>(.*?) <small class="task-id">/gu), (cell) => cell[1])
          }
        })
        expect(groups).toEqual([
          {heading: 'Quyết định số 12/QĐ-UBND ngày 01/06/2026', paths: ['Điều 2']},
          {heading: 'Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số', paths: ['KH.II.1', 'KH.II.2']}
        ])
      }
    }
  ]

  for (const testCase of cases) {
    it(`${testCase.format}: ${testCase.name}`, () => {
      testCase.check(emit(testCase.format, [decision], testCase.options))
    })
  }

  it('html: a notice without parts keeps one untitled row group', () => {
    const plain = {...decision, parts: [], tasks: decision.tasks.map((each) => ({...each, part: null}))}
    const html = emit('html', [plain])
    expect(html.match(/<tbody>/gu)).toHaveLength(1)
    expect(html).not.toContain('<tr class="part">')
  })

  it('html: with several notices a part’s heading also names its document', () => {
    const html = emit('html', [decision, {...decision, source: {...decision.source, path: 'khac.txt'}, parts: [], tasks: [decision.tasks[0]!]}])
    expect(html).toContain('lang="vi">Quyết định số 12/QĐ-UBND ngày 01/06/2026 — Kèm theo: KẾ HOẠCH Thử nghiệm chuyển đổi số</th>')
  })
})

describe('byPart and partTitle', () => {
  const ids = (tasks: Task[]) => tasks.map((each) => each.id)
  const cases: {name: string; tasks: Task[]; groups: [part: string | null, ids: string[]][]}[] = [
    {name: 'body first, then the parts in document order, empty ones kept', tasks: decision.tasks, groups: [[null, ['Điều2']], ['KH', ['KH.II.1', 'KH.II.2']], ['PLI', []]]},
    {
      name: 'tasks keep their given order within a part',
      tasks: [decision.tasks[2]!, decision.tasks[0]!, decision.tasks[1]!],
      groups: [[null, ['Điều2']], ['KH', ['KH.II.2', 'KH.II.1']], ['PLI', []]]
    },
    {
      name: 'a part the notice does not list gets a group of its own, last',
      tasks: [{...decision.tasks[1]!, id: 'PLV.1', part: 'PLV'}, decision.tasks[0]!],
      groups: [[null, ['Điều2']], ['KH', []], ['PLI', []], ['PLV', ['PLV.1']]]
    }
  ]
  for (const testCase of cases) {
    it(testCase.name, () => {
      const groups = byPart(decision, testCase.tasks, (each) => each.part)
      expect(groups.map((group) => [group.part?.id ?? null, ids(group.items)])).toEqual(testCase.groups)
    })
  }

  const titles: {part: PartHeading; lang: string; title: string}[] = [
    {part: {id: 'KH', kind: 'attachment', title: 'KẾ HOẠCH Triển khai'}, lang: 'vi', title: 'Kèm theo: KẾ HOẠCH Triển khai'},
    {part: {id: 'PLI', kind: 'appendix', title: 'PHỤ LỤC I DANH MỤC'}, lang: 'vi', title: 'PHỤ LỤC I DANH MỤC'},
    {part: {id: 'PL', kind: 'appendix', title: 'Danh mục nhiệm vụ'}, lang: 'vi', title: 'Phụ lục: Danh mục nhiệm vụ'},
    {part: {id: 'PLV', kind: null, title: 'PLV'}, lang: 'vi', title: 'Phần: PLV'},
    {part: {id: 'PLI', kind: 'appendix', title: 'PHỤ LỤC I DANH MỤC'}, lang: 'en', title: 'Appendix: PHỤ LỤC I DANH MỤC'}
  ]
  for (const {part, lang, title} of titles) {
    it(`titles ${part.kind ?? 'an unknown part'} “${part.title}” (${lang}) as “${title}”`, () => {
      expect(partTitle(part, labelsFor(lang))).toBe(title)
    })
  }

  it('partOf finds a task’s part, null in the body', () => {
    expect(partOf(decision, decision.tasks[0]!)).toBeNull()
    expect(partOf(decision, decision.tasks[1]!)?.title).toBe('KẾ HOẠCH Thử nghiệm chuyển đổi số')
  })
})

describe('057: a decision with its attached plan', () => {
  const path = 'fixtures/corpus/057.txt'
  const notice = parseNotice(readFileSync(path), {path})

  it('the outline lists the body’s tasks, then the plan’s under its title', () => {
    const inPlan = notice.tasks.filter((each) => each.part === 'KH')
    expect(notice.parts.map((part) => [part.id, part.kind])).toEqual([['KH', 'attachment']])
    expect(inPlan.length).toBeGreaterThan(10)
    const lines = emit('text', [notice]).split('\n')
    const heading = lineAt(lines, 'Kèm theo: KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN')
    expect(lines[heading + 1]).toBe(`Nhiệm vụ (${inPlan.length}):`)
    expect(lineAt(lines, `Nhiệm vụ (${notice.tasks.length - inPlan.length}):`)).toBeLessThan(heading)
    // Every line of the plan's tasks comes after its heading: none is mixed into the body's list.
    const taskLines = lines.map((line, index) => [line, index] as const).filter(([line]) => / {2}\[[^\]]+, dòng \d+\]$/u.test(line))
    const lineNumbers = (tasks: Task[]) => new Set(tasks.map((each) => each.position.start.line))
    const planLines = lineNumbers(inPlan)
    for (const [line, index] of taskLines) {
      const source = Number(/, dòng (\d+)\]$/u.exec(line)?.[1])
      if (planLines.has(source)) expect(index, line).toBeGreaterThan(heading)
      else expect(index, line).toBeLessThan(heading)
    }
  })
})

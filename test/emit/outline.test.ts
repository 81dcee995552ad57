/**
 * The outline (issue 20, item 5): a heading for each numbered section of the body ("I.", "II.") that
 * tasks stand in, so two lists that both start at "1." read as two; each part's tasks under their own
 * section headings; and `--full`, which prints every task's whole text instead of one cut line. A plan
 * (001: sections II, III and IV each restart at "1."), the written notice, and models built by hand.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {emitters} from '../../src/emit/index.js'
import {sectionOf} from '../../src/emit/tasks-view/number-path.js'
import {Notice, type Task} from '../../src/model/schema.js'
import {parseNotice} from '../../src/pipeline.js'
import {notice as routed} from './routed-notice.js'

function outline(notices: Notice[], options: Record<string, unknown> = {}): string {
  const emitter = emitters['text']
  if (!emitter) throw new Error('text is not registered')
  return emitter.emit(notices, {multiple: notices.length > 1, today: '2026-06-10', options, env: {}})
}

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seed = parseNotice(readFileSync(seedPath), {path: seedPath})
const planPath = 'fixtures/corpus/001.txt'
const plan = parseNotice(readFileSync(planPath), {path: planPath})

const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}
function task(id: string, number: string, parent: string | null = null, part: string | null = null): Task {
  return {id, part, number, parent, text: `Nhiệm vụ ${id}.`, assignees: [], deadlines: [], recurrence: null, rrule: null, references: [], position}
}

/** A model with the given tasks (checked against the schema) and, optionally, parts. */
function model(tasks: Task[], parts: Notice['parts'] = []): Notice {
  return Notice.parse({
    schemaVersion: 1,
    source: {path: 'tay.txt', sha256: '0'.repeat(64), encoding: 'utf-8', lineCount: 10},
    document: {type: {code: 'KH', name: 'Kế hoạch', raw: 'KẾ HOẠCH'}, title: null, issuer: null, number: null, date: null, place: null, position: null},
    receipt: null,
    meeting: null,
    routing: [],
    figures: [],
    findings: [],
    parts,
    tasks,
    references: [],
    recipients: [],
    signature: null,
    diagnostics: []
  })
}

describe('section headings', () => {
  it('heads each section’s list, so the lists that restart at “1.” read apart (001: II, III, IV)', () => {
    const lines = outline([plan]).split('\n')
    const headings = lines.flatMap((line, index) => (/^ {2}Mục /u.test(line) ? [[line, lines[index + 1]?.slice(0, 7)]] : []))
    expect(headings).toEqual([
      ['  Mục II', '    1. '],
      ['  Mục III', '    1. '],
      ['  Mục IV', '    1. ']
    ])
    // Every task line of a section is indented under its heading.
    for (const line of lines.filter((each) => /\[(?:II|III|IV)\.[^\]]*, dòng \d+\]$/u.test(each))) expect(line).toMatch(/^ {4}/u)
  })

  it('heads the written notice’s two sections, each list starting at 1.', () => {
    const lines = outline([routed]).split('\n')
    const start = lines.indexOf('Nhiệm vụ (3):')
    expect(lines.slice(start, start + 10).filter((line) => !/^ {7}/u.test(line))).toEqual([
      'Nhiệm vụ (3):',
      '  Mục I',
      '    1. Giao Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.  [I.1, dòng 27]',
      '    2. Giao Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 15/7/2026.  [I.2, dòng 29]',
      '  Mục II',
      expect.stringMatching(/^ {4}1\. Giao Sở Khoa học và Công nghệ chủ trì .* …  \[II\.1, dòng 33\]$/u)
    ])
  })

  it('heads the founding notice’s tasks with its section II, its items indented below', () => {
    const lines = outline([seed]).split('\n')
    const heading = lines.indexOf('  Mục II')
    expect(lines[heading - 1]).toBe('Nhiệm vụ (22):')
    expect(lines[heading + 1]).toMatch(/^ {4}1\. Tiếp tục quán triệt/u)
    expect(lines.find((line) => line.includes('[II.7.2.1.i, dòng 94]'))).toMatch(/^ {10}\(i\) Bổ sung hoàn thiện báo cáo/u)
  })

  it('leaves tasks outside any section unheaded and unindented, before, between and after sections', () => {
    const lines = outline([model([task('Điều1', 'Điều 1.'), task('I.1', '1.'), task('I.1.a', 'a)', 'I.1'), task('II.1', '1.'), task('Điều3', 'Điều 3.')])]).split('\n')
    const tasks = lines.slice(lines.indexOf('Nhiệm vụ (5):') + 1, lines.indexOf('Nhiệm vụ (5):') + 9).map((line) => line.replace(/ Nhiệm vụ .*$/u, ''))
    expect(tasks).toEqual(['  Điều 1.', '  Mục I', '    1.', '      a)', '  Mục II', '    1.', '  Điều 3.', ''])
  })

  it('names sections within a part, and sections that are not Roman numerals as they are', () => {
    const parts: Notice['parts'] = [{id: 'KH', kind: 'attachment', title: 'KẾ HOẠCH thử', position}]
    const lines = outline([model([task('Phần thứ nhất.1', '1.'), task('Phần thứ nhất.II.1', '1.'), task('KH.III.1', '1.', null, 'KH')], parts)]).split('\n')
    expect(lines.filter((line) => /^ {2}\S/u.test(line) && !line.includes('['))).toEqual(['  Phần thứ nhất', '  Phần thứ nhất, Mục II', '  Mục III'])
    expect(lines.indexOf('  Mục III')).toBeGreaterThan(lines.indexOf('Kèm theo: KẾ HOẠCH thử'))
  })

  it('reads a top-level task’s section from its id, without the part’s id', () => {
    expect(sectionOf(task('II.7', '7.'))).toBe('II')
    expect(sectionOf(task('KH.II.1', '1.', null, 'KH'))).toBe('II')
    expect(sectionOf(task('PL.5', '5', null, 'PL'))).toBeNull()
    expect(sectionOf(task('Điều3', 'Điều 3.'))).toBeNull()
    expect(sectionOf(task('III.p1', ''))).toBe('III')
    expect(sectionOf(task('I.1.2', '1.2.'))).toBe('I')
  })
})

describe('--full', () => {
  const cut = (task: Task) => `${task.text.slice(0, 107).replace(/\s+\S*$/u, '')} …`

  it('cuts a long task to one line by default, at a word, as before', () => {
    const text = outline([seed])
    const long = seed.tasks.filter((each) => each.text.length > 110)
    expect(long.length).toBeGreaterThan(10)
    for (const each of long) expect(text).toContain(` ${cut(each)}  [${each.id}, dòng`)
  })

  it('prints every task’s whole text, and changes nothing else', () => {
    const full = outline([seed], {full: true})
    for (const each of seed.tasks) expect(full).toContain(` ${each.text}  [${each.id}, dòng ${each.position.start.line}]\n`)
    expect(full).not.toMatch(/ …  \[/u)
    const short = outline([seed])
    expect(full.split('\n')).toHaveLength(short.split('\n').length)
    const withoutText = (text: string) => text.split('\n').map((line) => line.replace(/^( *\S+) .*( {2}\[[^\]]+\])$/u, '$1$2'))
    expect(withoutText(full)).toEqual(withoutText(short))
  })

  it('is declared by the outline as by the checklist, so `parse --full` reaches both', () => {
    expect(emitters['text']?.options?.map((option) => option.flags)).toContain('--full')
    expect(emitters['checklist']?.options?.find((option) => option.flags === '--full')).toBe(emitters['text']?.options?.find((option) => option.flags === '--full'))
  })

  it('keeps the outline a terminal format: a control character from the document shows as an escape', () => {
    const notice = structuredClone(routed)
    notice.tasks[0]!.text = `Rà soát \u001B[31m hồ sơ ${'và báo cáo kết quả '.repeat(8)}`
    for (const options of [{}, {full: true}]) {
      const text = outline([notice], options)
      expect(text).not.toContain('\u001B')
      expect(text).toContain('\\x1B[31m')
    }
  })
})

/**
 * The HTML review page of the seed notice on 10/06/2026, read back from the markup: every task is
 * highlighted over its own words, tooltips say what was read (values checked against the text), the
 * table, timeline and diagnostics hold what the model holds; the page is escaped, deterministic and
 * requests nothing.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {emitters} from '../../src/emit/index.js'
import {escapeHtml} from '../../src/emit/html/escape.js'
import {highlight} from '../../src/emit/html/highlight.js'
import {locate} from '../../src/emit/html/locate.js'
import type {Mark} from '../../src/emit/html/marks.js'
import type {Notice} from '../../src/model/schema.js'
import {rules} from '../../src/rules/index.js'
import {covered} from '../helpers.js'
import {readSource, unescapeHtml} from './html-tree.js'
import {notice as repeating, text as repeatingText} from './repeating-notice.js'

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seedBytes = readFileSync(seedPath)
const seedText = new TextDecoder().decode(seedBytes).replace(/^\ufeff/u, '')
const seed = parseNotice(seedBytes, {path: seedPath, reference: '2026-06-10'})
const planPath = 'fixtures/corpus/035.txt'
const planBytes = readFileSync(planPath)
const plan = parseNotice(planBytes, {path: planPath, reference: '2026-06-10'})
const planText = new TextDecoder().decode(planBytes).replace(/^\ufeff/u, '')

function page(notices: Notice[], sources: (string | undefined)[] | undefined, options: Record<string, unknown> = {}, today = '2026-06-10'): string {
  const emitter = emitters['html']
  if (!emitter) throw new Error('html is not registered')
  return emitter.emit(notices, {multiple: notices.length > 1, today, options, env: {}, sources})
}

/** Rows of the task table: the cells' text by column key; the task id shown beside the path as `id`. */
function rows(html: string): Record<string, string>[] {
  const table = html.slice(html.indexOf('<table id="tasks">'))
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</table>'))
  return Array.from(body.matchAll(/<tr data-status="(\w+)"[^>]*>(.*?)<\/tr>/gu), (row) => {
    const cells: Record<string, string> = {status: row[1] ?? ''}
    for (const cell of (row[2] ?? '').matchAll(/<td class="c-(\w+)"[^>]*>(.*?)<\/td>/gu)) {
      const id = /<small class="task-id">(.*?)<\/small>/u.exec(cell[2] ?? '')
      if (id) cells['id'] = unescapeHtml(id[1] ?? '')
      cells[cell[1] ?? ''] = unescapeHtml((cell[2] ?? '').replace(/ ?<small class="task-id">.*?<\/small>/u, '').replace(/<[^>]*>/gu, ''))
    }

    return cells
  })
}

describe('html page of the seed notice, today 10/06/2026', () => {
  const html = page([seed], [seedText])
  const {text, marks} = readSource(html)
  const all = [...marks.values()]
  const ofKind = (kind: string) => all.filter((mark) => mark.kind === kind)

  it('shows the source text exactly as read', () => {
    expect(text).toBe(seedText)
  })

  it('highlights every task over its own words, anchored at its id', () => {
    expect(seed.tasks).toHaveLength(22)
    for (const task of seed.tasks) {
      const mark = all.find((candidate) => candidate.id === task.id)
      expect(mark, task.id).toBeDefined()
      expect(mark?.kind).toBe('task')
      expect(mark?.start).toBe(task.position.start.offset)
      expect(mark?.end).toBe(task.position.end.offset)
      // The highlighted words, read as MODEL.md reads a position, start the task's own text (7.1's text
      // also holds the shared sentence after its items, which its position does not span).
      expect(mark?.text).toBe(seedText.slice(task.position.start.offset, task.position.end.offset))
      expect(covered(seedBytes, task.position)).toContain(task.text.slice(0, 40))
    }

    expect(ofKind('task')).toHaveLength(22)
  })

  it('marks the shared deadline of 7.1 once, naming where it was set and who inherits it', () => {
    const shared = ofKind('deadline').filter((mark) => mark.text.includes('30/6/2026') && mark.start === 11181)
    expect(shared).toHaveLength(1)
    expect(shared[0]?.tip).toBe('Thời hạn 30/06/2026 (trước ngày) — còn 20 ngày\nghi tại II.7.1\náp dụng cho II.7.1 (1)–(4)')
    // Eight deadline phrases carry the seed's fourteen task deadlines.
    expect(ofKind('deadline').map((mark) => mark.text.replaceAll('**', ''))).toEqual([
      'hoàn thành trước ngày 30/6/2026',
      'trước ngày 05/6/2026',
      'hoàn thành trước ngày 12/6/2026',
      'hoàn thành trước ngày 30/6/2026',
      'trước ngày 15/6/2026',
      'hoàn thành trước ngày 30/6/2026',
      'hoàn thành trước ngày 15/7/2026',
      'hoàn thành trước ngày 15/7/2026'
    ])
    expect(ofKind('deadline')[1]?.tip).toContain('quá hạn 5 ngày')
  })

  it('marks assignees by role where they are named, and what they pass down', () => {
    const named = (kind: string) => ofKind(kind).map((mark) => mark.text)
    // "Chỉ đạo các sở, ngành tiếp tục rà soát …" (7.1 (3)): the sở, ngành carry it out.
    expect(named('lead')).toEqual(['Đảng ủy Ủy ban nhân dân thành phố', 'các sở, ngành', 'Ban Tổ chức Thành ủy', 'Đảng ủy Mặt trận Tổ quốc Việt Nam thành phố'])
    expect(named('support')).toEqual(['các cơ quan liên quan'])
    expect(named('responsible')).toEqual(['Các cấp ủy, địa phương, cơ quan, đơn vị'])
    expect(named('directing')).toEqual([
      'Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố',
      'Phó Bí thư Thường trực Thành ủy',
      'Phó Bí thư Thành ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố'
    ])
    expect(ofKind('lead')[2]?.tip).toBe('Chủ trì: Ban Tổ chức Thành ủy\nghi tại II.7.2\náp dụng cho 7 nhiệm vụ bên dưới')
  })

  it('marks every reference, figure and routing row at its position', () => {
    for (const [kind, items] of [
      ['reference', seed.references],
      ['figure', seed.figures],
      ['routing', seed.routing]
    ] as const) {
      expect(ofKind(kind).map((mark) => [mark.start, mark.end])).toEqual(items.map((item) => [item.position.start.offset, item.position.end.offset]))
    }

    expect(ofKind('reference')[1]?.tip).toBe('Dẫn chiếu: Kết luận · số 18-KL/TW · ngày 02/04/2026 · Ban Chấp hành Trung ương')
    expect(ofKind('figure')[2]?.tip).toBe('Số liệu: Tổng thu ngân sách nhà nước năm 2025 = 197.810.000.000.000 VND')
    expect(ofKind('routing')[0]?.tip).toBe('Phân phối (Chủ/Tham): Chủ tịch Đ.T.Trung — chủ trì')
  })

  it('lists every diagnostic with a link to its highlight, and its rule described in Vietnamese', () => {
    expect(seed.diagnostics.length).toBeGreaterThan(0)
    for (const [index, diagnostic] of seed.diagnostics.entries()) {
      const rule = rules.find((candidate) => candidate.id === diagnostic.ruleId)
      expect(html).toContain(rule ? `<code title="${escapeHtml(rule.descriptionVi)}">${diagnostic.ruleId}</code>` : `<code>${diagnostic.ruleId}</code>`)
      if (!diagnostic.position) continue
      expect(html).toContain(`<a href="#n0-d${index}">dòng ${diagnostic.position.start.line}, cột ${diagnostic.position.start.column}</a>`)
      expect(all.find((mark) => mark.id === `n0-d${index}`)?.start).toBe(diagnostic.position.start.offset)
    }
  })

  it('has one table row per task item, linked to the task, with days left on --today', () => {
    const table = rows(html)
    expect(table).toHaveLength(19)
    expect(table.filter((row) => row['status'] === 'overdue').map((row) => [row['path'], row['deadline'], row['days']])).toEqual([
      ['II.7.2 (1)(i)', '05/06/2026', 'quá hạn 5 ngày']
    ])
    expect(table.filter((row) => row['status'] === 'soon').map((row) => row['path'])).toEqual(['II.7.2 (1)(ii)', 'II.7.2 (3)'])
    expect(table.find((row) => row['path'] === 'II.7.1 (4)')).toMatchObject({lead: 'Đảng ủy Ủy ban nhân dân thành phố', support: '—', deadline: '30/06/2026', days: 'còn 20 ngày'})
    // The number path as printed links to the task's anchor, its id; the id is shown beside it.
    expect(html).toContain('<a href="#II.7.2.1.i">II.7.2 (1)(i)</a> <small class="task-id">mã II.7.2.1.i</small>')
    expect(html).toContain('<option value="Ban Tổ chức Thành ủy">Ban Tổ chức Thành ủy</option>')
    expect(html).toContain('<option value="overdue">Quá hạn (1)</option>')
  })

  it('draws the timeline with the five deadline dates, today and the overdue one', () => {
    const ticks = Array.from(html.matchAll(/<g class="tick" data-date="([\d-]+)">/gu), (match) => match[1])
    expect(ticks).toEqual(['2026-06-05', '2026-06-12', '2026-06-15', '2026-06-30', '2026-07-15'])
    expect(html).toMatch(/<g class="today" data-date="2026-06-10">/u)
    expect(Array.from(html.matchAll(/class="mark"[^>]*data-date="([\d-]+)" data-status="overdue"/gu), (match) => match[1])).toEqual(['2026-06-05'])
    const lanes = Array.from(html.matchAll(/<text class="lane-name"[^>]*>([^<]*)<\/text>/gu), (match) => match[1])
    expect(lanes).toEqual(['Ban Tổ chức Thành ủy', 'các sở, ngành', 'Đảng ủy Ủy ban nhân dân thành phố', 'Đảng ủy Mặt trận Tổ quốc Việt Nam thành phố'])
  })

  it('is Vietnamese by default and English with --lang en', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/u)
    expect(html).toContain('<h2 id="tasks-section-title">Nhiệm vụ</h2>')
    const english = page([seed], [seedText], {lang: 'en'})
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/u)
    expect(english).toContain('<h2 id="timeline-title">Deadline timeline</h2>')
    const shared = [...readSource(english).marks.values()].find((mark) => mark.kind === 'deadline' && mark.start === 11181)
    expect(shared?.tip).toBe('Deadline 2026-06-30 (before) — 20 days left\nset on II.7.1\ninherited by II.7.1 (1)–(4)')
  })

  it('requests nothing: no URL, no external resource, a policy that forbids any', () => {
    expect(html).not.toMatch(/https?:\/\//u)
    expect(html).not.toMatch(/\s(?:src|srcset|action|formaction|xlink:href)=/u)
    expect(html).not.toMatch(/@import|url\(/u)
    for (const match of html.matchAll(/\shref="([^"]*)"/gu)) expect(match[1]).toMatch(/^#[\w.-]+$/u)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`)
  })

  it('is the same for the same input and today, and changes with today', () => {
    expect(page([seed], [seedText])).toBe(html)
    const later = page([seed], [seedText], {}, '2026-07-01')
    expect(later).not.toBe(html)
    // Everything due by 30/06 is overdue on 01/07: 7.1 (1)–(4), 7.2 (1)(i), (1)(ii), (2), (3) twice.
    expect(rows(later).filter((row) => row['status'] === 'overdue')).toHaveLength(9)
  })
})

describe('html page of a notice with a time of day and repeating work', () => {
  const html = page([repeating], [repeatingText], {}, '2026-06-02')
  const all = [...readSource(html).marks.values()]

  it('shows the time beside the date in the table, and sorts by both', () => {
    const table = rows(html)
    expect(table.find((row) => row['path'] === '1')).toMatchObject({deadline: '17:00 12/06/2026', days: 'còn 10 ngày'})
    expect(html).toContain('data-sort="2026-06-12T17:00"><time datetime="2026-06-12T17:00">17:00 12/06/2026</time>')
    expect(page([repeating], [repeatingText], {lang: 'en'}, '2026-06-02')).toContain('<time datetime="2026-06-12T17:00">2026-06-12 17:00</time>')
  })

  it('says how often repeating work is done, after its action', () => {
    const actions = rows(html).map((row) => row['action'])
    expect(actions[1]).toMatch(/ \(hằng tuần, thứ Sáu\)$/u)
    expect(actions[2]).toMatch(/ \(ngày 25 hằng tháng, đến hết ngày 31\/12\/2026\)$/u)
    expect(actions[3]).toMatch(/ \(ngày 20 tháng cuối quý\)$/u)
  })

  it('puts the time and the rhythm in the tooltips', () => {
    const tips = (kind: string): string[] => all.filter((mark) => mark.kind === kind).map((mark) => mark.tip)
    expect(tips('deadline')).toEqual(['Thời hạn 17:00 12/06/2026 (trước ngày) — còn 10 ngày\nghi tại 1'])
    expect(tips('task')).toEqual(expect.arrayContaining([expect.stringContaining('Thời hạn: 17:00 12/06/2026'), expect.stringMatching(/\nhằng tuần, thứ Sáu$/u)]))
    expect(html).toMatch(/<title>Sở Nội vụ: 1 — 17:00 12\/06\/2026 \(còn 10 ngày\)<\/title>/u)
  })
})

describe('html page: several notices, missing sources, escaping', () => {
  it('keeps the anchors of several notices apart and adds a document column', () => {
    const html = page([seed, plan], [seedText, planText])
    expect(readSource(html, 0).text).toBe(seedText)
    expect(readSource(html, 1).text).toBe(planText)
    const second = [...readSource(html, 1).marks.values()].filter((mark) => mark.kind === 'task')
    expect(second).toHaveLength(plan.tasks.length)
    // Task ids repeat from one notice to the next: each anchor is the id after its notice's prefix.
    expect(second.map((mark) => mark.id)).toEqual(plan.tasks.map((task) => `n1-${task.id}`))
    expect(html).toContain(`<a href="#n0-II.7.2.1.i">II.7.2 (1)(i)</a>`)
    expect(html).toContain('<td class="c-document"')
  })

  it('still has the table, timeline and diagnostics without the source text, and links nowhere', () => {
    const html = page([seed], undefined)
    expect(html).toContain('Không có văn bản gốc để hiển thị.')
    expect(html).not.toContain('<mark class="k-task"')
    expect(html).not.toMatch(/href="#n0-/u)
    expect(rows(html)).toHaveLength(19)
  })

  it('escapes markup in the text, the names and the path', () => {
    const source = 'THÔNG BÁO\n\nKết luận về việc <b>thử</b>\n\n1. Giao Sở Nội vụ chủ trì, phối hợp với Sở "Tài chính" & <script>alert(1)</script> xây dựng đề án, hoàn thành trước ngày 30/6/2026.\n\n2. Sở Y tế rà soát <img src=x onerror=alert(2)> hồ sơ.\n'
    const notice = parseNotice(source, {path: 'a"<b>.txt', reference: '2026-06-10'})
    const html = page([notice], [source])
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('a&quot;&lt;b&gt;.txt')
    expect(html.match(/<script>/gu)).toHaveLength(1)
    expect(readSource(html).text).toBe(source)
    const support = notice.tasks[0]?.assignees.find((assignee) => assignee.role === 'support')
    expect(support?.name).toBe('Sở "Tài chính"')
    expect(html).toContain(`Phối hợp: Sở &quot;Tài chính&quot;`)
  })
})

describe('highlight', () => {
  const mark = (start: number, end: number, kind: Mark['kind'], id?: string): Mark => ({start, end, kind, tip: kind, id})

  it('nests marks and cuts one that crosses the end of another', () => {
    const html = highlight('abcdefgh', [mark(2, 7, 'deadline'), mark(0, 4, 'task', 't')], 'x')
    expect(html).toBe(
      '<mark class="k-task" data-mark="x1" data-tip="task" id="t" tabindex="0">ab<mark class="k-deadline" data-mark="x0" data-tip="deadline" tabindex="0">cd</mark></mark>' +
        '<mark class="k-deadline" data-mark="x0" data-tip="deadline" data-continued="">efg</mark>h'
    )
  })

  it('puts the enclosing kind outside when two marks cover the same words', () => {
    const html = highlight('<x>', [mark(0, 3, 'diagnostic'), mark(0, 3, 'task')], '')
    expect(html).toBe('<mark class="k-task" data-mark="1" data-tip="task" tabindex="0"><mark class="k-diagnostic" data-mark="0" data-tip="diagnostic" tabindex="0">&lt;x&gt;</mark></mark>')
  })
})

describe('locate', () => {
  const cases: {name: string; text: string; phrase: string; found: string | null}[] = [
    {name: 'across a line break', text: 'giao Ban Tổ chức\nThành ủy chủ trì', phrase: 'Ban Tổ chức Thành ủy', found: 'Ban Tổ chức\nThành ủy'},
    {name: 'across emphasis markers', text: 'giao **Sở Nội vụ** chủ trì', phrase: 'Sở Nội vụ', found: 'Sở Nội vụ'},
    {name: 'in NFD spelling', text: 'giao Sở Y tế'.normalize('NFD'), phrase: 'Sở Y tế', found: 'Sở Y tế'.normalize('NFD')},
    {name: 'in other case when no exact match', text: 'CÁC CƠ QUAN LIÊN QUAN', phrase: 'các cơ quan liên quan', found: 'CÁC CƠ QUAN LIÊN QUAN'},
    {name: 'not inside a longer word', text: 'Sở Y tếx', phrase: 'Sở Y tế', found: null},
    {name: 'not at all', text: 'Sở Tài chính', phrase: 'Sở Y tế', found: null}
  ]
  for (const testCase of cases) {
    it(testCase.name, () => {
      const span = locate(testCase.text, testCase.phrase, {start: 0, end: testCase.text.length})
      expect(span && testCase.text.slice(span.start, span.end)).toBe(testCase.found)
    })
  }
})

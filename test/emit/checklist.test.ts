/**
 * The checklist of the seed notice on 10/06/2026, read back with remark-gfm: every item is an unchecked
 * task-list item, in the urgency group the acceptance names (dates checked against the text).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {emitters} from '../../src/emit/index.js'
import type {Notice} from '../../src/model/schema.js'
import {listItems, parseMarkdown, plain, sections, type Section} from './markdown-tree.js'

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seed = parseNotice(readFileSync(seedPath), {path: seedPath})
const planPath = 'fixtures/corpus/035.txt'
const plan = parseNotice(readFileSync(planPath), {path: planPath})

function checklist(notices: Notice[], options: Record<string, unknown> = {}, today = '2026-06-10'): string {
  const emitter = emitters['checklist']
  if (!emitter) throw new Error('checklist is not registered')
  return emitter.emit(notices, {multiple: notices.length > 1, today, options, env: {}})
}

function section(all: Section[], title: string): Section {
  const found = all.find((candidate) => candidate.title.startsWith(title))
  if (!found) throw new Error(`no section “${title}” in ${all.map((candidate) => candidate.title).join(' | ')}`)
  return found
}

/** Each item as "dd/mm/yyyy path" (or just the path without a deadline), the way a reader scans them. */
function keys(items: Section['items']): string[] {
  return items.map((item) => {
    const text = plain(item)
    const date = /^\d\d\/\d\d\/\d{4}/u.exec(text)?.[0]
    const path = /(?:^|— )((?:II\.[\d.]+)(?: ?\([\divx]+\))*)/u.exec(text)?.[1]
    return date ? `${date} ${path}` : `${path}`
  })
}

describe('checklist of the seed notice, today 10/06/2026', () => {
  const markdown = checklist([seed])
  const tree = parseMarkdown(markdown)
  const groups = sections(tree)

  it('is valid GFM in which every item is an unchecked task-list item', () => {
    const items = listItems(tree)
    expect(items).toHaveLength(19)
    for (const item of items) expect(item.checked).toBe(false)
  })

  it('puts 7.2 (1)(i), due 05/06/2026, alone under overdue', () => {
    expect(keys(section(groups, 'Quá hạn').items)).toEqual(['05/06/2026 II.7.2 (1)(i)'])
    expect(plain(section(groups, 'Quá hạn').items[0]!)).toContain('(quá hạn 5 ngày)')
  })

  it('puts 7.2 (1)(ii) and the 15/06/2026 deadline of 7.2 (3) under due within 7 days', () => {
    const soon = section(groups, 'Đến hạn trong 7 ngày')
    expect(keys(soon.items)).toEqual(['12/06/2026 II.7.2 (1)(ii)', '15/06/2026 II.7.2 (3)'])
    expect(plain(soon.items[0]!)).toContain('(còn 2 ngày)')
    expect(plain(soon.items[1]!)).toContain('(còn 5 ngày)')
  })

  it('puts the 30/06/2026 and 15/07/2026 deadlines under later, by date', () => {
    expect(keys(section(groups, 'Hạn sau 7 ngày').items)).toEqual([
      '30/06/2026 II.7.1 (1)',
      '30/06/2026 II.7.1 (2)',
      '30/06/2026 II.7.1 (3)',
      '30/06/2026 II.7.1 (4)',
      '30/06/2026 II.7.2 (2)',
      '30/06/2026 II.7.2 (3)',
      '15/07/2026 II.7.2 (4)',
      '15/07/2026 II.7.3'
    ])
  })

  it('puts 7.2 (5) and the part II tasks without a deadline under no deadline', () => {
    expect(keys(section(groups, 'Không có thời hạn').items)).toEqual([
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'II.6',
      'II.7.2 (5)',
      'II.7.4'
    ])
  })

  it('leaves out headings that only introduce their items (7., 7.2., 7.2 (1)) or pass their deadline on (7.1.)', () => {
    expect(markdown).not.toMatch(/ — II\.7 |II\.7\.2 Đồng chí|II\.7\.2 \(1\) Tiếp thu|II\.7\.1 Đồng chí/u)
    expect(markdown).toMatch(/ — II\.7\.3 Đồng chí/u)
  })

  it('says how many items each group has, in the headings and the summary line', () => {
    expect(groups.map((group) => group.title)).toEqual([
      'Danh sách nhiệm vụ',
      'Quá hạn (1)',
      'Đến hạn trong 7 ngày (2)',
      'Hạn sau 7 ngày (8)',
      'Không có thời hạn (8)'
    ])
    expect(markdown).toContain(
      'Tính đến ngày 10/06/2026: 19 mục — Quá hạn: 1 · Đến hạn trong 7 ngày: 2 · Hạn sau 7 ngày: 8 · Không có thời hạn: 8'
    )
  })

  it('gives the lead in bold, the support bodies, the task id and the source file:line', () => {
    const item = section(groups, 'Quá hạn').items[0]!
    const paragraph = item.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('item without a paragraph')
    const strong = paragraph.children.filter((node) => node.type === 'strong').map((node) => plain(node))
    const code = paragraph.children.filter((node) => node.type === 'inlineCode').map((node) => plain(node))
    expect(strong).toEqual(['Ban Tổ chức Thành ủy'])
    expect(plain(item)).toContain('Phối hợp: các cơ quan liên quan')
    expect(code).toEqual(['II.7.2.1.i', `${seedPath}:94`])
  })

  it('shows, for each deadline of 7.2 (3), the sentence that names it', () => {
    const [first] = section(groups, 'Đến hạn trong 7 ngày').items.filter((item) => plain(item).includes('II.7.2 (3)'))
    const [second] = section(groups, 'Hạn sau 7 ngày').items.filter((item) => plain(item).includes('II.7.2 (3)'))
    expect(plain(first!)).toContain('II.7.2 (3) Khẩn trương thẩm định, đề xuất phê duyệt quy hoạch')
    expect(plain(second!)).toContain('II.7.2 (3) Tham mưu xây dựng kế hoạch rà soát, bổ sung quy hoạch')
  })

  it('shortens long actions to one line at a word boundary, and --full prints them whole', () => {
    const task = seed.tasks.find((candidate) => candidate.id === 'II.1')!
    const short = section(groups, 'Không có thời hạn').items.map((item) => plain(item)).find((text) => text.startsWith('II.1 '))!
    const action = short.split(' — ')[0]!.slice('II.1 '.length)
    expect(action.endsWith('…')).toBe(true)
    expect(Array.from(action).length).toBeLessThanOrEqual(120)
    expect(task.text.startsWith(action.slice(0, -1))).toBe(true)
    expect(task.text.charAt(action.length - 1)).toMatch(/[\s,]/u)
    const full = plain(section(sections(parseMarkdown(checklist([seed], {full: true}))), 'Không có thời hạn').items[0]!)
    expect(full).toContain(task.text)
  })

  it('is the same text for the same day, and moves items as the day changes', () => {
    expect(checklist([seed])).toBe(markdown)
    const later = sections(parseMarkdown(checklist([seed], {}, '2026-06-13')))
    expect(keys(section(later, 'Quá hạn').items)).toEqual(['05/06/2026 II.7.2 (1)(i)', '12/06/2026 II.7.2 (1)(ii)'])
    expect(plain(section(later, 'Đến hạn trong 7 ngày').items[0]!)).toContain('15/06/2026 (còn 2 ngày)')
  })
})

describe('which tasks are items', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch',
    '',
    '1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026 và báo cáo trước ngày 30/6/2026:',
    '',
    'a) Rà soát hồ sơ, xong trước ngày 15/6/2026.',
    '',
    'b) Báo cáo kết quả trước ngày 20/6/2026.',
    '',
    '2. Giao Sở Tài chính chủ trì:',
    '',
    'a) Bố trí kinh phí.',
    '',
    'b) Hướng dẫn thanh quyết toán.',
    '',
    'Các nhiệm vụ trên hoàn thành trước ngày 31/7/2026.',
    ''
  ].join('\n')
  const notice = parseNotice(text, {path: 'inline.txt'})

  it('keeps a parent whose deadline its items do not carry (once per date), not one that passes it on', () => {
    const groups = sections(parseMarkdown(checklist([notice], {groupBy: 'deadline'})))
    const items = (title: string): string[] =>
      section(groups, title).items.map((item) => plain(item).split(' — ').slice(0, 2).join(' — '))
    expect(items('Hạn 15/06/2026')).toEqual(['15/06/2026 (còn 5 ngày) — 1 a) Rà soát hồ sơ, xong trước ngày 15/6/2026.'])
    expect(items('Hạn 20/06/2026')).toEqual(['20/06/2026 (còn 10 ngày) — 1 b) Báo cáo kết quả trước ngày 20/6/2026.'])
    expect(items('Hạn 30/06/2026')).toEqual([
      '30/06/2026 (còn 20 ngày) — 1 Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026 và báo cáo trước ngày 30/6/2026:'
    ])
    expect(items('Hạn 31/07/2026')).toEqual(['31/07/2026 (còn 51 ngày) — 2 a) Bố trí kinh phí.', '31/07/2026 (còn 51 ngày) — 2 b) Hướng dẫn thanh quyết toán.'])
    expect(listItems(parseMarkdown(checklist([notice])))).toHaveLength(5)
  })
})

describe('checklist options', () => {
  it('--lang en labels the groups, days and roles in English', () => {
    const markdown = checklist([seed], {lang: 'en'})
    const groups = sections(parseMarkdown(markdown))
    expect(groups.map((group) => group.title)).toEqual(['Task checklist', 'Overdue (1)', 'Due within 7 days (2)', 'Later (8)', 'No deadline (8)'])
    expect(plain(section(groups, 'Overdue').items[0]!)).toMatch(/^05\/06\/2026 \(5 days overdue\) — II\.7\.2 \(1\)\(i\) .* — Lead: Ban Tổ chức Thành ủy; Support: các cơ quan liên quan — /u)
    expect(markdown).toContain('As of 10/06/2026: 19 items')
  })

  it('--group-by assignee gives each body its led and supported tasks apart', () => {
    const groups = sections(parseMarkdown(checklist([seed], {groupBy: 'assignee'})))
    const lead = groups.find((group) => group.trail.join(' / ') === 'Danh sách nhiệm vụ / Ban Tổ chức Thành ủy (7) / Chủ trì (7)')
    const support = groups.find((group) => group.trail.join(' / ') === 'Danh sách nhiệm vụ / các cơ quan liên quan (7) / Phối hợp (7)')
    expect(keys(lead!.items)).toEqual(keys(support!.items))
    expect(keys(lead!.items)).toEqual([
      '05/06/2026 II.7.2 (1)(i)',
      '12/06/2026 II.7.2 (1)(ii)',
      '15/06/2026 II.7.2 (3)',
      '30/06/2026 II.7.2 (2)',
      '30/06/2026 II.7.2 (3)',
      '15/07/2026 II.7.2 (4)',
      'II.7.2 (5)'
    ])
    const responsible = section(groups, 'Các cấp ủy, địa phương, cơ quan, đơn vị')
    expect(groups[groups.indexOf(responsible) + 1]?.title).toBe('Chủ trì (1)')
    expect(keys(section(groups, 'Chưa rõ đơn vị chủ trì').items)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6'])
  })

  it('--group-by deadline makes one section per date, in date order, then no deadline', () => {
    const groups = sections(parseMarkdown(checklist([seed], {groupBy: 'deadline'})))
    expect(groups.map((group) => group.title)).toEqual([
      'Danh sách nhiệm vụ',
      'Hạn 05/06/2026 — quá hạn 5 ngày (1)',
      'Hạn 12/06/2026 — còn 2 ngày (1)',
      'Hạn 15/06/2026 — còn 5 ngày (1)',
      'Hạn 30/06/2026 — còn 20 ngày (6)',
      'Hạn 15/07/2026 — còn 35 ngày (2)',
      'Không có thời hạn (8)'
    ])
  })

  it('merges several notices with a heading per document in each group', () => {
    const markdown = checklist([seed, plan])
    const tree = parseMarkdown(markdown)
    for (const item of listItems(tree)) expect(item.checked).toBe(false)
    const groups = sections(tree)
    const overdue = groups.filter((group) => group.trail[1] === 'Quá hạn (2)' && group.depth === 3)
    expect(overdue.map((group) => group.title)).toEqual([
      expect.stringMatching(/^Thông báo 000_6f075bdf8dff8ead\.txt: KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY/u),
      expect.stringMatching(/^Kế hoạch 035\.txt: Triển khai thực hiện Chỉ thị số 11-CT\/TU/u)
    ])
    expect(keys(overdue[0]!.items)).toEqual(['05/06/2026 II.7.2 (1)(i)'])
    // 035 (Lào Cai), row 2 of the appendix table: "Xong trong tháng 5/2026", due at the end of May. It
    // stands in the appendix, so it is under the appendix's title within the plan's heading, not the plan's body.
    expect(overdue[1]!.items).toEqual([])
    const appendix = groups.filter((group) => group.trail[1] === 'Quá hạn (2)' && group.trail[2] === overdue[1]!.title && group.depth === 4)
    expect(appendix.map((group) => group.title)).toEqual([expect.stringMatching(/^Phụ lục MỘT SỐ NHIỆM VỤ TRỌNG TÂM/u)])
    expect(plain(appendix[0]!.items[0]!)).toMatch(/^31\/05\/2026 \(quá hạn 10 ngày\) — PL\.2 Rà soát, điều chỉnh/u)
    expect(plain(appendix[0]!.items[0]!)).toContain(`${planPath}:181`)
  })

  it('--group-by document makes the documents the sections', () => {
    const groups = sections(parseMarkdown(checklist([seed, plan], {groupBy: 'document'})))
    expect(groups.filter((group) => group.depth === 2).map((group) => group.title.slice(0, 22))).toEqual([
      'Thông báo 000_6f075bdf',
      'Kế hoạch 035.txt: Triể'
    ])
    expect(groups[1]!.items).toHaveLength(19)
  })
})

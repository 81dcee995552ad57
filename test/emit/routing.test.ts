/**
 * The receiving office's routing table reaches a person in every human view (issue 20, item 1): under
 * the stamp in the outline, under the summary of the checklist, in two columns at the end of the CSV, in
 * the header and a table of the review page; abbreviations expanded, the row as written kept, Vietnamese
 * labels (English with `--lang en` where the format has it). The founding notice's real table (marks
 * checked against its lines 18–44) and a written notice with an unknown row, a row marked in both
 * columns and one marked in neither; a table whose marks were lost; a notice without a table.
 */
import {readFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {emitters} from '../../src/emit/index.js'
import {labelsFor} from '../../src/emit/tasks-view/labels.js'
import {routingEntry, routingLines, routingName} from '../../src/emit/tasks-view/routing.js'
import type {Notice} from '../../src/model/schema.js'
import {parseNotice} from '../../src/pipeline.js'
import {parseMarkdown, plain} from './markdown-tree.js'
import {notice as routed, text as routedText, unmarked} from './routed-notice.js'
import {notice as repeating} from './repeating-notice.js'

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seedText = readFileSync(seedPath, 'utf8')
const seed = parseNotice(readFileSync(seedPath), {path: seedPath})

function emit(format: string, notices: Notice[], options: Record<string, unknown> = {}, sources?: string[]): string {
  const emitter = emitters[format]
  if (!emitter) throw new Error(`${format} is not registered`)
  return emitter.emit(notices, {multiple: notices.length > 1, today: '2026-06-10', options, env: {}, sources})
}

const seedLeads = ['Chủ tịch Đ.T.Trung (CT Đ.T.Trung)', 'Phó Chủ tịch V.T.Phụng (PCT V.T.Phụng)', 'Phòng Nội vụ và Kiểm tra, giám sát (P. NV&KT,GS)']

describe('routing rows as the views name them', () => {
  it('expands the abbreviation with the official, keeps the row as written beside it, and leaves an unknown row as written', () => {
    expect(routed.routing.map((row) => routingEntry(row))).toEqual([
      'Phó Chủ tịch N.V.An (PCT N.V.An)',
      'Chánh Văn phòng T.T.Bình (CVP T.T.Bình)',
      'Phòng Tổng hợp (P. TH)',
      'Tổ công tác <đặc biệt> & "mới"',
      'Phòng Kinh tế (P. KT)'
    ])
    expect(routingName(seed.routing[0]!)).toBe('Chủ tịch Đ.T.Trung')
  })

  it('lists the rows marked chủ trì, then those marked tham gia; a row marked in both is in both', () => {
    const lines = routingLines(routed.routing, labelsFor('vi'))
    expect(lines.map((line) => [line.label, line.rows.map((row) => row.unit)])).toEqual([
      ['Chủ trì', ['PCT N.V.An', 'P. TH']],
      ['Tham gia', ['CVP T.T.Bình', 'P. TH', 'Tổ công tác <đặc biệt> & "mới"']]
    ])
    expect(routingLines(routed.routing, labelsFor('en')).map((line) => line.label)).toEqual(['Lead', 'Participates'])
    expect(routingLines(unmarked.routing, labelsFor('vi'))).toEqual([])
  })

  it('reads the seed’s marks as written: three rows under CHỦ, thirteen under THAM', () => {
    const [lead, participate] = routingLines(seed.routing, labelsFor('vi'))
    expect(lead?.rows.map((row) => routingEntry(row))).toEqual(seedLeads)
    expect(participate?.rows).toHaveLength(13)
  })
})

describe('outline', () => {
  it('puts the routing table under the stamp: a line for the leads, one for those taking part', () => {
    const lines = emit('text', [seed]).split('\n')
    const stamp = lines.indexOf('Đến: số 41037, ngày 06/06/2026')
    expect(stamp).toBeGreaterThan(0)
    expect(lines[stamp + 1]).toBe('Phân phối (Chủ/Tham):')
    expect(lines[stamp + 2]).toBe(`  chủ trì: ${seedLeads.join('; ')}`)
    expect(lines[stamp + 3]).toMatch(/^ {2}tham gia: Phó Chủ tịch Thường trực L\.A\.Quân \(PCT TT L\.A\.Quân\); .*; Phòng Hành chính - Quản trị \(P\. HC-QT\)$/u)
    expect(lines[stamp + 3]?.split('; ')).toHaveLength(13)
  })

  it('writes a written notice’s table the same way, and names a table whose marks were lost', () => {
    const lines = emit('text', [routed]).split('\n')
    expect(lines.slice(lines.indexOf('Đến: số 512, ngày 08/06/2026'), lines.indexOf('Đến: số 512, ngày 08/06/2026') + 4)).toEqual([
      'Đến: số 512, ngày 08/06/2026',
      'Phân phối (Chủ/Tham):',
      '  chủ trì: Phó Chủ tịch N.V.An (PCT N.V.An); Phòng Tổng hợp (P. TH)',
      '  tham gia: Chánh Văn phòng T.T.Bình (CVP T.T.Bình); Phòng Tổng hợp (P. TH); Tổ công tác <đặc biệt> & "mới"'
    ])
    expect(emit('text', [unmarked])).toContain('\nĐến: số 512, ngày 08/06/2026\nPhân phối (Chủ/Tham): 5 dòng, không dòng nào được đánh dấu\n')
  })

  it('says nothing of a routing table a notice does not have', () => {
    expect(repeating.routing).toEqual([])
    expect(emit('text', [repeating])).not.toContain('Phân phối')
  })
})

describe('checklist', () => {
  it('gives the routing table under the summary line, leads in bold, each row as written beside it', () => {
    const markdown = emit('checklist', [seed])
    const blocks = markdown.split('\n\n')
    expect(blocks[2]).toMatch(/^Tính đến ngày 10\/06\/2026: 19 mục/u)
    expect(blocks[3]?.split('\\\n')[0]).toBe('**Phân phối (Chủ/Tham)**')
    const paragraph = parseMarkdown(markdown).children[3]
    if (paragraph?.type !== 'paragraph') throw new Error('no routing paragraph')
    const strong = paragraph.children.filter((node) => node.type === 'strong').map((node) => plain(node))
    expect(strong).toEqual(['Phân phối (Chủ/Tham)', 'Chủ tịch Đ.T.Trung', 'Phó Chủ tịch V.T.Phụng', 'Phòng Nội vụ và Kiểm tra, giám sát'])
    // Hard line breaks keep the two lines apart; the words read back as written, "&" and all.
    expect(paragraph.children.filter((node) => node.type === 'break')).toHaveLength(2)
    expect(plain(paragraph)).toContain(`Chủ trì: ${seedLeads.join('; ')}Tham gia: Phó Chủ tịch Thường trực L.A.Quân (PCT TT L.A.Quân); `)
  })

  it('keeps every list item a task: the routing table adds none', () => {
    const tree = parseMarkdown(emit('checklist', [routed]))
    const items = tree.children.flatMap((node) => (node.type === 'list' ? node.children : []))
    expect(items).toHaveLength(3)
    for (const item of items) expect(item.checked).toBe(false)
    expect(plain(tree)).toContain('Tham gia: Chánh Văn phòng T.T.Bình (CVP T.T.Bình); Phòng Tổng hợp (P. TH); Tổ công tác <đặc biệt> & "mới"')
  })

  it('names the document of each table among several notices, in English with --lang en, and a table without marks', () => {
    const markdown = emit('checklist', [seed, routed, unmarked, repeating], {lang: 'en'})
    expect(markdown).toContain('\n\n**Routing (lead/participate) — Thông báo 000_6f075bdf8dff8ead.txt**\\\nLead: **Chủ tịch Đ.T.Trung** (CT Đ.T.Trung); ')
    expect(markdown).toContain('; Tổ công tác \\<đặc biệt\\> & "mới"\n')
    expect(markdown).toContain('\n\n**Routing (lead/participate) — Thông báo No. 12/TB-UBND of 05/06/2026**\\\nLead: **Phó Chủ tịch N.V.An** (PCT N.V.An); **Phòng Tổng hợp** (P. TH)\\\nParticipates: ')
    expect(markdown).toContain('**Routing (lead/participate) — Thông báo No. 12/TB-UBND of 05/06/2026**\\\n5 rows, none marked\n')
    expect(markdown.match(/\*\*Routing/gu)).toHaveLength(3)
  })
})

describe('CSV', () => {
  it('adds the two routing columns after every other, in both languages, the same on each row of a notice', () => {
    const [header, ...rows] = parse(emit('csv', [routed, repeating], {bom: false, delimiter: ','})) as string[][]
    expect(header?.slice(-3)).toEqual(['Quy tắc lặp (RRULE)', 'Phân phối: Chủ trì', 'Phân phối: Tham gia'])
    const own = rows.filter((cells) => cells[1] === 'thong-bao-12.md')
    expect(own).toHaveLength(3)
    for (const cells of own) {
      expect(cells.slice(-2)).toEqual([
        'Phó Chủ tịch N.V.An (PCT N.V.An); Phòng Tổng hợp (P. TH)',
        'Chánh Văn phòng T.T.Bình (CVP T.T.Bình); Phòng Tổng hợp (P. TH); Tổ công tác <đặc biệt> & "mới"'
      ])
    }

    for (const cells of rows.filter((each) => each[1] !== 'thong-bao-12.md')) expect(cells.slice(-2)).toEqual(['', ''])
    const [english] = parse(emit('csv', [routed], {bom: false, delimiter: ',', lang: 'en'})) as string[][]
    expect(english?.slice(-2)).toEqual(['routing_lead', 'routing_participate'])
  })
})

describe('HTML page', () => {
  const html = emit('html', [seed], {}, [seedText])

  it('names who leads in the header, linked to the table', () => {
    expect(html).toContain(
      '<p class="routing-summary"><a href="#routing">Phân phối (Chủ/Tham)</a> — Chủ trì: <strong lang="vi">Chủ tịch Đ.T.Trung</strong>; <strong lang="vi">Phó Chủ tịch V.T.Phụng</strong>; <strong lang="vi">Phòng Nội vụ và Kiểm tra, giám sát</strong> · Tham gia: 13</p>'
    )
  })

  it('shows the whole table after the tasks: a row per row of the form, expanded, as written (linked to the source), its marks', () => {
    const section = html.slice(html.indexOf('<section id="routing"'), html.indexOf('</section>', html.indexOf('<section id="routing"')))
    expect(html.indexOf('<section id="tasks-section"')).toBeLessThan(html.indexOf('<section id="routing"'))
    expect(section).toContain('<h2 id="routing-title">Phân phối (Chủ/Tham)</h2>')
    const rows = Array.from(section.matchAll(/<tr( class="r-lead")?><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><\/tr>/gu), (row) => ({
      lead: row[1] !== undefined,
      name: (row[2] ?? '').replace(/<[^>]*>/gu, ''),
      written: (row[3] ?? '').replace(/<[^>]*>/gu, ''),
      link: /href="#([^"]*)"/u.exec(row[3] ?? '')?.[1],
      marks: [row[4] !== '', row[5] !== '']
    }))
    expect(rows).toHaveLength(seed.routing.length)
    expect(rows.map((row) => [row.written.replaceAll('&amp;', '&'), row.marks])).toEqual(seed.routing.map((row) => [row.unit, [row.lead, row.participate]]))
    expect(rows[0]).toEqual({lead: true, name: 'Chủ tịch Đ.T.Trung', written: 'CT Đ.T.Trung', link: 'n0-r0', marks: [true, false]})
    expect(rows.filter((row) => row.lead).map((row) => row.name)).toEqual(['Chủ tịch Đ.T.Trung', 'Phó Chủ tịch V.T.Phụng', 'Phòng Nội vụ và Kiểm tra, giám sát'])
    // Each link lands on the row's highlight in the source.
    for (const [index, row] of seed.routing.entries()) {
      expect(html).toMatch(new RegExp(`<mark class="k-routing" data-mark="[^"]*" data-tip="[^"]*" id="n0-r${index}" tabindex="0">`, 'u'))
      expect(rows[index]?.link).toBe(`n0-r${index}`)
      expect(row.position.start.line).toBe(20 + index)
    }
  })

  it('escapes a row as written, and links nowhere without the source text', () => {
    const page = emit('html', [routed], {}, [routedText])
    expect(page).toContain('<code>Tổ công tác &lt;đặc biệt&gt; &amp; &quot;mới&quot;</code>')
    expect(page).not.toContain('<đặc biệt>')
    const bare = emit('html', [routed])
    expect(bare).toContain('<section id="routing"')
    expect(bare).not.toMatch(/href="#n0-r/u)
  })

  it('is English with --lang en (the names stay as written), and has no routing section when no notice has a table', () => {
    const english = emit('html', [routed], {lang: 'en'}, [routedText])
    expect(english).toContain('<h2 id="routing-title">Routing (lead/participate)</h2>')
    expect(english).toContain('<th scope="col">Title or unit</th><th scope="col">As written</th><th scope="col">Lead</th><th scope="col">Participates</th>')
    expect(english).toContain('— Lead: <strong lang="vi">Phó Chủ tịch N.V.An</strong>; <strong lang="vi">Phòng Tổng hợp</strong> · Participates: 3</p>')
    const none = emit('html', [repeating])
    expect(none).not.toContain('id="routing"')
    expect(none).not.toContain('class="routing-summary"')
  })

  it('heads each notice’s table with its document when the page has several, and says when no row is marked', () => {
    const page = emit('html', [routed, unmarked], {})
    expect(page.match(/<table class="routing"/gu)).toHaveLength(2)
    expect(page).toContain('<h3 lang="vi">Thông báo số 12/TB-UBND ngày 05/06/2026: Kết luận của Chủ tịch')
    expect(page).toContain('<a href="#routing">Phân phối (Chủ/Tham)</a> — 5 dòng, không dòng nào được đánh dấu</p>')
  })
})

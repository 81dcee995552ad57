/**
 * The founding notice (Hải Phòng, 2026): every acceptance point of the foundation issue, checked against
 * the text by hand.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import type {Notice, Task} from '../../src/model/schema.js'

const path = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const bytes = readFileSync(path)
const input = bytes.toString('utf8')
const notice: Notice = parseNotice(bytes, {path})

function task(id: string): Task {
  const found = notice.tasks.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no task ${id}; have ${notice.tasks.map((t) => t.id).join(' ')}`)
  return found
}

const deadlines = (id: string): string[] => task(id).deadlines.map((deadline) => deadline.date)

describe('seed notice', () => {
  it('reads the header, stamp and meeting', () => {
    expect(notice.document.type.code).toBe('TB')
    expect(notice.document.type.name).toBe('Thông báo')
    expect(notice.receipt?.number).toBe('41037')
    expect(notice.receipt?.date).toBe('2026-06-06')
    expect(notice.meeting?.date).toBe('2026-06-02')
    expect(notice.document.number).toBeNull()
  })

  it('reads the routing table', () => {
    expect(notice.routing).toHaveLength(25)
    expect(notice.routing.filter((row) => row.lead).map((row) => row.unit)).toEqual(['CT Đ.T.Trung', 'PCT V.T.Phụng', 'P. NV&KT,GS'])
    expect(notice.routing.filter((row) => row.participate)).toHaveLength(13)
    const title = (unit: string): string | null | undefined => notice.routing.find((row) => row.unit === unit)?.title
    expect(title('CT Đ.T.Trung')).toBe('Chủ tịch')
    expect(title('PCVP T.V.Thiện')).toBe('Phó Chánh Văn phòng')
  })

  it('reads the 13 figures of section I', () => {
    expect(notice.figures.map((figure) => [figure.value, figure.unit, figure.approximate])).toEqual([
      [11.81, '%', false],
      [30_000_000_000, 'USD', true],
      [197_810_000_000_000, 'VND', false],
      [134.2, '%', false],
      [29.6, '%', false],
      [105_000_000_000_000, 'VND', true],
      [140.6, '%', false],
      [37.3, '%', false],
      [11.21, '%', false],
      [97_471_000_000_000, 'VND', true],
      [118.8, '%', false],
      [111.9, '%', false],
      [52_613_000_000_000, 'VND', false]
    ])
  })

  it('reads the 6 findings', () => {
    expect(notice.findings.map((finding) => finding.number)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])
    expect(notice.findings[5]?.text).toMatch(/^Chế độ, chính sách đối với cán bộ cấp xã .* trong điều kiện mới\.$/)
  })

  it('builds the task tree with stable ids', () => {
    expect(notice.tasks.map((t) => t.id)).toEqual([
      'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7',
      'II.7.1', 'II.7.1.1', 'II.7.1.2', 'II.7.1.3', 'II.7.1.4',
      'II.7.2', 'II.7.2.1', 'II.7.2.1.i', 'II.7.2.1.ii', 'II.7.2.2', 'II.7.2.3', 'II.7.2.4', 'II.7.2.5',
      'II.7.3', 'II.7.4'
    ])
    expect(task('II.7.2.1.i').parent).toBe('II.7.2.1')
    expect(task('II.7.2.1.i').number).toBe('(i)')
  })

  it('gives the shared deadline and the People’s Committee to the four items of 7.1', () => {
    for (const id of ['II.7.1.1', 'II.7.1.2', 'II.7.1.3', 'II.7.1.4']) {
      expect(task(id).deadlines).toMatchObject([{date: '2026-06-30', kind: 'before', inherited: true}])
      const committee = task(id).assignees.filter((assignee) => /Ủy ban nhân dân thành phố/u.test(assignee.name))
      expect(committee.map((assignee) => assignee.role).sort()).toEqual(['directing', 'lead'])
      expect(committee.every((assignee) => assignee.inherited)).toBe(true)
    }
  })

  it('reads the deadlines and leads of 7.2, 7.3', () => {
    expect(deadlines('II.7.2.1.i')).toEqual(['2026-06-05'])
    expect(deadlines('II.7.2.1.ii')).toEqual(['2026-06-12'])
    for (const id of ['II.7.2.1.i', 'II.7.2.1.ii']) {
      expect(task(id).assignees).toContainEqual({name: 'Ban Tổ chức Thành ủy', role: 'lead', inherited: true})
    }

    expect(deadlines('II.7.2.3')).toEqual(['2026-06-15', '2026-06-30'])
    expect(deadlines('II.7.2.5')).toEqual([])
    expect(deadlines('II.7.3')).toEqual(['2026-07-15'])
    expect(task('II.7.2').assignees.map((a) => [a.name, a.role])).toEqual([
      ['Phó Bí thư Thường trực Thành ủy', 'directing'],
      ['Ban Tổ chức Thành ủy', 'lead'],
      ['các cơ quan liên quan', 'support']
    ])
  })

  it('joins paragraphs broken by a page', () => {
    expect(task('II.2').text).toContain('Kịp thời thay thể những cán bộ yếu kém')
    expect(task('II.5').text).toContain('về cơ sở vật chất nhằm xây dựng nền hành chính')
    expect(task('II.7.4').text).toContain('phát huy vai trò của người đứng đầu cấp ủy, địa phương')
    expect(task('II.7.2.1').text).toBe(
      'Tiếp thu ý kiến tham gia của các đại biểu tại Hội nghị và ý kiến đề nghị tại Hội nghị của các Cụm xã:'
    )
  })

  it('reads the references with their dates', () => {
    const byNumber = Object.fromEntries(notice.references.map((reference) => [reference.number, reference.date]))
    expect(byNumber).toMatchObject({
      '18-KL/TW': '2026-04-02',
      '27-KL/TW': '2026-04-24',
      '300/2025/NĐ-CP': '2025-11-17',
      '34-KL/TW': '2026-05-18'
    })
    expect(task('II.7.1.2').references).toHaveLength(2)
  })

  it('reads the recipients and the signature', () => {
    expect(notice.recipients).toHaveLength(7)
    expect(notice.recipients[0]).toBe('Ban Thường vụ Thành ủy')
    expect(notice.signature).toMatchObject({authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Bùi Hùng Thiện'})
  })

  it('grounds every deadline, reference and figure in the source', () => {
    const raw = (start: number, end: number): string =>
      input.slice(start, end).normalize('NFC').replace(/[*_]/g, '').replace(/\s+/g, ' ')
    const items = [
      ...notice.tasks.flatMap((t) => t.deadlines.filter((deadline) => !deadline.inherited)),
      ...notice.references,
      ...notice.figures
    ]
    expect(items.length).toBeGreaterThan(20)
    for (const item of items) expect(raw(item.position.start.offset, item.position.end.offset)).toBe(item.raw)
    for (const item of items) {
      const lineStart = input.split('\n').slice(0, item.position.start.line - 1).join('\n').length + (item.position.start.line > 1 ? 1 : 0)
      expect(lineStart + item.position.start.column - 1).toBe(item.position.start.offset)
    }
  })
})

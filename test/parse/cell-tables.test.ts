import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../../src/read/normalize.js'
import {toMdast} from '../../src/parse/to-mdast.js'
import {toLines} from '../../src/parse/to-lines.js'
import {joinCellRows} from '../../src/parse/cell-tables.js'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

function rows(text: string): string[] {
  const normalized = normalizeDocument(text).text
  return joinCellRows(toLines(toMdast(normalized), normalized)).map((line) =>
    line.cells ? `row: ${line.cells.map((cell) => cell.text).join(' ¦ ')}` : line.text
  )
}

describe('tables flattened between lone "|" lines', () => {
  it.each([
    [
      'a header and a row, cells wrapped over lines',
      'Trước bảng.\n|\nTT\n|\nNội dung thực\nhiện\n|\nThời gian\n|\n|\n1\n|\nRà soát hồ sơ\nđất đai\n|\nTrước ngày\n30/11/2025\n|\n|\nSau bảng.',
      ['Trước bảng.', 'row: TT ¦ Nội dung thực hiện ¦ Thời gian', 'row: 1 ¦ Rà soát hồ sơ đất đai ¦ Trước ngày 30/11/2025', 'Sau bảng.']
    ],
    ['a lone cell is text, not a row', '|\nHƯỚNG DẪN\n|\n|\n1. Rà soát.', ['HƯỚNG DẪN', '1. Rà soát.']],
    ['no bars, nothing changes', 'Một.\n\nHai.', ['Một.', 'Hai.']]
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected)
  })

  it('keeps each cell’s place in the source', () => {
    const text = '|\nTT\n|\nNội dung\n|\n|\n1\n|\nRà soát\n|\n|'
    const normalized = normalizeDocument(text).text
    const [, row] = joinCellRows(toLines(toMdast(normalized), normalized))
    const cell = row?.cells?.[1]
    expect(cell?.text).toBe('Rà soát')
    expect(normalized.slice(cell?.offsets[0], (cell?.offsets[cell.text.length - 1] ?? 0) + 1)).toBe('Rà soát')
  })

  it('reads the task table of a real plan’s appendix (062) row by row', () => {
    const notice = parseNotice(fixture('062.txt'), {reference: '2026-01-01'})
    const row = notice.tasks.find((task) => task.text.startsWith('Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh'))
    expect(row?.part).toBe('PL')
    expect(row?.assignees.find((assignee) => assignee.role === 'lead')?.name).toBe('Bộ CHQS tỉnh; UBND cấp xã')
    expect(row?.deadlines.map((deadline) => deadline.date)).toEqual(['2025-11-30'])
  })
})

/**
 * Rows of task tables: group rows head the rows under them, long tables number past 999, and an item that
 * holds a table does not take its rows' deadlines.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

const today = '2026-06-10'

function rows(text: string): string[] {
  return parseNotice(text, {reference: today}).tasks.map((task) => `${task.id} ${task.deadlines.map((deadline) => deadline.date).join(',')}`.trim())
}

describe('task table rows', () => {
  it.each([
    [
      'group rows head their rows',
      'KẾ HOẠCH\n\n| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n| I | CHỈ ĐẠO, ĐIỀU HÀNH | | |\n| 1 | Kiện toàn Ban Chỉ đạo | Sở Nội vụ | Trước ngày 30/6/2026 |\n| II | TRIỂN KHAI | | |\n| 1 | Ban hành quy chế | Sở Tư pháp | Quý III/2026 |\n',
      ['Bảng.I.1 2026-06-30', 'Bảng.II.1 2026-09-30']
    ],
    [
      'rows numbered past 999',
      'KẾ HOẠCH\n\n| STT | Nội dung | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n| 999 | Rà soát hồ sơ | Sở Nội vụ | Trước ngày 30/6/2026 |\n| 1000 | Báo cáo kết quả | Sở Nội vụ | Trước ngày 15/7/2026 |\n',
      ['Bảng.999 2026-06-30', 'Bảng.1000 2026-07-15']
    ],
    [
      'an item that holds a table keeps to its own deadline',
      'KẾ HOẠCH\n\n1. Giao các sở thực hiện các nhiệm vụ sau, hoàn thành trước ngày 31/12/2026:\n\n| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n| 1 | Kiện toàn Ban Chỉ đạo | Sở Nội vụ | Trước ngày 30/6/2026 |\n',
      ['1 2026-12-31', 'Bảng.1 2026-06-30']
    ]
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected)
  })

  it('reads the group rows of a real appendix table (062)', () => {
    const {tasks} = parseNotice(fixture('062.txt'), {reference: today})
    const row = tasks.find((task) => task.text.startsWith('Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh'))
    expect(row?.id).toBe('PL.I.1')
    expect(tasks.some((task) => task.id === 'PL.II.1')).toBe(true)
  })
})

/**
 * Which dates in a task's text are its deadlines: starts, named stages, durations with no starting point
 * and parts of an unnamed year are not; a year alone in a table's time column is.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

const today = '2026-06-10'

function deadlinesOf(body: string): string[] {
  const {tasks} = parseNotice(`CÔNG VĂN\nV/v triển khai\n\nKính gửi: Sở Tài chính\n\n${body}\n\nNơi nhận:\n- Như trên;\n`, {reference: today})
  return tasks.flatMap((task) => task.deadlines.map((deadline) => `${deadline.date} ${deadline.kind}`))
}

describe('task deadlines', () => {
  it.each([
    ['a start date', 'Giao Sở Tài chính thực hiện chế độ báo cáo từ ngày 01/7/2026.', []],
    ['a start after "kể từ"', 'Giao Sở Tài chính áp dụng quy trình kể từ quý IV/2026.', []],
    ['a start in a time field', 'Giao Sở Tài chính rà soát hồ sơ. Thời gian thực hiện: Từ 01/7/2026.', []],
    ['a window still ends', 'Giao Sở Tài chính treo cờ từ ngày 10/5/2026 đến hết ngày 14/5/2026.', ['2026-05-14 by-end-of-period']],
    ['a named stage', 'Giao Sở Tài chính bố trí vốn đầu tư công trong giai đoạn 2021 - 2025.', []],
    ['a medium-term plan is not a deadline cue', 'Giao Sở Tài chính bổ sung kế hoạch đầu tư công trung hạn năm 2026.', []],
    ['a look-back duration', 'Giao Sở Tài chính đánh giá kết quả trong 3 năm gần nhất.', []],
    ['a time limit with no starting point', 'Giao Sở Tài chính giải quyết hồ sơ không quá 15 ngày làm việc.', []],
    ['a duration from the signing', 'Giao Sở Tài chính hoàn thành trong vòng 03 tháng kể từ ngày ký.', ['2026-09-10 before']],
    ['a quarter of no named year', 'Giao Sở Tài chính phê duyệt quy hoạch trong Quý I hằng năm.', []],
    ['the end of a quarter of no named year', 'Giao Sở Tài chính báo cáo trước ngày 20 của tháng cuối quý.', []],
    ['a quarter with its year', 'Giao Sở Tài chính hoàn thành trong quý III/2026.', ['2026-09-30 by-end-of-period']],
    ['a time with a minute mark before its day', 'Giao Sở Tài chính báo cáo tại cuộc họp vào lúc 14 giờ 00”, ngày 23/06/2026.', ['2026-06-23 on']]
  ])('%s', (_name, body, expected) => {
    expect(deadlinesOf(body)).toEqual(expected)
  })

  it('reads a year alone in a table’s time column as due by its end (062: “2025”)', () => {
    const {tasks} = parseNotice(fixture('062.txt'), {reference: today})
    const row = tasks.find((task) => task.text.startsWith('Hướng dẫn thanh toán chi phí khám bệnh'))
    expect(row?.deadlines.map((deadline) => `${deadline.date} ${deadline.raw}`)).toEqual(['2025-12-31 2025'])
  })

  it.each([
    [
      'a deadline in the sentence that leads into the items passes to them',
      '1. Trong tháng 12/2026, tập trung thực hiện:\n- Rà soát hồ sơ.\n- Báo cáo kết quả.',
      ['1 2026-12-31', '1.b1 2026-12-31', '1.b2 2026-12-31']
    ],
    [
      'a deadline of an earlier sentence stays with the parent',
      '1. Hoàn thành kế hoạch trước ngày 29/4/2026. Đồng thời thực hiện:\n- Rà soát hồ sơ.\n- Báo cáo kết quả.',
      ['1 2026-04-29']
    ],
    [
      'a field line of the item speaks for the whole item',
      '1. Rà soát thủ tục hành chính. Thời gian thực hiện: Tháng 12/2026. Sản phẩm: báo cáo.\n- Rà soát hồ sơ.',
      ['1 2026-12-31', '1.b1 2026-12-31']
    ],
    [
      'an item that points at another item’s time',
      '1. Hoàn thành đại hội chậm nhất đến ngày 30/9/2026.\n\n2. Giao Sở Nội vụ hướng dẫn, bảo đảm hoàn thành theo thời gian tại khoản 1 Công văn này.',
      ['1 2026-09-30', '2 2026-09-30']
    ],
    [
      'an invitation: its fields are no tasks, preparing is due on the day of the meeting',
      '1. Thời gian: Vào lúc 14 giờ 00, ngày 23/6/2026.\n\n2. Địa điểm: Phòng họp UBND xã.\n\n3. Thành phần:\n- Lãnh đạo UBND xã.\n\n4. Chuẩn bị nội dung:\n- UBND xã chuẩn bị báo cáo tình hình.',
      ['4 2026-06-23', '4.b1 2026-06-23']
    ]
  ])('%s', (_name, body, expected) => {
    const {tasks} = parseNotice(`CÔNG VĂN\nV/v triển khai\n\nKính gửi: Sở Tài chính\n\n${body}\n\nNơi nhận:\n- Như trên;\n`, {reference: today})
    expect(tasks.flatMap((task) => task.deadlines.map((deadline) => `${task.id} ${deadline.date}`))).toEqual(expected)
  })
})

/**
 * Recurring phrases → RFC 5545 rules: the phrase as the engine finds it in a sentence, then `rruleOf`.
 */
import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/dates/index.js'
import {rruleOf, untilOf} from '../../src/dates/rrule.js'

const REFERENCE = '2026-06-02'

/** [sentence, the rule of its recurring mention (null: ongoing work, no rhythm)]. */
const rows: ReadonlyArray<readonly [string, string | null]> = [
  ['Cập nhật số liệu hằng ngày lên hệ thống.', 'FREQ=DAILY'],
  ['Báo cáo hằng tuần về Văn phòng.', 'FREQ=WEEKLY'],
  ['Báo cáo định kỳ thứ Sáu hằng tuần.', 'FREQ=WEEKLY;BYDAY=FR'],
  ['Giao ban vào sáng thứ Hai hằng tuần.', 'FREQ=WEEKLY;BYDAY=MO'],
  ['Báo cáo hằng tuần vào thứ Năm.', 'FREQ=WEEKLY;BYDAY=TH'],
  ['Gửi báo cáo trước ngày 25 hằng tháng.', 'FREQ=MONTHLY;BYMONTHDAY=25'],
  ['Báo cáo định kỳ hằng tháng (trước ngày 20).', 'FREQ=MONTHLY;BYMONTHDAY=20'],
  ['Tổng hợp báo cáo hàng tháng.', 'FREQ=MONTHLY'],
  ['Báo cáo hằng quý.', 'FREQ=MONTHLY;INTERVAL=3'],
  ['Báo cáo trước ngày 20 của tháng cuối quý.', 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20'],
  ['Báo cáo định kỳ 6 tháng.', 'FREQ=MONTHLY;INTERVAL=6'],
  ['Tổng kết hằng năm.', 'FREQ=YEARLY'],
  ['Báo cáo trước ngày 15/12 hằng năm.', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
  ['Thực hiện thường xuyên.', null],
  ['Kiểm tra định kỳ.', null]
]

describe('rruleOf', () => {
  it.each(rows)('%s → %s', (sentence, rule) => {
    const recurring = findDates(sentence, REFERENCE).filter((mention) => mention.kind === 'recurring')
    expect(recurring.length, 'one recurring mention').toBe(1)
    expect(rruleOf(recurring[0]?.raw ?? '')).toBe(rule)
  })

  it('adds UNTIL from the day that bounds the work', () => {
    expect(rruleOf('thứ Sáu hằng tuần', '2026-12-31')).toBe('FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231')
    expect(rruleOf('thường xuyên', '2026-12-31')).toBeNull()
  })
})

describe('untilOf', () => {
  it.each([
    ['Báo cáo hằng tháng đến hết năm 2026.', '2026-12-31'],
    ['Báo cáo hằng tuần cho đến ngày 30/9/2026.', '2026-09-30'],
    ['Báo cáo hằng tuần, trước ngày 30/9/2026 gửi tổng kết.', null]
  ] as const)('%s → %s', (sentence, until) => {
    const bounds = findDates(sentence, REFERENCE)
      .filter((mention) => mention.kind !== 'recurring')
      .map(untilOf)
    expect(bounds).toEqual([until])
  })
})

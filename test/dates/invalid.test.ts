/**
 * Dates written in a text that do not exist (src/dates/invalid.ts), which `directive dates` explains
 * instead of "no dates found": one row per phrase, with the impossible dates and why.
 */
import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/dates/index.js'
import {findInvalidDates} from '../../src/dates/invalid.js'

/** `[text, ...[raw, reason]]` (`raw` keeps a "ngày" written before it); a row without any pair is a text whose dates all exist (or are no dates). */
type Row = readonly [text: string, ...found: Array<readonly [raw: string, reason: string]>]

const rows: readonly Row[] = [
  ['xong trước 30/02/2026', ['30/02/2026', '30 February does not exist (February 2026 has 28 days)']],
  ['hoàn thành trước ngày 31/4/2026', ['ngày 31/4/2026', '31 April does not exist (April 2026 has 30 days)']],
  ['trước 29/02/2026', ['29/02/2026', '29 February 2026 does not exist (2026 is not a leap year)']],
  ['báo cáo trước 30-02-2026 và 30.02.2026', ['30-02-2026', '30 February does not exist (February 2026 has 28 days)'], ['30.02.2026', '30 February does not exist (February 2026 has 28 days)']],
  ['ngày 30 tháng 2 năm 2026', ['ngày 30 tháng 2 năm 2026', '30 February does not exist (February 2026 has 28 days)']],
  ['Ngày 15 tháng 13 năm 2026', ['Ngày 15 tháng 13 năm 2026', 'there is no month 13']],
  ['trong tháng 13/2026', ['tháng 13/2026', 'there is no month 13']],
  ['ngày 0/1/2026', ['ngày 0/1/2026', 'there is no day 0']],
  ['ngày 32/1/2026', ['ngày 32/1/2026', '32 January does not exist (January 2026 has 31 days)']],
  // Without a year: February may have 29 days, but never 30.
  ['trước 30/02', ['30/02', '30 February does not exist (February has at most 29 days)']],
  ['trước ngày 31/4', ['ngày 31/4', '31 April does not exist (April has 30 days)']],
  ['ngày 30 tháng 2', ['ngày 30 tháng 2', '30 February does not exist (February has at most 29 days)']],
  // In a range, the impossible end is named; the possible start is not.
  ['từ 01/02/2026 đến 30/02/2026', ['30/02/2026', '30 February does not exist (February 2026 has 28 days)']],
  // Decomposed (NFD) Vietnamese is read as composed.
  ['nga\u0300y 30 tha\u0301ng 2 na\u0306m 2026', ['ngày 30 tháng 2 năm 2026', '30 February does not exist (February 2026 has 28 days)']],
  // Dates that exist, and what is no date at all.
  ['trước 29/2/2028'],
  ['hoàn thành trước ngày 30/6/2026'],
  ['tỷ số 3/2, tỷ lệ 45/60'],
  ['giảm 30.02 tỷ đồng, mục 30-02'],
  ['Nghị định 30/02/2126'],
  ['số 12/13/NĐ-CP'],
  ['lương tháng 13']
]

describe('findInvalidDates', () => {
  for (const [text, ...expected] of rows) {
    it(text, () => {
      expect(findInvalidDates(text).map((date) => [date.raw, date.reason])).toEqual(expected)
    })
  }

  it('gives the offset of each date in the NFC text', () => {
    expect(findInvalidDates('xong trước 30/02/2026').map((date) => date.index)).toEqual([11])
  })

  it('explains what the date engine drops, without changing what it finds', () => {
    expect(findDates('xong trước 30/02/2026', '2026-06-05')).toEqual([])
    expect(findInvalidDates('xong trước 30/02/2026')).toHaveLength(1)
  })
})

import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {covered, fixture} from '../helpers.js'

const body = '\n\nNgày 02/6/2026, Ủy ban nhân dân thành phố tổ chức họp để bàn về các nội dung trọng tâm của tháng.'

describe('receipt', () => {
  it('reads the stamp of the founding notice', () => {
    const input = fixture('000_6f075bdf8dff8ead.txt')
    const {receipt} = parseNotice(input)
    expect(receipt).toMatchObject({
      office: 'VĂN PHÒNG UBND TP HẢI PHÒNG',
      number: '41037',
      date: '2026-06-06',
      forwardedTo: null,
      file: null
    })
    expect(covered(input, receipt?.position)).toBe(
      'VĂN PHÒNG UBND TP HẢI PHÒNG Số: 41037 Ngày: 06/06/2026 Chuyển: ..... Số và ký hiệu HS: .....'
    )
  })

  it('gives tasks the day of receipt for spans counted from receiving the document', () => {
    const input = new TextDecoder().decode(fixture('000_6f075bdf8dff8ead.txt')).replace('hoàn thành **trước ngày 12/6/2026**', 'hoàn thành trong 10 ngày kể từ ngày nhận được văn bản này')
    const {receipt, document, tasks} = parseNotice(input)
    expect(receipt?.date).toBe('2026-06-06')
    expect(document.date).not.toBe('2026-06-06')
    const deadline = tasks.flatMap((task) => task.deadlines).find((item) => item.raw.includes('nhận được'))
    expect(deadline?.date).toBe('2026-06-16')
  })

  it('is null without a stamp', () => {
    for (const name of ['010.txt', '011.txt', '014.txt', '027.txt', '028.txt', '033.txt', '035.txt']) {
      expect(parseNotice(fixture(name)).receipt, name).toBeNull()
    }
  })

  it('finds an OCR’d stamp laid over the title', () => {
    const input = fixture('022.txt')
    const {receipt, document} = parseNotice(input)
    expect(receipt?.office).toBe('CỔNG THÔNG TTN ĐIỆN TỬ CHÍNH PHỦ')
    // The garbled "ĐỀN vay. 461412024" gives no reliable number or date.
    expect(receipt?.number).toBeNull()
    expect(covered(input, receipt?.position).startsWith('CỔNG THÔNG TTN ĐIỆN TỬ CHÍNH PHỦ')).toBe(true)
    expect(document.title).not.toContain('CỔNG')
    expect(parseNotice(fixture('024.txt')).receipt?.office).toBe('CÔNG THÔNG TÌN ĐIỆN YU CHÍNH PHÙ')
  })

  it('reads a stamp converted to a Markdown blockquote, with filled fields and a 2-digit year', () => {
    const input = [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HẢI PHÒNG',
      'Số: 12/UBND-TH',
      'V/v tổ chức hội nghị',
      '',
      'SỞ NỘI VỤ',
      '',
      '> **ĐẾN** Số: 1998',
      '> Ngày: 5/6/26',
      '> Chuyển: PCT Phụng',
      '> Số và ký hiệu HS: 01.TCCB',
      '',
      'Kính gửi: Các sở, ngành.' + body
    ].join('\n')
    const {receipt, document} = parseNotice(input)
    expect(receipt).toMatchObject({office: 'SỞ NỘI VỤ', number: '1998', date: '2026-06-05', forwardedTo: 'PCT Phụng', file: '01.TCCB'})
    expect(document.number).toBe('12/UBND-TH')
    expect(covered(input, receipt?.position)).toContain('Số: 1998')
  })

  it('does not take a split document number for the stamp’s, nor "ĐẾN NĂM" in a title for the stamp', () => {
    expect(parseNotice(fixture('028.txt')).receipt).toBeNull()
    const title = parseNotice(
      'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nPHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2026-2030,\nĐẾN NĂM 2035' + body
    )
    expect(title.receipt).toBeNull()
    expect(title.document.title).toBe('PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2026-2030, ĐẾN NĂM 2035')
  })
})

import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {covered, fixture} from '../helpers.js'



describe('meeting', () => {
  it('reads the conference of the founding notice', () => {
    const input = fixture('000_6f075bdf8dff8ead.txt')
    const {meeting} = parseNotice(input)
    const name =
      'Hội nghị sơ kết 1 năm vận hành mô hình tổ chức tổng thể của hệ thống chính trị, mô hình chính quyền địa phương 2 cấp'
    expect(meeting).toMatchObject({name, date: '2026-06-02'})
    expect(covered(input, meeting?.position)).toBe(`Ngày 02/6/2026, Ban Thường vụ Thành ủy tổ chức ${name}`)
  })

  it('reads a working visit over two days and a session, through OCR line breaks', () => {
    const visit = parseNotice(fixture('022.txt')).meeting
    expect(visit?.date).toBe('2024-03-23')
    expect(visit?.name?.startsWith('buôi làm việc với Ban Thường vụ Tỉnh ủy Tiền Giang về tình hình')).toBe(true)

    const input = fixture('023.txt')
    const session = parseNotice(input).meeting
    expect(session).toMatchObject({name: 'Phiên họp của Hội đồng', date: '2024-03-19'})
    expect(covered(input, session?.position).endsWith('đã chủ trì Phiên họp của Hội đồng')).toBe(true)
  })

  it('is null when the document records no meeting', () => {
    for (const name of ['010.txt', '011.txt', '014.txt', '025.txt', '027.txt', '028.txt', '035.txt']) {
      expect(parseNotice(fixture(name)).meeting, name).toBeNull()
    }
  })

  it('falls back to the title of a notice of conclusions', () => {
    const input = [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 12/TB-VPCP',
      '',
      'THÔNG BÁO',
      'Kết luận của Phó Thủ tướng tại Phiên họp Ban Chỉ đạo',
      'quốc gia về chuyển đổi số',
      '',
      'Phó Thủ tướng kết luận như sau: các bộ, ngành tiếp tục thực hiện các nhiệm vụ được giao.'
    ].join('\n')
    const {meeting} = parseNotice(input)
    expect(meeting).toMatchObject({name: 'Phiên họp Ban Chỉ đạo quốc gia về chuyển đổi số', date: null})
    expect(covered(input, meeting?.position)).toBe('Phiên họp Ban Chỉ đạo quốc gia về chuyển đổi số')
  })

  it('reads "Chiều ngày …" and stops the name before "để"', () => {
    const {meeting} = parseNotice(
      'THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\nChiều ngày 15 tháng 5 năm 2026, Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở để nghe báo cáo tiến độ. Tham dự có đại diện các sở.'
    )
    expect(meeting).toMatchObject({name: 'cuộc họp với các sở', date: '2026-05-15'})
  })
})

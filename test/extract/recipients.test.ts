import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'


const signatureLike = /^(?:TM\.|KT[.,]|TL\.|T\/L|T\/M)|CHỦ TỊCH$|NHIỆM$|TƯỞNG$|^[\p{Lu}\s]+$/u

describe('recipients', () => {
  it('reads the Nơi nhận list of the founding notice', () => {
    expect(parseNotice(fixture('000_6f075bdf8dff8ead.txt')).recipients).toEqual([
      'Ban Thường vụ Thành ủy',
      'Các cơ quan chuyên trách tham mưu, giúp việc Thành ủy',
      'Các đảng ủy trực thuộc Thành ủy',
      'Đảng ủy HĐND TP, Đảng ủy MTTQ VN TP',
      'Các sở, ban, ngành thành phố',
      'Các đồng chí Ủy viên Thành ủy',
      'Lưu Văn phòng Thành ủy'
    ])
  })

  it('keeps "Như trên", "(để b/c)" and the archive line', () => {
    expect(parseNotice(fixture('010.txt')).recipients).toEqual([
      'Như trên',
      'Thủ tướng, PTTgTT Phạm Gia Túc (để b/c)',
      'UBND TP. Hồ Chí Minh',
      'VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ: TH, PL, TGĐ Cổng TTĐT',
      'Lưu: VT, CN, Cm'
    ])
  })

  it('leaves out signature lines that follow the list in the same block (.docx)', () => {
    expect(parseNotice(fixture('014.txt')).recipients).toEqual([
      'Như trên',
      'Chủ tịch, Phó CT UBND tỉnh - Nguyễn Hồng Hải',
      'Ban Dân vận Tỉnh ủy',
      'Ban Tổ chức Tỉnh ủy',
      'Lưu: VT, KT, NCKSTTHC.Châu'
    ])
    const plan = parseNotice(fixture('035.txt')).recipients
    expect(plan).toHaveLength(11)
    expect(plan.at(-1)).toBe('Lưu: VT, KT')
  })

  it('appends annotations on their own line and joins wrapped items (pdftotext)', () => {
    const decision = parseNotice(fixture('028.txt')).recipients
    expect(decision).toHaveLength(12)
    expect(decision).toContain('Thường trực Thành ủy (để b/c)')
    expect(decision).toContain('UBND các phường, xã (để ph/h th/h)')
    expect(decision).toContain('VP UBTP: CVP, các PCVP, Các phòng: NNMT, TH, ĐT, KGVX, KT; Trung tâm TT, DL vs CNS TP')
    expect(decision.at(-1)).toBe('Lưu: VT, ĐTDG')
    expect(parseNotice(fixture('027.txt')).recipients).toContain(
      'VPUB: CVP, các PCVP, phòng: KGVX, TH, KT, ĐT, TNMT, NC, HC-QT, TT TTDL&CNS TP'
    )
  })

  it('keeps the signature column out when OCR interleaves it with the list', () => {
    for (const name of ['011.txt', '013.txt', '022.txt', '024.txt', '026.txt', '028.txt']) {
      const recipients = parseNotice(fixture(name)).recipients
      expect(recipients.length, name).toBeGreaterThan(3)
      for (const recipient of recipients) expect(signatureLike.test(recipient), `${name}: ${recipient}`).toBe(false)
    }

    const ocr = parseNotice(fixture('013.txt')).recipients
    expect(ocr).toHaveLength(21)
    expect(ocr[4]).toBe('Văn phòng Trung ương và các Ban của Dang')
    expect(ocr.at(-1)).toBe('Lưu: Văn thư,KTTH(2b) 233')
    expect(parseNotice(fixture('022.txt')).recipients[0]).toBe('Thủ tướng, các Phó Thủ tướng Chính phủ')
  })

  it('reads a short list and nothing without one', () => {
    const input = 'Nội dung văn bản gửi các đơn vị để biết và thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Sở Tài chính\n  (để phối hợp);\n- Lưu: VT, TH.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An'
    expect(parseNotice(input).recipients).toEqual(['Như trên', 'Sở Tài chính (để phối hợp)', 'Lưu: VT, TH'])
    expect(parseNotice('Một văn bản không có nơi nhận.').recipients).toEqual([])
  })
})

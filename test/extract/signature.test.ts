import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {covered, fixture} from '../helpers.js'



describe('signature', () => {
  it('reads the founding notice’s signature (Party style, bold Markdown)', () => {
    const input = fixture('000_6f075bdf8dff8ead.txt')
    const {signature} = parseNotice(input)
    expect(signature).toMatchObject({authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Bùi Hùng Thiện'})
    expect(covered(input, signature?.position)).toBe('T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG Bùi Hùng Thiện')
  })

  it('joins an authority chain with " / "', () => {
    const input = fixture('011.txt')
    const {signature} = parseNotice(input)
    expect(signature).toMatchObject({
      authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG',
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Võ Tuấn Anh'
    })
    expect(covered(input, signature?.position)).toBe('TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Võ Tuấn Anh')
    expect(parseNotice(fixture('028.txt')).signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trương Việt Dũng'
    })
  })

  it('reads signatures after the recipients in one block (.docx) and in plain text', () => {
    expect(parseNotice(fixture('010.txt')).signature).toMatchObject({
      authority: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Phạm Mạnh Cường'
    })
    expect(parseNotice(fixture('014.txt')).signature).toMatchObject({authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Hồng Hải'})
    expect(parseNotice(fixture('027.txt')).signature).toMatchObject({authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Vũ Đại Thắng'})
    // The appendix after the signer is not read as part of it.
    expect(parseNotice(fixture('035.txt')).signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Thành Sinh'
    })
  })

  it('picks signature pieces out of OCR’d recipient lines', () => {
    const visit = parseNotice(fixture('024.txt')).signature
    expect(visit).toMatchObject({authority: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', name: null})
    // "Noi nhận: THỦ TƯỞNG": a title without authority; the garbled name is not taken.
    expect(parseNotice(fixture('013.txt')).signature).toMatchObject({authority: null, title: 'THỦ TƯỞNG', name: null})
  })

  it('skips "(Đã ký)" and is null without a signature', () => {
    const input = 'Nội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nQ. GIÁM ĐỐC\n\n(Đã ký)\n\nTS. Trần Thị Bình'
    expect(parseNotice(input).signature).toMatchObject({authority: 'Q. GIÁM ĐỐC', title: null, name: 'TS. Trần Thị Bình'})
    expect(parseNotice('Một văn bản không có chữ ký.').signature).toBeNull()
  })
})

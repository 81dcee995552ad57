/**
 * Header and closing shapes that web-page and PDF conversions make: the day of the date on the line after
 * "ngày", a signer's name wrapped after its first word, the document citing its own number.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

const today = '2026-06-10'

describe('header and closing shapes', () => {
  it.each([
    ['the day on the next line', 'BỘ NỘI VỤ\n\nSố: 10988/BNV-CQĐP\n\nHà Nội, ngày\n21 tháng 11 năm 2025\n\nCÔNG VĂN\n\n1. Giao Vụ Chính quyền địa phương theo dõi.\n', '2025-11-21'],
    ['a page number is no day', 'BỘ NỘI VỤ\n\nSố: 10988/BNV-CQĐP\n\nHà Nội, ngày tháng năm 2025\n2\n\nCÔNG VĂN\n\n1. Giao Vụ Chính quyền địa phương theo dõi.\n', null]
  ])('reads the date with %s', (_name, text, date) => {
    expect(parseNotice(text, {reference: today}).document.date).toBe(date)
  })

  it.each([
    ['one row, lines broken with <br>', '| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Nguyễn Văn C |\n|---|---|\n'],
    ['a row per line', '| Nơi nhận: | KT. CHỦ TỊCH |\n|---|---|\n| - Như trên; | PHÓ CHỦ TỊCH |\n| - Lưu: VT. | |\n| | Nguyễn Văn C |\n']
  ])('reads a closing laid out as a table: %s', (_name, closing) => {
    const notice = parseNotice(`ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 15/UBND-KT\n\nKính gửi: Sở Tài chính\n\n1. Giao Sở Tài chính rà soát trước ngày 30/4/2026.\n\n${closing}`, {reference: today})
    expect([notice.signature?.authority, notice.signature?.title, notice.signature?.name]).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn C'])
    expect(notice.recipients).toEqual(['Như trên', 'Lưu: VT'])
  })

  it('reads a signer’s name wrapped after its first word (063: “Bùi” / “Xuân Cường”)', () => {
    expect(parseNotice(fixture('063.txt'), {reference: today}).signature?.name).toBe('Bùi Xuân Cường')
  })

  it('does not take the document’s own number for a reference (065: “(Ban hành kèm theo Công văn số 5155/…)”)', () => {
    const notice = parseNotice(fixture('065.txt'), {reference: today})
    expect(notice.document.number).toBe('5155/SGDĐT-GDTXNNĐH')
    expect(notice.references.map((reference) => reference.number)).not.toContain('5155/SGDĐT-GDTXNNĐH')
  })
})

/**
 * Task tables whose columns OCR or pdftotext ran together line by line: rows start with their number, and
 * the time column leaves its piece at the end of each line.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

const today = '2026-06-10'
const decision = 'QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ./.\n\nNơi nhận:\n- Như Điều 1;\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\n'

function rows(table: string): string[] {
  const {tasks} = parseNotice(`${decision}PHỤ LỤC\n(Kèm theo Quyết định số 12/QĐ-UBND)\n\n${table}`, {reference: today})
  return tasks.filter((task) => task.part).map((task) => `${task.id} ${task.deadlines.map((deadline) => deadline.date).join(',')} ${task.text.slice(0, 24)}`)
}

describe('interleaved task tables', () => {
  it.each([
    [
      'years at the ends of the lines',
      'STT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian\n1 | Rà soát hồ sơ đất đai Sở Nông nghiệp Các sở, ngành 2026\n2 | Sửa đổi quy chế phối hợp Sở Tư pháp Các sở, ngành, 2026 - 2027\nđịa phương\n',
      ['PL.1 2026-12-31 Rà soát hồ sơ đất đai Sở', 'PL.2 2027-12-31 Sửa đổi quy chế phối hợp']
    ],
    [
      'a deadline split over two lines',
      'TT Tên văn bản Cơ quan Cơ quan Thời hạn\nchủ trì phối hợp\n1. Nghị định về tín dụng Ngân hàng Các bộ, Trước ngày\nNhà nước ngành 15/4/2026\n',
      ['PL.1 2026-04-15 Nghị định về tín dụng Ng']
    ],
    ['a sentence that names the roles is no header', 'Sở Xây dựng chủ trì phối hợp các sở thực hiện trong năm 2026\n1 | Rà soát 2026\n', []]
  ])('%s', (_name, table, expected) => {
    expect(rows(table)).toEqual(expected)
  })

  it('reads the OCR’d task table of a real resolution’s appendix (029)', () => {
    const {parts, tasks} = parseNotice(fixture('029.txt'), {reference: today})
    expect(parts.map((part) => part.kind)).toEqual(['appendix'])
    const row = tasks.find((task) => task.text.startsWith('Sửa đổi, bỗ sung Nghị định số 88/2012/NĐ-CP'))
    expect(row?.deadlines.map((deadline) => deadline.date)).toEqual(['2026-12-31'])
  })

  it('keeps articles side by side after a plan’s parts (029: Điều 3 is no item of III.4)', () => {
    const {tasks} = parseNotice(fixture('029.txt'), {reference: today})
    // Điều 2 only says when the resolution takes effect: no task.
    expect(tasks.filter((task) => task.number.startsWith('Điều')).map((task) => [task.id, task.parent])).toEqual([['Điều3', null]])
  })
})

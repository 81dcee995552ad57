import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../../src/read/normalize.js'
import {toMdast} from '../../src/parse/to-mdast.js'
import {toLines} from '../../src/parse/to-lines.js'
import {isLayoutNoise, toLayout} from '../../src/parse/layout.js'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

function linesOf(text: string) {
  const normalized = normalizeDocument(text).text
  return toLines(toMdast(normalized), normalized)
}

/** Each part as "kind: first title line → first content line". */
function parts(text: string): string[] {
  const lines = linesOf(text)
  return toLayout(lines).parts.map(
    (part) => `${part.kind}: ${lines[part.titleLine]?.text} → ${lines[part.bodyStart]?.text ?? '(end)'}`
  )
}

const decision = `ỦY BAN NHÂN DÂN
TỈNH A

QUYẾT ĐỊNH

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.

Điều 2. Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
`

describe('parts after the closing', () => {
  it.each([
    [
      'an attached plan under its "(Kèm theo …)" note',
      `${decision}\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n(Kèm theo Quyết định số 12/QĐ-UBND\nngày 05/01/2026 của UBND tỉnh)\n\nI. MỤC ĐÍCH\n`,
      ['attachment: KẾ HOẠCH → I. MỤC ĐÍCH']
    ],
    [
      'an attached plan with a header of its own',
      `${decision}\nỦY BAN NHÂN DÂN\nTỈNH A\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nTHỰC HIỆN CHUYỂN ĐỔI SỐ\n\n1. Sở Nội vụ chủ trì rà soát.\n`,
      ['attachment: KẾ HOẠCH → 1. Sở Nội vụ chủ trì rà soát.']
    ],
    [
      'two numbered appendices',
      `${decision}\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 5/KH-UBND)\n\n1. Rà soát hồ sơ.\n\nPHỤ LỤC II\nTIẾN ĐỘ\n\n1. Báo cáo kết quả.\n`,
      ['appendix: PHỤ LỤC I → 1. Rà soát hồ sơ.', 'appendix: PHỤ LỤC II → 1. Báo cáo kết quả.']
    ],
    [
      '"Phụ lục 1:" with its title on the same line',
      `${decision}\nPhụ lục 1: Danh sách các đơn vị\n(Kèm theo Công văn số 7/SCT)\n\n1. Công ty A\n`,
      ['appendix: Phụ lục 1: Danh sách các đơn vị → 1. Công ty A']
    ],
    [
      'an untyped title above its note',
      `${decision}\nDANH SÁCH CÁC DỰ ÁN\n(Kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Dự án A\n`,
      ['attachment: DANH SÁCH CÁC DỰ ÁN → 1. Dự án A']
    ],
    ['nothing after the signature', decision, []],
    // A type name in capitals after the signature, with neither note nor header, is not a part.
    ['a lone type word', `${decision}\nKẾ HOẠCH\n`, []]
  ])('%s', (_, text, expected) => {
    expect(parts(text)).toEqual(expected)
  })

  it('ends the body of an attached plan at its own signature', () => {
    const text = `${decision}\nKẾ HOẠCH\n(Kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Sở Nội vụ chủ trì.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n`
    const lines = linesOf(text)
    const [part] = toLayout(lines).parts
    expect(lines[(part?.bodyEnd ?? 0) - 1]?.text).toBe('1. Sở Nội vụ chủ trì.')
  })

  it('reads the tasks of an attached plan in a real decision (057), under the part’s id', () => {
    const notice = parseNotice(fixture('057.txt'), {reference: '2026-01-01'})
    expect(notice.parts.map((part) => [part.id, part.kind])).toEqual([['KH', 'attachment']])
    expect(notice.parts[0]?.title).toMatch(/^KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN/u)
    const attached = notice.tasks.filter((task) => task.part === 'KH')
    expect(attached.length).toBeGreaterThan(10)
    expect(attached.every((task) => task.id.startsWith('KH.'))).toBe(true)
    expect(notice.tasks.filter((task) => task.part === null).map((task) => task.id)).toEqual(['Điều3'])
  })

  it('reads both appendices of a real notice (055) and the rows of their tables', () => {
    const notice = parseNotice(fixture('055.txt'), {reference: '2026-01-01'})
    expect(notice.parts.map((part) => part.id)).toEqual(['PLI', 'PLII'])
    expect(notice.tasks.some((task) => task.part === 'PLI' && task.deadlines.length > 0)).toBe(true)
  })
})

describe('layout noise', () => {
  it.each([
    ['CÔNG BÁO/Số 25 + 26/Ngày 15-01-2026', true],
    ['CÔNG BÁO/Số 1234 + 1235/Ngày 31-12-2025 17', true],
    ['5 CÔNG BÁO/Số 25/Ngày 15-01-2026', true],
    ['Ký bởi: Văn phòng Chính phủ', true],
    ['Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ', true],
    ['Thời gian ký: 15.04.2024 10:18:12 +07:00', true],
    ['Email: vpcp@chinhphu.vn', true],
    ['Công báo đăng tải văn bản trong ngày.', false],
    ['Ký bởi các bên trong hợp đồng, báo cáo trước ngày 30/6/2026', false],
    ['Thời gian: trước ngày 30/6/2026', false]
  ])('%s: %s', (text, expected) => {
    expect(isLayoutNoise(text)).toBe(expected)
  })

  it('keeps a gazette head and a signing stamp out of task text', () => {
    const text = 'KẾ HOẠCH\n\n1. Giao Sở Nội vụ chủ trì rà soát các thủ tục của các\nCÔNG BÁO/Số 25 + 26/Ngày 15-01-2026 5\nsở, ngành, báo cáo trước ngày 30/6/2026.\n\n2. Giao Sở Tư pháp thẩm định.\nKý bởi: Văn phòng Ủy ban nhân dân\nNgày ký: 15.01.2026 10:18:12 +07:00\n\nNơi nhận:\n- Như trên;\n'
    const {tasks} = parseNotice(text, {reference: '2026-01-01'})
    expect(tasks.map((task) => [task.text, task.deadlines.map((deadline) => deadline.date)])).toEqual([
      ['Giao Sở Nội vụ chủ trì rà soát các thủ tục của các sở, ngành, báo cáo trước ngày 30/6/2026.', ['2026-06-30']],
      ['Giao Sở Tư pháp thẩm định.', []]
    ])
  })
})

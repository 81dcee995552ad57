import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findReferences, type ReferenceMatch} from '../../src/references/index.js'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url), 'utf8')

/** The comparable part of a match (offsets are checked separately). */
type Expected = Pick<ReferenceMatch, 'raw' | 'kind' | 'number' | 'date' | 'issuer'>
const view = (m: ReferenceMatch): Expected => ({raw: m.raw, kind: m.kind, number: m.number, date: m.date, issuer: m.issuer})
const ref = (raw: string, kind: string | null, number: string | null, date: string | null = null, issuer: string | null = null): Expected => ({
  raw,
  kind,
  number,
  date,
  issuer
})

function expectSlices(text: string, matches: readonly ReferenceMatch[]): void {
  let previousEnd = 0
  for (const m of matches) {
    expect(text.slice(m.index, m.index + m.length)).toBe(m.raw)
    expect(m.index).toBeGreaterThanOrEqual(previousEnd)
    previousEnd = m.index + m.length
  }
}

describe('findReferences: the founding notice (000)', () => {
  const text = fixture('000_6f075bdf8dff8ead.txt')
  const found = findReferences(text)

  it('finds exactly the five citations, in order, with date and issuer', () => {
    expect(found.map(view)).toEqual([
      ref('Nghị quyết số 57', 'Nghị quyết', '57'),
      ref('Kết luận số 18-KL/TW, ngày 02/4/2026 của Ban Chấp hành Trung ương', 'Kết luận', '18-KL/TW', '2026-04-02', 'Ban Chấp hành Trung ương'),
      ref('Kết luận số 27-KL/TW, ngày 24/4/2026 của Ban Bí thư', 'Kết luận', '27-KL/TW', '2026-04-24', 'Ban Bí thư'),
      ref('Nghị định số 300/2025/NĐ-CP, ngày 17/11/2025 của Chính phủ', 'Nghị định', '300/2025/NĐ-CP', '2025-11-17', 'Chính phủ'),
      ref('Kết luận số 34-KL/TW, ngày 18/5/2026 của Bộ Chính trị', 'Kết luận', '34-KL/TW', '2026-05-18', 'Bộ Chính trị')
    ])
    expectSlices(text, found)
  })

  it('ignores the ĐẾN stamp number, deadlines, percentages and the term range', () => {
    const raws = found.map((m) => m.raw).join('\n')
    expect(raws).not.toContain('41037')
    expect(raws).not.toContain('30/6/2026')
    expect(raws).not.toContain('2025 - 2030')
  })

  it('gives the same results, with offsets into the original, on NFD input', () => {
    const nfd = text.normalize('NFD')
    const again = findReferences(nfd)
    expect(again.map((m) => ({...view(m), raw: m.raw.normalize('NFC')}))).toEqual(found.map(view))
    expectSlices(nfd, again)
  })
})

describe('findReferences: real phrasing from the corpus', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'Party citation without a comma before ngày, date in words (029)',
      'Căn cứ Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị về tiếp tục',
      [ref('Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị', 'Kết luận', '57-KL/TW', '2023-06-15', 'Bộ Chính trị')]
    ],
    [
      'OCR KI for KL, issuer wrapped onto the next line (029)',
      '- Nghiên cứu, quán triệt nội dung của Kết luận số 57-KI/TW của Bộ\nChính trị; tuyên truyền',
      [ref('Kết luận số 57-KI/TW của Bộ\nChính trị', 'Kết luận', '57-KL/TW', null, 'Bộ Chính trị')]
    ],
    [
      'type word and "số" split by a hard line wrap (022, 027)',
      'thực hiện Nghị\nquyết số 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị về phát triển',
      [ref('Nghị\nquyết số 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị', 'Nghị quyết', '80-NQ/TW', '2026-01-07', 'Bộ Chính trị')]
    ],
    [
      'issuer stops before "thực hiện" (027)',
      'Chương trình hành động số 08-CTr/TU ngày 17/3/2026 của Thành uỷ Hà Nội thực hiện Nghị quyết',
      [ref('Chương trình hành động số 08-CTr/TU ngày 17/3/2026 của Thành uỷ Hà Nội', 'Chương trình', '08-CTr/TU', '2026-03-17', 'Thành uỷ Hà Nội')]
    ],
    [
      'normative decree, date in words, issuer stops before "về" (002)',
      'Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;',
      [ref('Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ', 'Nghị định', '45/2020/NĐ-CP', '2020-04-08', 'Chính phủ')]
    ],
    [
      'issuer stops before "quy định" (002)',
      'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin',
      [ref('Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ', 'Nghị định', '42/2022/NĐ-CP', '2022-06-24', 'Chính phủ')]
    ],
    [
      'OCR year with five digits: date null, issuer still read (002)',
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ về kiểm soát thủ tục hành chính;',
      [ref('Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ', 'Nghị định', '63/2010/NĐ-CP', null, 'Chính phủ')]
    ],
    [
      '"quy định của Nghị định" is not an interposed issuer (002)',
      'hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về',
      [ref('Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ', 'Nghị định', '61/2018/NĐ-CP', '2018-04-23', 'Chính phủ')]
    ],
    [
      'Thông báo kết luận, State notice (024)',
      '| tại Thông báo kết luận số 460/TB-VPCP ngày 08 tháng 11 năm 2023, Thủ tướng',
      [ref('Thông báo kết luận số 460/TB-VPCP ngày 08 tháng 11 năm 2023', 'Thông báo', '460/TB-VPCP', '2023-11-08')]
    ],
    [
      'generic "văn bản": kind from the symbol (010, 034)',
      'tại văn bản số 92/TTr-UBND ngày 21 tháng 4 năm 2026; Văn bản số 194/HC-CNHC ngày 05/02/2024 về việc',
      [
        ref('văn bản số 92/TTr-UBND ngày 21 tháng 4 năm 2026', 'Tờ trình', '92/TTr-UBND', '2026-04-21'),
        ref('Văn bản số 194/HC-CNHC ngày 05/02/2024', 'Công văn', '194/HC-CNHC', '2024-02-05')
      ]
    ],
    [
      'list of công văn continued by "số …" and "và số …" (026)',
      'tại Công văn số 5282/BTNMT-\nQHPTTTNĐ ngày 06 tháng 7 năm 2023, số 85/BTNMT-QHPTTNĐ ngày 08 tháng\n01 năm 2024 và số 1713/BTNMT-QHPTTNĐ ngày 20 tháng 3 năm 2024 về việc',
      [
        ref('Công văn số 5282/BTNMT-\nQHPTTTNĐ ngày 06 tháng 7 năm 2023', 'Công văn', '5282/BTNMT-QHPTTTNĐ', '2023-07-06'),
        ref('số 85/BTNMT-QHPTTNĐ ngày 08 tháng\n01 năm 2024', 'Công văn', '85/BTNMT-QHPTTNĐ', '2024-01-08'),
        ref('số 1713/BTNMT-QHPTTNĐ ngày 20 tháng 3 năm 2024', 'Công văn', '1713/BTNMT-QHPTTNĐ', '2024-03-20')
      ]
    ],
    [
      'OCR "so"/"sô" for số and "Chi thị" without its hỏi (013)',
      'Chỉ thị so 10/CT-TTg ngày 25 tháng\n02 năm 2020; nghiêm Chi thị sô 20/CT-TTg ngày 17 tháng 5 năm 2017 của Thủ tướng Chính\nphủ, không',
      [
        ref('Chỉ thị so 10/CT-TTg ngày 25 tháng\n02 năm 2020', 'Chỉ thị', '10/CT-TTg', '2020-02-25'),
        ref('Chi thị sô 20/CT-TTg ngày 17 tháng 5 năm 2017 của Thủ tướng Chính\nphủ', 'Chỉ thị', '20/CT-TTg', '2017-05-17', 'Thủ tướng Chính phủ')
      ]
    ],
    [
      'missing hyphen and dropped T repaired in number (027, 033, 035)',
      'Quyết định số 5969/QĐUBND ngày 28/11/2025; Nghị định số 181/2024/NĐCP ngày 31/12/2024; Quyết định số 866/QĐ-Tg ngày 18/7/2023',
      [
        ref('Quyết định số 5969/QĐUBND ngày 28/11/2025', 'Quyết định', '5969/QĐ-UBND', '2025-11-28'),
        ref('Nghị định số 181/2024/NĐCP ngày 31/12/2024', 'Nghị định', '181/2024/NĐ-CP', '2024-12-31'),
        ref('Quyết định số 866/QĐ-Tg ngày 18/7/2023', 'Quyết định', '866/QĐ-TTg', '2023-07-18')
      ]
    ],
    [
      'named laws (025)',
      'sửa đổi, bổ sung một số điều của Luật Lâm nghiệp số 16/2017/QH14. Kế hoạch triển khai thi hành Luật Đất đai số 31/2024/QH15, bảo đảm',
      [
        ref('Luật Lâm nghiệp số 16/2017/QH14', 'Luật', '16/2017/QH14'),
        ref('Luật Đất đai số 31/2024/QH15', 'Luật', '31/2024/QH15')
      ]
    ],
    [
      'a law name never swallows another citation (025)',
      'các văn bản quy định chỉ tiết Luật Đất đai được giao theo Quyết\nđịnh số 222/QĐ-TTg ngày 05 tháng 3 năm 2024 của Thủ tướng Chính phủ về Ban',
      [ref('Quyết\nđịnh số 222/QĐ-TTg ngày 05 tháng 3 năm 2024 của Thủ tướng Chính phủ', 'Quyết định', '222/QĐ-TTg', '2024-03-05', 'Thủ tướng Chính phủ')]
    ],
    [
      'no "số" before the symbol (028)',
      'theo Quyết định 41/2017/QĐ-UBND ngày 06/12/2017 của UBND Thành phố về',
      [ref('Quyết định 41/2017/QĐ-UBND ngày 06/12/2017 của UBND Thành phố', 'Quyết định', '41/2017/QĐ-UBND', '2017-12-06', 'UBND Thành phố')]
    ],
    [
      'issuer continued over a line wrap inside "Thành phố" (028)',
      'Căn cứ Kế hoạch số 325/KH-UBND ngày 03/12/2025 của UBND Thành\nphố về khắc phục',
      [ref('Kế hoạch số 325/KH-UBND ngày 03/12/2025 của UBND Thành\nphố', 'Kế hoạch', '325/KH-UBND', '2025-12-03', 'UBND Thành phố')]
    ],
    [
      'short name without "số" (035)',
      'ban hành Kế hoạch triển khai thực hiện Chỉ thị 11 với các nội dung; Chỉ thị 11 của Ban Thường vụ Tỉnh ủy; tạo chuyển biến',
      [
        ref('Chỉ thị 11', 'Chỉ thị', '11'),
        ref('Chỉ thị 11 của Ban Thường vụ Tỉnh ủy', 'Chỉ thị', '11', null, 'Ban Thường vụ Tỉnh ủy')
      ]
    ],
    [
      'Quy chế phối hợp with a three-group symbol (028)',
      'Thực hiện theo Quy chế phối hợp số 924/QC-SNNMT-SXD ngày 14/4/2026 giữa',
      [ref('Quy chế phối hợp số 924/QC-SNNMT-SXD ngày 14/4/2026', 'Quy chế', '924/QC-SNNMT-SXD', '2026-04-14')]
    ],
    [
      'upper-case heading (001)',
      'gắn với nhiệm vụ THẦN NGHỊ QUYẾT SỐ 25-NQ/TW Trung ương Đảng về',
      [ref('NGHỊ QUYẾT SỐ 25-NQ/TW', 'Nghị quyết', '25-NQ/TW')]
    ],
    [
      'bare symbol in a table, glued "ngày" cut off (029, 025)',
      'chị quêtsố 47/NQ-CPngày 1Š tháng 4 năm 2024 của Chính phủ)\n439/QĐ-TTg ngày 1o tháng năm 2024',
      [ref('47/NQ-CP', 'Nghị quyết', '47/NQ-CP'), ref('439/QĐ-TTg', 'Quyết định', '439/QĐ-TTg')]
    ]
  ]

  it.each(cases)('%s', (_name, text, expected) => {
    const found = findReferences(text)
    expect(found.map(view)).toEqual(expected)
    expectSlices(text, found)
  })
})

describe('findReferences: decided cases', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'a number without a symbol is a reference with that number',
      'Triển khai có hiệu quả Nghị quyết số 57 về đột phá phát triển khoa học',
      [ref('Nghị quyết số 57', 'Nghị quyết', '57')]
    ],
    [
      'issuer between the type word and the number',
      'theo Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 05/02/2026 về việc',
      [ref('Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 05/02/2026', 'Quyết định', '31-QĐ/TW', '2026-02-05', 'Bộ Chính trị')]
    ],
    [
      'bare symbol in running text: kind from its type code',
      'Thực hiện theo 460/TB-VPCP, các bộ',
      [ref('460/TB-VPCP', 'Thông báo', '460/TB-VPCP')]
    ],
    [
      'a list is two references; the closing issuer is shared back',
      'Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành Trung ương khóa XII',
      [
        ref('Nghị quyết số 18-NQ/TW', 'Nghị quyết', '18-NQ/TW', null, 'Ban Chấp hành Trung ương'),
        ref('19-NQ/TW của Ban Chấp hành Trung ương', 'Nghị quyết', '19-NQ/TW', null, 'Ban Chấp hành Trung ương')
      ]
    ],
    [
      'a list item inherits the kind even when its code is ambiguous',
      'Quy định số 08-QĐi/TW và số 09-QĐ/TW của Bộ Chính trị',
      [
        ref('Quy định số 08-QĐi/TW', 'Quy định', '08-QĐi/TW', null, 'Bộ Chính trị'),
        ref('số 09-QĐ/TW của Bộ Chính trị', 'Quy định', '09-QĐ/TW', null, 'Bộ Chính trị')
      ]
    ],
    [
      'law of the National Assembly',
      'Căn cứ Luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;',
      [ref('Luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025', 'Luật', '64/2025/QH15', '2025-02-19')]
    ],
    [
      'spaces inside symbols are tolerated and removed from number',
      'tại Công văn số 6240 /BGDĐT-KHCNTT ngày 05/6/2026; Công văn số 1400 - CV/VPTU của Văn phòng Tỉnh ủy.',
      [
        ref('Công văn số 6240 /BGDĐT-KHCNTT ngày 05/6/2026', 'Công văn', '6240/BGDĐT-KHCNTT', '2026-06-05'),
        ref('Công văn số 1400 - CV/VPTU của Văn phòng Tỉnh ủy', 'Công văn', '1400-CV/VPTU', null, 'Văn phòng Tỉnh ủy')
      ]
    ],
    [
      'Youth Union symbol without a hyphen',
      'theo Quyết định số 84 QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn',
      [ref('Quyết định số 84 QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn', 'Quyết định', '84-QĐ/TWĐTN', null, 'Ban Bí thư Trung ương Đoàn')]
    ],
    [
      'old Party date style and a comma-bearing ministry name',
      'Thông báo số 123-TB/TU ngày 01-10-1997 của Thành ủy; Quyết định số 1/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch, ngày',
      [
        ref('Thông báo số 123-TB/TU ngày 01-10-1997 của Thành ủy', 'Thông báo', '123-TB/TU', '1997-10-01', 'Thành ủy'),
        ref('Quyết định số 1/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch', 'Quyết định', '1/QĐ-BVHTTDL', null, 'Bộ Văn hóa, Thể thao và Du lịch')
      ]
    ],
    [
      'an impossible date is kept in raw but date is null',
      'Quyết định số 5/QĐ-UBND ngày 31/02/2024 của UBND tỉnh',
      [ref('Quyết định số 5/QĐ-UBND ngày 31/02/2024 của UBND tỉnh', 'Quyết định', '5/QĐ-UBND', null, 'UBND tỉnh')]
    ],
    [
      'issuer ends at "V/v" and at " và <type word>"',
      'Công văn số 3722/VPCP-CN của Văn phòng Chính phủ V/v cơ chế; Kết luận số 1-KL/TW của Bộ Chính trị và Nghị quyết số 2-NQ/TW',
      [
        ref('Công văn số 3722/VPCP-CN của Văn phòng Chính phủ', 'Công văn', '3722/VPCP-CN', null, 'Văn phòng Chính phủ'),
        ref('Kết luận số 1-KL/TW của Bộ Chính trị', 'Kết luận', '1-KL/TW', null, 'Bộ Chính trị'),
        ref('Nghị quyết số 2-NQ/TW', 'Nghị quyết', '2-NQ/TW')
      ]
    ],
    [
      'Ð (U+00D0, Icelandic eth) is read as Đ',
      'Quyết định số 12/QÐ-UBND ngày 02/01/2026',
      [ref('Quyết định số 12/QÐ-UBND ngày 02/01/2026', 'Quyết định', '12/QĐ-UBND', '2026-01-02')]
    ],
    [
      'Markdown table cells and bold around the citation',
      '| 1 | Triển khai **Kế hoạch số 70/KH-UBND** ngày 15/9/2025 | Sở Nội vụ |',
      [ref('Kế hoạch số 70/KH-UBND', 'Kế hoạch', '70/KH-UBND')]
    ]
  ]

  it.each(cases)('%s', (_name, text, expected) => {
    const found = findReferences(text)
    expect(found.map(view)).toEqual(expected)
    expectSlices(text, found)
  })
})

describe('findReferences: decoys', () => {
  const decoys: Array<[string, string]> = [
    ['dates', 'hoàn thành trước ngày 30/6/2026; ngày 06/06/2026; 2O/1O/2026'],
    ['ranges', 'giai đoạn 2021-2025, nhiệm kỳ 2025 - 2030, (2024 - 2029)'],
    ['figures and fractions', 'đạt 197.810 tỷ đồng, tăng 11,81%; 9/10 chỉ tiêu; 1.234.567,89'],
    ['units with a slash', 'Trạm bơm Yên Sở 90m3/s, 170 m3/s; xe bơm 1.800m3/h'],
    ['the ĐẾN stamp', 'VĂN PHÒNG UBND TP HẢI PHÒNG\n\nSố: 41037  \nNgày: 06/06/2026\n\nChuyển: .....'],
    ['own State header line', 'Số: 123/QĐ-UBND\nHà Nội, ngày 05 tháng 6 năm 2026'],
    ['own header with place and date on the line', 'Số: 163/TB-VPCP Hà Nội, ngày 15 tháng 4 năm 2024'],
    ['own Party header in Markdown', '**Số:** 36-HD/VPTW\n| Số 1400 - CV/VPTU | Hải Phòng, ngày 05 tháng 6 năm 2026 |'],
    ['OCR-wrecked header (023)', 'c— ——S%6:-L52/TB-VPCP SA QUA : 3Š'],
    ['OCR header without "Số" (013)', '| CONG THONG TIN BIEN TỦ CHÍNH PHÙ 41 /CT-TTs Ha Nội, ngàyháng 3 năm 2020'],
    ['quantities after type words', 'Kế hoạch 5 năm 2021-2025; Báo cáo 6 tháng đầu năm; Luật Báo chí 2016'],
    ['"số" in ordinary words', 'chuyển đổi số quốc gia; Chỉ số cải cách hành chính; một số điều; số lượng 5'],
    ['type words without a number', 'Nghị quyết Đại hội Đảng bộ thành phố lần thứ I; chỉ thị, nghị quyết, kết luận của Trung ương'],
    ['address-like slash', 'Tổ 5/Khu 3, phường Lê Chân'],
    ['time and codes glued to letters', 'lúc 17h00/DBQG; COVID-19/TW; F0/F1'],
    ['team number, not a document number (000)', '(theo Kết luận của Đoàn Kiểm tra, giám sát số 4 của Bộ Chính trị).'],
    ['lower-case "quy định của"', 'theo quy định của pháp luật số 5 về']
  ]

  it.each(decoys)('%s', (_name, text) => {
    expect(findReferences(text).map(view)).toEqual([])
  })
})

describe('findReferences: fixtures', () => {
  it('026 (công văn of the Prime Minister): the three letters of the ministry, not the own header', () => {
    const text = fixture('026.txt')
    const found = findReferences(text)
    expect(found.map((m) => m.number)).toEqual(['5282/BTNMT-QHPTTTNĐ', '85/BTNMT-QHPTTNĐ', '1713/BTNMT-QHPTTNĐ'])
    expectSlices(text, found)
  })

  it('029 (Nghị quyết 47/NQ-CP): every Kết luận 57 citation, no own header', () => {
    const text = fixture('029.txt')
    const found = findReferences(text)
    expect(found.filter((m) => m.number === '57-KL/TW')).toHaveLength(7)
    expect(found.some((m) => m.raw.startsWith('Số'))).toBe(false)
    expect(found.find((m) => m.raw.startsWith('Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính\ntrị'))?.issuer).toBe('Bộ Chính trị')
    expectSlices(text, found)
  })

  it('013 (Chỉ thị, OCR): the own header line is not a citation', () => {
    const text = fixture('013.txt')
    const found = findReferences(text)
    expect(found.map((m) => m.number)).not.toContain('41/CT-TTs')
    expect(found.map((m) => m.number)).toEqual(expect.arrayContaining(['79-CV/TW', '05/CT-TTg', '06/CT-TTg', '10/CT-TTg', '20/CT-TTg']))
    expectSlices(text, found)
  })
})

describe('findReferences: input handling', () => {
  it('returns [] for empty input', () => {
    expect(findReferences('')).toEqual([])
  })

  it('maps offsets through NFD text in front of and inside the citation', () => {
    const prefix = 'Thực hiện chủ trương của Thành ủy, căn cứ '.normalize('NFD')
    const citation = 'Kết luận số 18-KL/TW, ngày 02/4/2026 của Ban Chấp hành Trung ương'.normalize('NFD')
    const text = `${prefix}${citation}; tiếp tục.`
    const [m] = findReferences(text)
    expect(m?.index).toBe(prefix.length)
    expect(m?.raw).toBe(citation)
    expect(m?.issuer).toBe('Ban Chấp hành Trung ương')
    expect(m?.number).toBe('18-KL/TW')
  })

  it('handles mixed NFC/NFD (a few decomposed words, as in 002)', () => {
    const text = `Căn cứ Quyết định ${'số'.normalize('NFD')} 3083/QĐ-BTC ngày 04/9/2025 của Bộ Tài ${'chính'.normalize('NFD')} về việc`
    const [m] = findReferences(text)
    expect(m?.number).toBe('3083/QĐ-BTC')
    expect(m?.issuer).toBe('Bộ Tài chính')
    expect(m === undefined ? '' : text.slice(m.index, m.index + m.length)).toBe(m?.raw)
  })

  it('accepts CRLF line ends', () => {
    const text = 'Căn cứ Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính\r\ntrị về'
    const [m] = findReferences(text)
    expect(m?.issuer).toBe('Bộ Chính trị')
    expect(m?.date).toBe('2023-06-15')
  })
})

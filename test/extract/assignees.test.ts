import {describe, expect, it} from 'vitest'
import {readAssignees, readSubjectHeading} from '../../src/extract/assignees/index.js'

type Row = [text: string, expected: Array<[string, string]>]

const rows: Row[] = [
  [
    'Đồng chí Phó Bí thư Thường trực Thành ủy chỉ đạo Ban Tổ chức Thành ủy chủ trì, phối hợp với các cơ quan liên quan:',
    [['Phó Bí thư Thường trực Thành ủy', 'directing'], ['Ban Tổ chức Thành ủy', 'lead'], ['các cơ quan liên quan', 'support']]
  ],
  [
    'Đồng chí Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố lãnh đạo Đảng ủy Ủy ban nhân dân thành phố chỉ đạo:',
    [['Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố', 'directing'], ['Đảng ủy Ủy ban nhân dân thành phố', 'lead']]
  ],
  [
    'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Nội vụ làm việc với Ban Chấp hành Hiệp hội.',
    [['Sở Kế hoạch và Đầu tư', 'lead'], ['Sở Nội vụ', 'support']]
  ],
  [
    'Giao Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính xem xét, xử lý kiến nghị của Tỉnh.',
    [['Bộ Tài nguyên và Môi trường', 'lead'], ['Bộ Kế hoạch và Đầu tư, Bộ Tài chính', 'support']]
  ],
  ['Giao Văn phòng Chính phủ đôn đốc các cơ quan liên quan thực hiện.', [['Văn phòng Chính phủ', 'responsible']]],
  ['Sở Xây dựng là cơ quan chủ trì, đầu mối tổng hợp.', [['Sở Xây dựng', 'lead']]],
  ['Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; Cơ quan phối hợp: Sở Tài chính, UBND các xã.', [['Sở Nông nghiệp và Môi trường', 'lead'], ['Sở Tài chính, UBND các xã', 'support']]],
  ['Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.', [['Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ', 'responsible']]],
  // A comma before another kind of body ("đơn vị", "sở", "xã", "thành phố") goes on with the name.
  [
    'Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tài chính và các cơ quan, đơn vị có liên quan tổ chức thực hiện.',
    [['Văn phòng UBND tỉnh', 'lead'], ['Sở Tài chính và các cơ quan, đơn vị có liên quan', 'support']]
  ],
  ['Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra.', [['Ủy ban nhân dân các phường, xã', 'responsible']]],
  [
    'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Nghị quyết này.',
    [['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'responsible']]
  ],
  // The closing article of a Quyết định lists those accountable one per semicolon.
  [
    'Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở, ban, ngành Thành phố và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.',
    [['Chánh Văn phòng Ủy ban nhân dân Thành phố', 'responsible'], ['Giám đốc các Sở, ban, ngành Thành phố và các đơn vị, cá nhân có liên quan', 'responsible']]
  ],
  ['Tăng cường kiểm tra, giám sát; Sở Y tế chịu trách nhiệm tổng hợp, báo cáo.', [['Sở Y tế', 'responsible']]],
  // "cơ quan chủ trì" as a noun, a passive "được phân công chủ trì", and verbs that begin like names.
  ['Ban hành kèm theo Quyết định này Danh mục và phân công cơ quan chủ trì soạn thảo văn bản quy định chi tiết.', []],
  ['Thường xuyên đôn đốc, kiểm điểm trách nhiệm của từng cơ quan, đơn vị được phân công chủ trì soạn thảo.', []],
  ['Báo cáo kết quả về Ủy ban nhân dân tỉnh. Sở Y tế chủ trì tổng hợp.', [['Sở Y tế', 'lead']]],
  ['Hội Nông dân tỉnh tổ chức tuyên truyền.', [['Hội Nông dân tỉnh', 'responsible']]],
  ['Khẩn trương ban hành Quyết định về khung số lượng các phòng chuyên môn.', []],
  ['Tiếp tục tăng cường công tác lãnh đạo, chỉ đạo và điều hành theo hướng quyết liệt.', []]
]

describe('readAssignees', () => {
  for (const [text, expected] of rows) {
    it(text.slice(0, 60), () => {
      expect(readAssignees(text).map((named) => [named.name, named.role])).toEqual(expected)
    })
  }
})

describe('readSubjectHeading', () => {
  const cases: Array<[string, string | null]> = [
    ['Các cấp ủy, địa phương, cơ quan, đơn vị:', 'Các cấp ủy, địa phương, cơ quan, đơn vị'],
    ['Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['Ngân hàng Nhà nước Việt Nam:', 'Ngân hàng Nhà nước Việt Nam'],
    ['Tiếp thu ý kiến tham gia của các đại biểu tại Hội nghị:', null],
    ['Mục đích', null],
    ['Sở Xây dựng chủ trì rà soát.', null]
  ]
  for (const [head, expected] of cases) {
    it(head, () => {
      expect(readSubjectHeading(head)?.name ?? null).toBe(expected)
    })
  }
})

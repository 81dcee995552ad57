import {describe, expect, it} from 'vitest'
import {onlyAssigns, readAssignees, readSubjectHeading} from '../../src/extract/assignees/index.js'

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
  ['Tiếp tục tăng cường công tác lãnh đạo, chỉ đạo và điều hành theo hướng quyết liệt.', []],
  // One synthetic case or more per frame (src/extract/assignees/frames/).
  // fields
  ['Đơn vị chủ trì tham mưu thực hiện: Sở Nội vụ.', [['Sở Nội vụ', 'lead']]],
  ['Đơn vị phối hợp: Sở Tư pháp; các cơ quan, đơn vị liên quan.', [['Sở Tư pháp', 'support'], ['các cơ quan, đơn vị liên quan', 'support']]],
  ['Cơ quan chỉ đạo: Ủy ban nhân dân tỉnh.', [['Ủy ban nhân dân tỉnh', 'directing']]],
  ['Phối hợp với các Bộ: Y tế, Xây dựng và các cơ quan liên quan rà soát.', [['Bộ Y tế', 'support'], ['Bộ Xây dựng', 'support'], ['các cơ quan liên quan', 'support']]],
  // assigns
  ['Giao cho Sở Y tế tổ chức thực hiện.', [['Sở Y tế', 'responsible']]],
  ['Đề nghị UBND tỉnh A chỉ đạo Sở Văn hóa lựa chọn tiết mục.', [['UBND tỉnh A', 'directing'], ['Sở Văn hóa', 'lead']]],
  ['Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản.', [['các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản', 'responsible']]],
  // directs (Party frames)
  ['Đảng ủy xã lãnh đạo, chỉ đạo Ủy ban nhân dân xã ban hành kế hoạch.', [['Đảng ủy xã', 'directing'], ['Ủy ban nhân dân xã', 'lead']]],
  ['Chỉ đạo Hội đồng nhân dân xã tăng cường giám sát.', [['Hội đồng nhân dân xã', 'lead']]],
  ['Tham mưu văn bản của Thường trực Thành ủy chỉ đạo các cơ quan, đơn vị giải quyết khó khăn.', []],
  // chairs
  ['Ban Quản lý dự án khẩn trương tiếp tục chủ trì, phối hợp với Sở Xây dựng khảo sát.', [['Ban Quản lý dự án', 'lead'], ['Sở Xây dựng', 'support']]],
  ['Bộ Tài chính: (1) Chủ trì, phối hợp với các bộ liên quan nghiên cứu.', [['Bộ Tài chính', 'lead'], ['các bộ liên quan', 'support']]],
  ['Tổng kết công tác năm 2026 Ban Xây dựng Đảng chủ trì, phối hợp các cơ quan liên quan chuẩn bị.', [['Ban Xây dựng Đảng', 'lead'], ['các cơ quan liên quan', 'support']]],
  // cooperates
  ['Bộ Tài chính chủ trì cùng Bộ Xây dựng rà soát đề xuất.', [['Bộ Tài chính', 'lead'], ['Bộ Xây dựng', 'support']]],
  // accountable
  ['Các đơn vị được giao nhiệm vụ có trách nhiệm báo cáo.', [['Các đơn vị được giao nhiệm vụ', 'responsible']]],
  // presents
  ['Nội dung 1: Nghe Đảng ủy UBND xã báo cáo kế hoạch tổ chức gặp mặt.', [['Đảng ủy UBND xã', 'responsible']]],
  // duties
  ['Trách nhiệm của các tổ chức, doanh nghiệp hoạt động vật liệu nổ', [['các tổ chức, doanh nghiệp hoạt động vật liệu nổ', 'responsible']]],
  // subjects
  ['Sau mỗi đợt đồng bộ, cơ sở đào tạo thực hiện rà soát dữ liệu.', [['cơ sở đào tạo', 'responsible']]],
  ['Trong trường hợp phát sinh chức danh mới, thì các cấp ủy, tổ chức đảng chủ động báo cáo Bộ Chính trị.', [['các cấp ủy, tổ chức đảng', 'responsible']]],
  ['Các bộ, ngành, khẩn trương rà soát quy trình.', [['Các bộ, ngành', 'responsible']]],
  ['Đối với cán bộ lãnh đạo, chỉ huy, thì do Quân ủy Trung ương quyết định.', [['Quân ủy Trung ương', 'responsible']]],
  ['Ủy ban nhân dân thành phố đề nghị các sở, ngành treo cờ.', [['các sở, ngành', 'responsible']]],
  ['Chính phủ cơ bản thống nhất với dự án Pháp lệnh.', []],
  ['Trạm bơm Yên Sở được kiểm tra công tác phòng chống thiên tai.', []],
  ['Bộ Giao thông vận tải khẩn trương thực hiện.', [['Bộ Giao thông vận tải', 'responsible']]],
  ['Các đơn vị khai thác khoáng sản nghiêm túc thực hiện.', [['Các đơn vị khai thác khoáng sản', 'responsible']]],
  ['Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp Bộ Công an xây dựng video.', [['Đài Truyền hình Việt Nam (VTV)', 'lead'], ['Bộ Công an', 'support']]],
  ['(1) Rà soát văn bản; (2) các bộ, ngành, địa phương tổ chức tổng rà soát hiện trạng.', [['các bộ, ngành, địa phương', 'responsible']]],
  // names as printed, read through glued words
  ['Uỷban Kiểm tra Đảng uỷchủtrì tham mưu việc kiểm tra.', [['Uỷban Kiểm tra Đảng uỷ', 'lead']]]
]

describe('readAssignees', () => {
  for (const [text, expected] of rows) {
    it(text.slice(0, 60), () => {
      expect(readAssignees(text).map((named) => [named.name, named.role])).toEqual(expected)
    })
  }
})

describe('onlyAssigns: a line that only says who does the item above it', () => {
  const cases: Array<[string, boolean]> = [
    ['Ban Xây dựng Đảng chủ trì, phối hợp với các cơ quan liên quan chuẩn bị', true],
    ['Ban Xây dựng Đảng tham mưu, thực hiện trong Quý II/2028.', true],
    ['UBND xã chuẩn bị báo cáo tình hình.', false],
    ['Sở Y tế tổ chức tập huấn cho cán bộ y tế.', false],
    ['Thời gian thực hiện: tháng 6/2028', false]
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(onlyAssigns(text)).toBe(expected)
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
    ['Sở Xây dựng chủ trì rà soát.', null],
    ['Sở Nội vụ (Ban Thi đua Khen thưởng Thành phố)', 'Sở Nội vụ'],
    ['Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:', 'Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường'],
    ['7. Cục Kinh tế - Quản lý đầu tư xây dựng'.slice(3), 'Cục Kinh tế - Quản lý đầu tư xây dựng'],
    ['Đối với Ủy ban nhân dân các xã:', 'Ủy ban nhân dân các xã']
  ]
  for (const [head, expected] of cases) {
    it(head, () => {
      expect(readSubjectHeading(head)?.name ?? null).toBe(expected)
    })
  }
})

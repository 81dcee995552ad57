/**
 * Abbreviations of titles, office units and bodies as they appear in routing tables, recipient lists and
 * signatures (DOMAIN.md §4), with their expansions. One line adds one; `extract/header/abbreviations.ts`
 * looks them up ignoring case, spaces and tone placement (`P. NV&KT,GS` = `P.NV&KT,GS`).
 */

/** What an abbreviation names. */
export type AbbreviationKind = 'title' | 'unit' | 'body'

export interface Abbreviation {
  /** The abbreviation in its usual spelling. */
  abbreviation: string
  /** Its expansion. */
  expansion: string
  kind: AbbreviationKind
  /** Whether the expansion is a guess (DOMAIN.md tags it [G]). */
  uncertain?: boolean
}

/** Every known abbreviation; an ambiguous one (`TP`) has one entry per kind. */
export const abbreviations: readonly Abbreviation[] = [
  // Titles of officials (leaders in routing tables; signers; recipients).
  {abbreviation: 'CT', expansion: 'Chủ tịch', kind: 'title'},
  {abbreviation: 'PCT', expansion: 'Phó Chủ tịch', kind: 'title'},
  {abbreviation: 'PCT TT', expansion: 'Phó Chủ tịch Thường trực', kind: 'title'},
  {abbreviation: 'PCTTT', expansion: 'Phó Chủ tịch Thường trực', kind: 'title'},
  {abbreviation: 'CVP', expansion: 'Chánh Văn phòng', kind: 'title'},
  {abbreviation: 'PCVP', expansion: 'Phó Chánh Văn phòng', kind: 'title'},
  {abbreviation: 'Q.CVP', expansion: 'Quyền Chánh Văn phòng', kind: 'title'},
  {abbreviation: 'BT', expansion: 'Bí thư', kind: 'title'},
  {abbreviation: 'PBT', expansion: 'Phó Bí thư', kind: 'title'},
  {abbreviation: 'PBTTT', expansion: 'Phó Bí thư Thường trực', kind: 'title'},
  {abbreviation: 'UV BTV', expansion: 'Ủy viên Ban Thường vụ', kind: 'title'},
  {abbreviation: 'UV BCH', expansion: 'Ủy viên Ban Chấp hành', kind: 'title'},
  {abbreviation: 'TUV', expansion: 'Thành ủy viên', kind: 'title'},
  {abbreviation: 'GĐ', expansion: 'Giám đốc', kind: 'title'},
  {abbreviation: 'PGĐ', expansion: 'Phó Giám đốc', kind: 'title'},
  {abbreviation: 'TGĐ', expansion: 'Tổng Giám đốc', kind: 'title'},
  {abbreviation: 'TP', expansion: 'Trưởng phòng', kind: 'title'},
  {abbreviation: 'PTP', expansion: 'Phó Trưởng phòng', kind: 'title'},
  {abbreviation: 'TB', expansion: 'Trưởng ban', kind: 'title'},
  {abbreviation: 'PTB', expansion: 'Phó Trưởng ban', kind: 'title'},
  {abbreviation: 'CN', expansion: 'Chủ nhiệm', kind: 'title'},
  {abbreviation: 'PCN', expansion: 'Phó Chủ nhiệm', kind: 'title'},
  {abbreviation: 'BTCN', expansion: 'Bộ trưởng, Chủ nhiệm', kind: 'title'},
  {abbreviation: 'CV', expansion: 'Chuyên viên', kind: 'title'},
  {abbreviation: 'Đ/c', expansion: 'Đồng chí', kind: 'title'},
  {abbreviation: 'TTg', expansion: 'Thủ tướng', kind: 'title'},
  {abbreviation: 'PTTg', expansion: 'Phó Thủ tướng', kind: 'title'},
  {abbreviation: 'PTTgTT', expansion: 'Phó Thủ tướng Thường trực', kind: 'title'},
  // Divisions and centres of an office (VP UBND routing tables).
  {abbreviation: 'P. TH', expansion: 'Phòng Tổng hợp', kind: 'unit'},
  {abbreviation: 'P. NC', expansion: 'Phòng Nội chính', kind: 'unit'},
  {abbreviation: 'P. VX', expansion: 'Phòng Văn hóa - Xã hội', kind: 'unit'},
  {abbreviation: 'P. KGVX', expansion: 'Phòng Khoa giáo - Văn xã', kind: 'unit', uncertain: true},
  {abbreviation: 'P. KT', expansion: 'Phòng Kinh tế', kind: 'unit'},
  {abbreviation: 'P. HC-QT', expansion: 'Phòng Hành chính - Quản trị', kind: 'unit'},
  {abbreviation: 'P. NN&MT', expansion: 'Phòng Nông nghiệp và Môi trường', kind: 'unit'},
  {abbreviation: 'P. XD&CT', expansion: 'Phòng Xây dựng và Công thương', kind: 'unit', uncertain: true},
  {abbreviation: 'P. TC', expansion: 'Phòng Tài chính', kind: 'unit', uncertain: true},
  {abbreviation: 'P. NV&KT,GS', expansion: 'Phòng Nội vụ và Kiểm tra, giám sát', kind: 'unit', uncertain: true},
  {abbreviation: 'Ban TCDTP', expansion: 'Ban Tiếp công dân thành phố', kind: 'unit'},
  {abbreviation: 'Ban TCD', expansion: 'Ban Tiếp công dân', kind: 'unit'},
  {abbreviation: 'TTPVHCCTP', expansion: 'Trung tâm Phục vụ hành chính công thành phố', kind: 'unit'},
  {abbreviation: 'TTPVHCC', expansion: 'Trung tâm Phục vụ hành chính công', kind: 'unit'},
  {abbreviation: 'TTHN&NKTP', expansion: 'Trung tâm Hội nghị và Nhà khách thành phố', kind: 'unit', uncertain: true},
  {abbreviation: 'Cổng TTĐTTP', expansion: 'Cổng Thông tin điện tử thành phố', kind: 'unit'},
  // `Công` for `Cổng` is a common typing/OCR loss (DOMAIN.md §4).
  {abbreviation: 'Công TTĐTTP', expansion: 'Cổng Thông tin điện tử thành phố', kind: 'unit'},
  {abbreviation: 'Cổng TTĐT', expansion: 'Cổng Thông tin điện tử', kind: 'unit'},
  {abbreviation: 'Công TTĐT', expansion: 'Cổng Thông tin điện tử', kind: 'unit'},
  {abbreviation: 'Cổng TTĐTCP', expansion: 'Cổng Thông tin điện tử Chính phủ', kind: 'unit'},
  {abbreviation: 'Công TTĐTCP', expansion: 'Cổng Thông tin điện tử Chính phủ', kind: 'unit'},
  {abbreviation: 'VT', expansion: 'Văn thư', kind: 'unit'},
  // Bodies.
  {abbreviation: 'UBND', expansion: 'Ủy ban nhân dân', kind: 'body'},
  {abbreviation: 'HĐND', expansion: 'Hội đồng nhân dân', kind: 'body'},
  {abbreviation: 'MTTQ VN', expansion: 'Mặt trận Tổ quốc Việt Nam', kind: 'body'},
  {abbreviation: 'UBMTTQ VN', expansion: 'Ủy ban Mặt trận Tổ quốc Việt Nam', kind: 'body'},
  {abbreviation: 'TU', expansion: 'Thành ủy', kind: 'body'},
  {abbreviation: 'TW', expansion: 'Trung ương', kind: 'body'},
  {abbreviation: 'BCH', expansion: 'Ban Chấp hành', kind: 'body'},
  {abbreviation: 'BTV', expansion: 'Ban Thường vụ', kind: 'body'},
  {abbreviation: 'BCT', expansion: 'Bộ Chính trị', kind: 'body'},
  {abbreviation: 'BBT', expansion: 'Ban Bí thư', kind: 'body'},
  {abbreviation: 'UBKT', expansion: 'Ủy ban Kiểm tra', kind: 'body'},
  {abbreviation: 'VPTU', expansion: 'Văn phòng Thành ủy', kind: 'body'},
  {abbreviation: 'VPTW', expansion: 'Văn phòng Trung ương Đảng', kind: 'body'},
  {abbreviation: 'VPCP', expansion: 'Văn phòng Chính phủ', kind: 'body'},
  {abbreviation: 'VPUB', expansion: 'Văn phòng Ủy ban nhân dân', kind: 'body'},
  {abbreviation: 'CP', expansion: 'Chính phủ', kind: 'body'},
  {abbreviation: 'QH', expansion: 'Quốc hội', kind: 'body'},
  {abbreviation: 'UBTVQH', expansion: 'Ủy ban Thường vụ Quốc hội', kind: 'body'},
  {abbreviation: 'CA TP', expansion: 'Công an thành phố', kind: 'body'},
  {abbreviation: 'TP', expansion: 'thành phố', kind: 'body'}
]

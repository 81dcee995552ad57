/**
 * The words and phrases of body names in the case they take in running text (NĐ 30 Appendix II
 * capitalisation): "Ủy ban nhân dân", "Ban Thường vụ", "tỉnh", "Tài chính". The header turns an upper-case
 * name (`ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI`) into running text with them (`extract/header/casing.ts`).
 * Matched with case and tone placement folded; one line adds one.
 */
import {ministryFields} from './issuers.js'

/** Phrases in their running-text case; their order does not matter (the longest match wins). */
export const nameCase: readonly string[] = [
  // Bodies and their parts
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ban Tổ chức',
  'Ban Tuyên giáo và Dân vận',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Kinh tế',
  'Ủy ban Kiểm tra',
  'Thường trực',
  'Thành ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'Quận ủy',
  'Đảng ủy',
  'Đảng bộ',
  'Đảng đoàn',
  'Ban cán sự đảng',
  'Văn phòng',
  'Chính phủ',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Quốc hội',
  'Trung ương',
  'Chủ tịch',
  // Places and levels: lower case inside a name ("Ủy ban nhân dân tỉnh Quảng Ninh")
  'thành phố',
  'tỉnh',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'đặc khu',
  'Trung tâm',
  // The fields of ministries and departments ("Sở Tài chính")
  ...ministryFields,
  'Thông tin điện tử',
  'và',
  'của'
]

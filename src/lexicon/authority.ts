/**
 * The words that say who a document speaks for, in its signature's authority ("T/L BAN THƯỜNG VỤ",
 * "TM. ỦY BAN NHÂN DÂN"): a body there is the issuer, unless a title says a person signs in their own
 * right ("KT. CHỦ TỊCH"). Matched folded, whole words; one line adds one.
 */

/** Bodies an authority names. */
export const authorityBodies: readonly string[] = [
  'Ban', 'Ủy ban', 'Hội đồng', 'Chính phủ', 'Thành ủy', 'Tỉnh ủy', 'Đảng ủy', 'Đảng bộ', 'Văn phòng', 'Bộ Chính trị'
]

/** Titles that make the authority a person's office, not a body. */
export const authorityTitles: readonly string[] = [
  'Chủ tịch', 'Chủ nhiệm', 'Bộ trưởng', 'Giám đốc', 'Bí thư', 'Trưởng ban', 'Thủ tướng'
]

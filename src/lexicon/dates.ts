/**
 * Words the date parsers read around a date to tell what it is: the verbs that make "ngay" a deadline
 * ("triển khai ngay"), the nouns that make "hàng tháng" goods, the seasons a deadline may name. Matched
 * in place, case-insensitive, whole words (`wordAlternation`); one line adds one.
 */

/** Verbs after which "ngay" means "at once": "thực hiện ngay", "dừng ngay". */
export const immediateActs: readonly string[] = [
  'thực hiện', 'triển khai', 'xử lý', 'báo cáo', 'khắc phục', 'chấn chỉnh', 'rà soát', 'ban hành', 'tổ chức',
  'kiểm tra', 'dừng', 'ngừng', 'ngưng', 'chỉ đạo', 'hoàn thành', 'bắt tay', 'tiến hành', 'giải quyết', 'điều chỉnh',
  'thu hồi', 'cung cấp', 'gửi', 'làm', 'vào cuộc', 'xây dựng', 'sửa chữa', 'cập nhật', 'thông báo', 'di dời',
  'sơ tán', 'ứng phó', 'khởi công', 'đình chỉ', 'tạm dừng', 'chấm dứt', 'xác minh', 'bố trí', 'phối hợp',
  'trả lời', 'đề xuất', 'thanh tra', 'khởi động', 'áp dụng', 'chuyển', 'nộp', 'trình', 'bổ sung', 'tháo dỡ', 'khôi phục'
]

/**
 * Words after "ngay" that make it "right" rather than "at once": "ngay sau khi", "ngay từ đầu", "ngay tại",
 * "ngay cả", "ngay trong …" (the period that follows is the deadline).
 */
export const notImmediateAfter: readonly string[] = [
  'sau', 'từ', 'khi', 'tại', 'cả', 'trong', 'trên', 'lúc', 'bây', 'sát', 'cạnh', 'đầu', 'cuối', 'từng', 'dưới',
  'giữa', 'thẳng', 'bên', 'trước', 'phía'
]

/** Words before "hàng" that make it goods, not "every": "mặt hàng tháng", "cửa hàng năm …". */
export const goodsBefore: readonly string[] = [
  'mặt', 'cửa', 'ngành', 'đơn', 'nhà', 'ngân', 'khách', 'giao', 'kho', 'lô', 'bán', 'mua'
]

/** Words before "thường xuyên" that make it a budget term ("chi thường xuyên"), or deny it. */
export const notOngoingBefore: readonly string[] = ['không', 'chi', 'kinh phí', 'dự toán', 'vốn', 'nguồn']

/** Seasons, after "mùa": "trước mùa mưa bão năm 2026". */
export const seasons: readonly string[] = [
  'mưa bão', 'mưa lũ', 'mưa', 'lũ bão', 'lũ', 'bão', 'hanh khô', 'khô', 'nắng nóng'
]

/** Months in words, after "tháng": "tháng Bảy năm 2026", "tháng Mười Hai năm 2025" (longest first when matched). */
export const monthWords: Readonly<Record<string, number>> = {
  'một': 1, 'giêng': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8,
  'chín': 9, 'mười': 10, 'mười một': 11, 'mười hai': 12, 'chạp': 12
}

/**
 * The fixed-date national holidays a deadline may name ("trước Quốc khánh 2/9", "dịp Quốc tế Lao động"):
 * name → month and day. Tết has a parser of its own (its lunar date moves).
 */
export const holidays: Readonly<Record<string, {month: number; day: number}>> = {
  'Quốc khánh': {month: 9, day: 2},
  'Giải phóng miền Nam': {month: 4, day: 30},
  'Quốc tế Lao động': {month: 5, day: 1},
  'Thương binh - Liệt sĩ': {month: 7, day: 27},
  'Thương binh, Liệt sĩ': {month: 7, day: 27},
  'Thầy thuốc Việt Nam': {month: 2, day: 27},
  'Nhà giáo Việt Nam': {month: 11, day: 20},
  'Quốc tế Phụ nữ': {month: 3, day: 8},
  'Quốc tế Thiếu nhi': {month: 6, day: 1}
}

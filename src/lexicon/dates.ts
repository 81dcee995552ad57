/**
 * Words the date parsers read around a date to tell what it is: the verbs that make "ngay" a deadline
 * ("triển khai ngay"), the nouns that make "hàng tháng" goods, the seasons a deadline may name. Matched
 * in place, case-insensitive, whole words (`wordAlternation`); one line adds one.
 */
import {verbs} from './actions.js'

/**
 * Verbs after which "ngay" means "at once": "thực hiện ngay", "dừng ngay": every verb of administrative
 * work, and the role verbs.
 */
export const immediateActs: readonly string[] = [...verbs, 'chỉ đạo', 'phối hợp', 'bắt tay', 'vào cuộc', 'chuyển']

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

/** Words that make a unit of time a rhythm: "hằng tuần", "hàng tháng", "mỗi quý" (all read as "hằng"). */
export const everyWords: readonly string[] = ['hằng', 'hàng', 'mỗi']

/** The units a rhythm counts in, after an {@link everyWords} word: "hằng ngày" … "hằng năm". */
export const rhythmUnits: readonly string[] = ['ngày', 'tuần', 'tháng', 'quý', 'năm']

/** Days of the week written out, Monday first: how the views name them ("hằng tuần, thứ Sáu"). */
export const weekdayNames: readonly string[] = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật']

/**
 * Days of the week as directives write them, in words or digits ("thứ Sáu", "thứ 6", "Chủ nhật"), lower
 * case → 1 (Monday) to 7 (Sunday): "định kỳ thứ Sáu hằng tuần" is a weekly rhythm on Fridays.
 */
export const weekdays: Readonly<Record<string, number>> = {
  ...Object.fromEntries(weekdayNames.map((name, index) => [name.toLowerCase(), index + 1])),
  'thứ 2': 1, 'thứ 3': 2, 'thứ 4': 3, 'thứ 5': 4, 'thứ 6': 5, 'thứ 7': 6, 'thứ bẩy': 6
}

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

/**
 * Words before a weekday that make it a day rather than an ordinal: "vào thứ hai tới", "sáng thứ Sáu tuần
 * sau", "trước thứ Năm này". Without one (or a capital, or the start of a sentence) "thứ hai" is "second":
 * "lần thứ hai này", "kỳ họp thứ năm tới".
 */
export const weekdayIntro: readonly string[] = [
  'vào', 'ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'buổi', 'đến', 'tới', 'trước', 'từ', 'sau', 'hết',
  'hạn', 'nhất', 'là', 'lúc', 'và', 'hoặc', 'trong'
]

/**
 * Words right before a weekday written alone that make it a day: "họp vào thứ hai", "sáng thứ Sáu", "chậm
 * nhất thứ Năm". Fewer than {@link weekdayIntro}: "và", "là", "hoặc" join ordinals too ("lần thứ hai và thứ
 * ba"), and a weekday alone has no "tới"/"này" to say it is a day.
 */
export const weekdayAloneIntro: readonly string[] = [
  'vào', 'ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'buổi', 'trước', 'hạn', 'lúc', 'chậm nhất', 'muộn nhất'
]

/**
 * Words that may follow "3 ngày trước", "2 tuần sau", "tháng trước" when it counts from the reference date.
 * Any other word makes "trước"/"sau" a preposition of an event: "3 ngày trước ngày khai mạc", "5 ngày sau
 * khi nhận", "năm trước đó".
 */
export const afterCountFromReference: readonly string[] = [
  'sẽ', 'phải', 'đã', 'mới', 'thì', 'là', 'và', 'hoặc', 'cần', 'được', 'nữa', 'tổ chức', 'họp'
]

/** Words before "3 tháng qua", "tháng trước" that make it a stretch of the past, not a day: "trong 30 ngày qua". */
export const pastStretchBefore: readonly string[] = ['trong', 'trong vòng', 'những', 'các', 'mấy', 'vài', 'suốt', 'hàng', 'hằng', 'mỗi']

/**
 * Parts of the day read as a time on their own ("nửa đêm"); the others ("sáng", "chiều", "tối", "trưa", "đêm")
 * only after "buổi" ("buổi chiều"), since alone they are also words: "sáng kiến", "chiều dài", "tối đa".
 */
export const partsOfDayAlone: readonly string[] = ['nửa đêm', 'sáng sớm', 'bình minh']

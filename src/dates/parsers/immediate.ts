/**
 * Immediacy as an explicit deadline word: relative, `start` = the reference date, no end.
 *
 * `ngay` counts only after an action verb (`thực hiện ngay`, `triển khai ngay`) or as `ngay lập tức`; not
 * in `ngay sau khi`, `ngay từ đầu`, `ngay tại`, `ngay cả`, `ngay trong …` (there the period that follows is
 * the deadline). `khẩn trương` counts as an adverb (`Khẩn trương ban hành …`, `khẩn trương thực hiện`),
 * not as a noun (`tính khẩn trương`, `sự khẩn trương`).
 *
 * Examples: `thực hiện ngay` · `triển khai ngay các giải pháp` · `dừng ngay` · `ngay lập tức` ·
 * `Khẩn trương ban hành` · `khẩn trương`.
 */
import type {Parser} from 'chrono-node'
import {referenceOf, setYmd, writeMeta} from '../meta.js'
import {after, before, compile, startsWord, WORD_END, WORD_START} from '../patterns.js'

const VERBS =
  'thực\\s+hiện|triển\\s+khai|xử\\s+lý|báo\\s+cáo|khắc\\s+phục|chấn\\s+chỉnh|rà\\s+soát|ban\\s+hành|tổ\\s+chức|' +
  'kiểm\\s+tra|dừng|ngừng|ngưng|chỉ\\s+đạo|hoàn\\s+thành|bắt\\s+tay|tiến\\s+hành|giải\\s+quyết|điều\\s+chỉnh|' +
  'thu\\s+hồi|cung\\s+cấp|gửi|làm|vào\\s+cuộc|xây\\s+dựng|sửa\\s+chữa|cập\\s+nhật|thông\\s+báo|di\\s+dời|' +
  'sơ\\s+tán|ứng\\s+phó|khởi\\s+công|đình\\s+chỉ|tạm\\s+dừng|chấm\\s+dứt|xác\\s+minh|bố\\s+trí|phối\\s+hợp|' +
  'trả\\s+lời|đề\\s+xuất|thanh\\s+tra|khởi\\s+động|áp\\s+dụng|chuyển|nộp|trình|bổ\\s+sung|tháo\\s+dỡ|khôi\\s+phục'
const AFTER_VERB = new RegExp(`(?<![\\p{L}\\p{N}])(?:${VERBS})\\s+$`, 'iu')
const NOT_IMMEDIATE = /^\s+(?:sau|từ|khi|tại|cả|trong|trên|lúc|bây|sát|cạnh|đầu|cuối|từng|dưới|giữa|thẳng|bên|trước|phía)(?![\p{L}\p{N}])/iu
const NOUN_USE = /(?<![\p{L}\p{N}])(?:tính|sự|mức\s+độ|một\s+cách)\s+$/iu

export const immediateParser: Parser = {
  pattern: compile(`${WORD_START}(ngay(?:\\s+lập\\s+tức)?|khẩn\\s+trương)${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const word = (match[1] ?? '').toLowerCase()
    const left = before(context.text, index, 30)
    if (word.startsWith('khẩn')) {
      if (NOUN_USE.test(left)) return null
    } else if (!word.includes('lập')) {
      if (!AFTER_VERB.test(left) || NOT_IMMEDIATE.test(after(context.text, index + match[0].length, 20))) return null
    }
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, referenceOf(context), {year: true, month: true, day: true})
    return writeMeta(result, {relative: true, due: 'other'})
  }
}

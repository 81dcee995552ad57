/**
 * Which sections hold tasks and which hold the assessment (results, shortcomings): decided from the
 * headings of the parts, since the same numbering carries both in a Thông báo kết luận.
 */
import type {Section} from '../../parse/sections.js'

/** Headings of parts that assess rather than assign. */
const assessment = /ĐÁNH GIÁ|KẾT QUẢ|TÌNH HÌNH|MỤC ĐÍCH|MỤC TIÊU|QUAN ĐIỂM|CĂN CỨ|SỰ CẦN THIẾT|BỐI CẢNH|THỰC TRẠNG/u
/** Headings that assign, even when they also name an assessment word ("QUAN ĐIỂM CHỈ ĐẠO, NHIỆM VỤ"). */
const assigning = /NHIỆM VỤ|GIẢI PHÁP|KẾT LUẬN|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM|KIẾN NGHỊ|NỘI DUNG|Ý KIẾN/u

/** Whether a part (a top-level section) is an assessment part. */
export function isAssessment(section: Section): boolean {
  const heading = (section.head?.text ?? '').toUpperCase()
  return assessment.test(heading) && !assigning.test(heading)
}

/** Words that make a paragraph outside any numbered list a task. */
export const directiveOpening =
  /^(?:Giao|Yêu cầu|Đề nghị|Chỉ đạo|Ủy quyền|Thủ trưởng|Chánh Văn phòng|Các sở|Các cơ quan|Ủy ban nhân dân|UBND)\p{Ll}*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:chủ trì|chịu trách nhiệm|có trách nhiệm)(?![\p{L}\p{N}])/u

/** Articles (Điều) and paragraphs that only state, without assigning anything. */
export function assigns(text: string): boolean {
  return directiveOpening.test(text) || /(?<![\p{L}\p{N}])(?:giao|yêu cầu|đề nghị)\s+\p{Lu}/u.test(text)
}

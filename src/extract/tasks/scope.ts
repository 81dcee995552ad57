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

/** Words that open a paragraph that assigns work. */
const opening =
  /^(?:Giao|Yêu cầu|Đề nghị|Chỉ đạo|Ủy quyền|Thủ trưởng|Chánh Văn phòng|Các sở|Các Sở|Các cơ quan|Ủy ban nhân dân|UBND)(?![\p{L}\p{N}])/u

/** A body made accountable anywhere in a paragraph. */
const responsibility = /(?<![\p{L}\p{N}])(?:chịu trách nhiệm|có trách nhiệm)(?![\p{L}\p{N}])/u

/**
 * A directive word in passing, before the body it addresses: a name ("giao Sở Tài chính") or a group
 * ("yêu cầu các đơn vị …", "đề nghị toàn thể …"); not the noun ("theo yêu cầu của …", "được giao,").
 */
const inPassing = /(?<![\p{L}\p{N}])(?:giao|yêu cầu|đề nghị)\s+(?:\p{Lu}|(?:các|toàn thể|mọi)\s)/u

/**
 * Whether a paragraph outside the numbered items assigns work: it opens with a directive word or body
 * ("Giao …", "Ủy ban nhân dân … chủ trì"), or assigns in passing ("…, giao Sở Tài chính …", "Sở Công
 * Thương yêu cầu các đơn vị …").
 */
export function assigns(text: string): boolean {
  return opening.test(text) || inPassing.test(text) || responsibility.test(text)
}

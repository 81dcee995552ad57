/**
 * Which sections hold tasks and which hold the assessment (results, shortcomings): decided from the
 * headings of the parts, since the same numbering carries both in a Thông báo kết luận.
 */
import type {Section} from '../../parse/sections.js'
import {deglue} from '../../text/deglue.js'

/** Headings of parts that assess rather than assign. */
const assessment = /ĐÁNH GIÁ|KẾT QUẢ|TÌNH HÌNH|MỤC ĐÍCH|MỤC TIÊU|QUAN ĐIỂM|CĂN CỨ|SỰ CẦN THIẾT|BỐI CẢNH|THỰC TRẠNG/u
/** Headings that assign, even when they also name an assessment word ("QUAN ĐIỂM CHỈ ĐẠO, NHIỆM VỤ"). */
const assigning = /NHIỆM VỤ|GIẢI PHÁP|KẾT LUẬN|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM|KIẾN NGHỊ|NỘI DUNG|Ý KIẾN/u

/** Whether a part (a top-level section) is an assessment part. */
export function isAssessment(section: Section): boolean {
  const heading = (section.head?.text ?? '').toUpperCase()
  return assessment.test(heading) && !assigning.test(heading)
}

/**
 * The heading of a numbered item that assesses rather than assigns, at any level: "1. Kết quả đạt
 * được: …", "2. Tình hình thực hiện" over its sub-items, "a) Những hạn chế, tồn tại:". Only a heading
 * counts, so "1. Tiếp tục đánh giá kết quả …" and "c) Hạn chế khoan giếng mới …" are still work to do.
 */
const assessmentItem =
  /^(?:Về\s+)?(?:(?:Những|Một số)\s+)?(?:kết quả|tình hình|đánh giá|thực trạng|bối cảnh|mục đích|mục tiêu|quan điểm|căn cứ|sự cần thiết|hạn chế|tồn tại|khó khăn|nguyên nhân|bài học)(?![\p{L}\p{N}])/iu
/** Words that make an item's heading one of work to do even with an assessment word in it. */
const assigningItem = /(?<![\p{L}\p{N}])(?:nhiệm vụ|giải pháp|phương hướng|tổ chức thực hiện|phân công|trách nhiệm|kiến nghị|đề xuất)(?![\p{L}\p{N}])/iu

/** Whether a numbered item's heading speaks of work to do ("3. Phương hướng, nhiệm vụ, giải pháp"). */
export function assignsByHeading(section: Section): boolean {
  const heading = headingOf(section)
  return heading !== '' && assigningItem.test(heading)
}

/** Whether a numbered item is an assessment: its heading says so and assigns nothing. */
export function isAssessmentItem(section: Section): boolean {
  const heading = headingOf(section)
  return heading !== '' && assessmentItem.test(heading) && !assigningItem.test(heading)
}

/**
 * An item's heading: its text up to a colon, or a line of its own over sub-items; '' when it has none
 * (a first line of a wrapped paragraph is no heading: "b) Căn cứ vào⏎tình hình thực tế, rà soát …").
 */
function headingOf(section: Section): string {
  const head = section.head?.text ?? ''
  const colon = head.indexOf(':')
  if (colon > 0 && colon <= 100) return head.slice(0, colon)
  return section.body.length === 0 && section.children.length > 0 && head.length <= 100 ? head : ''
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
  const words = deglue(text)
  return (opening.test(words) || inPassing.test(words) || responsibility.test(words)) && !background(words)
}

/** Thanks and the closing courtesy: "Bộ Nội vụ trân trọng cảm ơn …", "Trân trọng./.". */
const courtesy = /(?<![\p{L}\p{N}])(?:trân trọng cảm ơn|xin cảm ơn|cảm ơn sự)(?![\p{L}\p{N}])|^Trân trọng[\s./]*$/iu

/** A dated opening ("Ngày 12/5/2026, …", "Ngày 05 tháng 3 năm 2026 …") or a look back ("Thời gian qua, …"). */
const dated = /^(?:Ngày\s+\d|Vừa qua|Thời gian qua|Trong thời gian qua|Qua\s)/u
/** "đã" (past) before the first directive word: "Sở Tài chính đã báo cáo …", "… đã giao Sở X chủ trì …". */
const past = /(?<![\p{L}\p{N}])đã(?![\p{L}\p{N}])/u
const directive = /(?<![\p{L}\p{N}])(?:giao|yêu cầu|đề nghị|chủ trì|chịu trách nhiệm|có trách nhiệm)(?![\p{L}\p{N}])/iu

/**
 * Background, not work to do: what happened before ("Ngày 12/5/2026, UBND tỉnh đã ban hành …", "Sở Tài
 * chính đã báo cáo …"). A paragraph is background when it opens with a date or a look back and says "đã",
 * or says "đã" before it asks anything of anyone.
 */
function background(text: string): boolean {
  // Thanks alone; "… cảm ơn và rất mong Quý cơ quan phối hợp …" still asks.
  if (courtesy.test(text) && !/(?<![\p{L}\p{N}])(?:mong|đề nghị|yêu cầu)(?![\p{L}\p{N}])/iu.test(text)) return true
  const said = past.exec(text)
  if (!said) return false
  if (dated.test(text)) return true
  const asked = directive.exec(text)
  return asked === null || said.index < asked.index
}

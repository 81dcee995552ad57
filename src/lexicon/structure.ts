/**
 * Words that give a stretch of a document its role: what a part or a list is, rather than who does what.
 */

/**
 * The title of an attached part (after "Phụ lục I:") that lists names, criteria or forms, not work to do.
 * Matched against the folded title (single spaces).
 */
export const listingTitle =
  /^(?:phụ lục(?: số)?(?: [ivx\d]{1,5}[a-z]?)?[:.\-–]? ?)?(?:danh sách|bảng tiêu chí|tiêu chí|biểu mẫu|mẫu (?:số|báo cáo))(?![\p{sc=Latn}\d\p{No}])/iu

/** A line that introduces a list of names ("Danh sách các đơn vị đề nghị báo cáo lần 2"). */
export const listingLeadIn = /^danh\s+sách(?![\p{sc=Latn}\d\p{No}])/iu

/** The heading of an appendix: "PHỤ LỤC", "Phụ lục I", "Phụ lục 1:", "DANH MỤC …", "BẢNG …". */
export const appendixHeading = /^(?:PHỤ\s+LỤC|Phụ\s+lục(?:\s+(?:[\dIVX]|số)|\s*:|$)|DANH\s+MỤC|BẢNG\s+\p{Lu})/u

/** A short line that ends in "Phụ lục" amid OCR debris ("` ộ lờ Phụ lục - ¬"). */
export const appendixAmidNoise = /(?:^|\s)(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+[IVX\d]{1,4})?[\s\-:.¬|]*$/u

/** "PHỤ LỤC I", "Phụ lục số 2" at the start of a title: the appendix named by its number (group 1). */
export const appendixNumber = /^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+số)?\s+([IVX]{1,5}|\d{1,3}[A-Za-z]?)(?![\p{sc=Latn}\d\p{No}])/u

/** "(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)": the line that ties an attached part to its document. */
export const attachedTo = /^\(?\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+\p{sc=Latn}/u

/** The national motto or the Party's name, on a folded key: the header of a document of its own. */
export const nationalHeader = /CONG HOA XA HOI|DOC LAP\s?[-–—]\s?TU DO|DANG CONG SAN VIET NAM/u

/** Words of the heading of a part that assesses rather than assigns ("I. ĐÁNH GIÁ KẾT QUẢ …"). */
export const assessmentHeadings: readonly string[] = [
  'đánh giá', 'kết quả', 'tình hình', 'mục đích', 'mục tiêu', 'quan điểm', 'căn cứ', 'sự cần thiết', 'bối cảnh', 'thực trạng'
]

/** Words of a part's heading that assign, even beside an assessment word ("QUAN ĐIỂM CHỈ ĐẠO, NHIỆM VỤ"). */
export const assigningHeadings: readonly string[] = [
  'nhiệm vụ', 'giải pháp', 'kết luận', 'tổ chức thực hiện', 'phân công', 'trách nhiệm', 'kiến nghị', 'nội dung', 'ý kiến'
]

/** The first words of a numbered item's heading that assesses ("1. Kết quả đạt được:", "a) Những hạn chế"). */
export const assessmentItemHeadings: readonly string[] = [
  ...assessmentHeadings, 'hạn chế', 'tồn tại', 'khó khăn', 'nguyên nhân', 'bài học'
]

/** Words that make an item's heading one of work to do ("3. Phương hướng, nhiệm vụ, giải pháp"). */
export const assigningItemHeadings: readonly string[] = [
  'nhiệm vụ', 'giải pháp', 'phương hướng', 'tổ chức thực hiện', 'phân công', 'trách nhiệm', 'kiến nghị', 'đề xuất'
]

/** Words that may stand before an item heading's first word ("Về những kết quả …", "Một số hạn chế"). */
export const headingLeadWords: readonly string[] = ['về', 'những', 'một số', 'về những', 'về một số']

/** Thanks and the closing courtesy: "Bộ Nội vụ trân trọng cảm ơn …". */
export const courtesies: readonly string[] = ['trân trọng cảm ơn', 'xin cảm ơn', 'cảm ơn sự']

/** A look back that opens background ("Thời gian qua, …", "Vừa qua …"). */
export const lookBacks: readonly string[] = ['vừa qua', 'thời gian qua', 'trong thời gian qua', 'qua']

/** The labels of a plan item's field lines: "- Thời gian: …", "- Đơn vị chủ trì: …". */
export const fieldLabelWords: readonly string[] = [
  'thời gian', 'thời hạn', 'địa điểm', 'cơ quan', 'đơn vị', 'chủ trì', 'phối hợp', 'kinh phí', 'nguồn kinh phí',
  'thành phần', 'hình thức', 'quy mô', 'sản phẩm', 'số lượng', 'đối tượng', 'phạm vi'
]

/** The header cells of a task table's columns, by column (a lead's "chủ trì" before a generic "cơ quan"). */
export const taskTableColumns = {
  lead: ['chủ trì'],
  support: ['phối hợp'],
  time: ['thời gian', 'thời hạn', 'tiến độ', 'hoàn thành'],
  content: ['nhiệm vụ', 'nội dung', 'công việc', 'hoạt động', 'tên', 'đề án', 'văn bản', 'giải pháp']
} as const

/** What a wrap-up sentence speaks of: "Các nhiệm vụ trên hoàn thành trước …", "Những nội dung nêu trên …". */
export const wrapUpQuantifiers: readonly string[] = ['các', 'những', 'toàn bộ', 'tất cả']
export const wrapUpNouns: readonly string[] = ['nhiệm vụ', 'nội dung', 'công việc', 'việc', 'đề án', 'văn bản', 'báo cáo']

/** The letter's closing formula: "… thông báo để các cơ quan biết, thực hiện./.". */
export const closingVerbs: readonly string[] = ['biết', 'thực hiện', 'thi hành']
export const closingAnnouncements: readonly string[] = ['thông báo để', 'thông báo cho', 'thông báo ý kiến']

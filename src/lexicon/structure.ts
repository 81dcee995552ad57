/**
 * Words that give a stretch of a document its role: what a part or a list is, rather than who does what.
 */

/**
 * The title of an attached part (after "Phụ lục I:") that lists names, criteria or forms, not work to do.
 * Matched against the folded title (single spaces).
 */
export const listingTitle =
  /^(?:phụ lục(?: số)?(?: [ivx\d]{1,5}[a-z]?)?[:.\-–]? ?)?(?:danh sách|bảng tiêu chí|tiêu chí|biểu mẫu|mẫu (?:số|báo cáo))(?![\p{L}\p{N}])/iu

/** A line that introduces a list of names ("Danh sách các đơn vị đề nghị báo cáo lần 2"). */
export const listingLeadIn = /^danh\s+sách(?![\p{L}\p{N}])/iu

/** The heading of an appendix: "PHỤ LỤC", "Phụ lục I", "Phụ lục 1:", "DANH MỤC …", "BẢNG …". */
export const appendixHeading = /^(?:PHỤ\s+LỤC|Phụ\s+lục(?:\s+(?:[\dIVX]|số)|\s*:|$)|DANH\s+MỤC|BẢNG\s+\p{Lu})/u

/** A short line that ends in "Phụ lục" amid OCR debris ("` ộ lờ Phụ lục - ¬"). */
export const appendixAmidNoise = /(?:^|\s)(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+[IVX\d]{1,4})?[\s\-:.¬|]*$/u

/** "PHỤ LỤC I", "Phụ lục số 2" at the start of a title: the appendix named by its number (group 1). */
export const appendixNumber = /^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+số)?\s+([IVX]{1,5}|\d{1,3}[A-Za-z]?)(?![\p{L}\p{N}])/u

/** "(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)": the line that ties an attached part to its document. */
export const attachedTo = /^\(?\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+\p{L}/u

/** The national motto or the Party's name, on a folded key: the header of a document of its own. */
export const nationalHeader = /CONG HOA XA HOI|DOC LAP\s?[-–—]\s?TU DO|DANG CONG SAN VIET NAM/u

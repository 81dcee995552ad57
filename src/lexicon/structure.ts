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

/**
 * Warn when the notice's own date is not found: deadlines without a year and relative ones (“trong 15
 * ngày”) are then read against another date. Examples: fixtures/rules/missing-document-date/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'missing-document-date',
  severity: 'warning',
  description: 'The header gives the notice’s own date (“Hải Phòng, ngày 05 tháng 6 năm 2026”)',
  descriptionVi: 'Phần đầu văn bản ghi ngày ban hành (“Hải Phòng, ngày 05 tháng 6 năm 2026”)',
  check(notice, report) {
    if (notice.document.date !== null) return
    report(
      {
        en: 'Unexpected notice without its own date, expected a “<Địa danh>, ngày … tháng … năm …” line in the header',
        vi: 'Không tìm thấy ngày ban hành văn bản; cần có dòng “<Địa danh>, ngày … tháng … năm …” ở phần đầu văn bản'
      },
      notice.document.position
    )
  }
})

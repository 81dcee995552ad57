/**
 * Warn when the notice's own date is not found: deadlines without a year and relative ones (“trong 15
 * ngày”) are then read against another date. Examples: fixtures/rules/missing-document-date/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'missing-document-date',
  severity: 'warning',
  description: 'The header gives the notice’s own date (“Hải Phòng, ngày 05 tháng 6 năm 2026”)',
  check(notice, report) {
    if (notice.document.date !== null) return
    report(
      'Unexpected notice without its own date, expected a “<Địa danh>, ngày … tháng … năm …” line in the header',
      notice.document.position
    )
  }
})

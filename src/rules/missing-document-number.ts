/**
 * Warn when the notice's own number (số, ký hiệu) is not found: a copy whose header was cut off, or an
 * OCR'd header. A tracker cannot cite the notice without it. Examples: fixtures/rules/missing-document-number/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'missing-document-number',
  severity: 'warning',
  description: 'The header gives the notice’s own number (“Số: 123-TB/TU”)',
  descriptionVi: 'Phần đầu văn bản ghi số, ký hiệu của văn bản (“Số: 123-TB/TU”)',
  check(notice, report) {
    if (notice.document.number !== null) return
    report(
      {
        en: 'Unexpected notice without its own number, expected a “Số: 123/TB-UBND” line in the header',
        vi: 'Không tìm thấy số, ký hiệu của văn bản; cần có dòng “Số: 123/TB-UBND” ở phần đầu văn bản'
      },
      notice.document.position
    )
  }
})

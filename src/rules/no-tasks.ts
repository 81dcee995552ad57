/**
 * Error when no task is found: the text is not a directive (a report, a letter that only informs) or
 * its numbering was lost on the way to text. Examples: fixtures/rules/no-tasks/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'no-tasks',
  severity: 'error',
  description: 'A notice has at least one task (who must do what)',
  descriptionVi: 'Văn bản có ít nhất một nhiệm vụ (ai phải làm gì)',
  check(notice, report) {
    if (notice.tasks.length > 0) return
    report(
      {
        en: 'Unexpected notice without tasks, expected numbered items or sentences that assign work (“giao … chủ trì”, “đề nghị … thực hiện”)',
        vi: 'Không tìm thấy nhiệm vụ nào; cần có các mục đánh số hoặc câu giao việc (“giao … chủ trì”, “đề nghị … thực hiện”)'
      },
      notice.document.position
    )
  }
})

/**
 * Report the deadlines that could not be dated: a relative phrase ("trong vòng 03 tháng") or a date
 * without its year ("trước ngày 20/6") in a document that gives no date of its own, no receipt date and
 * no meeting date, when no `--ref` was given either. The parser never falls back on the clock, so such a
 * deadline is left out of the model rather than dated by the day the parser ran.
 * Examples: fixtures/rules/unresolved-deadlines/.
 */
import {findDates} from '../dates/index.js'
import {givesDay, unknownReference} from '../extract/tasks/deadlines.js'
import {defineRule} from './rule.js'
import {labelPosition} from './support/notice.js'

export default defineRule({
  id: 'unresolved-deadlines',
  severity: 'warning',
  description: 'Every relative deadline (“trong vòng 03 tháng”) or date without a year can be dated: the document has a date, or `--ref` gives one',
  descriptionVi: 'Mọi thời hạn tương đối (“trong vòng 03 tháng”) hoặc ngày không ghi năm đều tính được ngày: văn bản có ngày ban hành, hoặc `--ref` cho một ngày mốc',
  check(notice, report, context) {
    if (context.reference !== null) return
    for (const task of notice.tasks) {
      const undated = findDates(task.text, unknownReference).filter((mention) => mention.anchored && mention.due !== null && givesDay(mention))
      if (undated.length === 0) continue
      const phrases = undated.map((mention) => `“${mention.raw}”`).join(', ')
      report(
        {
          en: `Unexpected deadline ${phrases} of task ${task.id} without a date to count from, expected the document's date or --ref YYYY-MM-DD`,
          vi: `Không tính được thời hạn ${phrases} của nhiệm vụ ${task.id} vì không có ngày làm mốc; cần có ngày ban hành văn bản hoặc chỉ định ngày mốc bằng --ref YYYY-MM-DD`
        },
        labelPosition(task, context)
      )
    }
  }
})

/**
 * Warn when a numbered list skips an item (`7.1.` then `7.3.`, `b)` then `đ)`): an item was lost in
 * conversion or OCR, or the numbering itself is wrong. A restart (`1.` after `4.`) is a new list, not a
 * gap, and a skipped label that is written between the two (an item that is not a task) is no gap either.
 * Examples: fixtures/rules/numbering-gap/.
 */
import {defineRule} from './rule.js'
import {labelPosition} from './support/notice.js'
import {labelAt, missingLabelWritten, siblingPairs} from './support/numbering.js'

export default defineRule({
  id: 'numbering-gap',
  severity: 'warning',
  description: 'Numbered items follow each other without a gap (7.1., 7.2., 7.3.)',
  descriptionVi: 'Các mục đánh số liên tiếp, không bị sót số (7.1., 7.2., 7.3.)',
  check(notice, report, context) {
    for (const pair of siblingPairs(notice)) {
      const {previous, current} = pair
      if (current.ordinal <= previous.ordinal + 1) continue
      const between = context.text.slice(previous.task.position.start.offset, current.task.position.start.offset)
      if (missingLabelWritten(between, pair)) continue
      const next = labelAt(current.label, previous.ordinal + 1)
      report(
        {
          en: `Unexpected item ${current.task.number} after ${previous.task.number}, expected ${next}`,
          vi: `Sau mục ${previous.task.number} là mục ${current.task.number}, thiếu mục ${next}; cần kiểm tra lại cách đánh số hoặc phần nội dung bị sót`
        },
        labelPosition(current.task, context)
      )
    }
  }
})

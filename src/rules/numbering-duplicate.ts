/**
 * Warn when a numbered list repeats a label (two items `(3)`, `đ)` twice): one of them is mistyped or
 * misread, and people cite items by their label. Examples: fixtures/rules/numbering-duplicate/.
 */
import {defineRule} from './rule.js'
import {labelPosition} from './support/notice.js'
import {labelAt, siblingPairs} from './support/numbering.js'

export default defineRule({
  id: 'numbering-duplicate',
  severity: 'warning',
  description: 'No two items of a numbered list carry the same label',
  descriptionVi: 'Không có hai mục cùng số thứ tự trong một danh sách đánh số',
  check(notice, report, context) {
    for (const {previous, current} of siblingPairs(notice)) {
      if (current.ordinal !== previous.ordinal) continue
      const label = current.task.number
      const line = previous.task.position.start.line
      const next = labelAt(current.label, previous.ordinal + 1)
      report(
        {
          en: `Unexpected second item ${label} (the first is on line ${line}), expected ${next}`,
          vi: `Mục ${label} bị trùng số thứ tự (mục ${label} đầu tiên ở dòng ${line}); cần đánh số lại là ${next}`
        },
        labelPosition(current.task, context)
      )
    }
  }
})

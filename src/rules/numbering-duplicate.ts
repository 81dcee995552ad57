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
  check(notice, report, context) {
    for (const {previous, current} of siblingPairs(notice)) {
      if (current.ordinal !== previous.ordinal) continue
      report(
        `Unexpected second item ${current.task.number} (the first is on line ${previous.task.position.start.line}), expected ${labelAt(current.label, previous.ordinal + 1)}`,
        labelPosition(current.task, context)
      )
    }
  }
})

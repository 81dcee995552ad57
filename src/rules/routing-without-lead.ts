/**
 * Warn when the office's routing table (the ĐƠN VỊ / CHỦ / THAM grid stamped on an incoming notice)
 * marks nobody in the CHỦ (lead) column: nobody owns the follow-up. Examples: fixtures/rules/routing-without-lead/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'routing-without-lead',
  severity: 'warning',
  description: 'A routing table marks at least one unit or official to lead (CHỦ column)',
  check(notice, report) {
    const first = notice.routing[0]
    const last = notice.routing.at(-1)
    if (!first || !last || notice.routing.some((row) => row.lead)) return
    report(
      `Unexpected routing table without a lead (${notice.routing.length} rows, none marked in the CHỦ column), expected one unit or official marked to lead`,
      {start: first.position.start, end: last.position.end}
    )
  }
})

/**
 * Warn when the office's routing table (the ĐƠN VỊ / CHỦ / THAM grid stamped on an incoming notice)
 * marks nobody in the CHỦ (lead) column: nobody owns the follow-up. Examples: fixtures/rules/routing-without-lead/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'routing-without-lead',
  severity: 'warning',
  description: 'A routing table marks at least one unit or official to lead (CHỦ column)',
  descriptionVi: 'Bảng phân phối đánh dấu ít nhất một đơn vị hoặc cá nhân chủ trì (cột CHỦ)',
  check(notice, report) {
    const first = notice.routing[0]
    const last = notice.routing.at(-1)
    if (!first || !last || notice.routing.some((row) => row.lead)) return
    const rows = notice.routing.length
    report(
      {
        en: `Unexpected routing table without a lead (${rows} rows, none marked in the CHỦ column), expected one unit or official marked to lead`,
        vi: `Bảng phân phối chưa có người chủ trì (${rows} dòng, không dòng nào được đánh dấu ở cột CHỦ); cần đánh dấu một đơn vị hoặc cá nhân chủ trì`
      },
      {start: first.position.start, end: last.position.end}
    )
  }
})

/**
 * Warn when a deadline lies more than `years` (default 10) after the notice's date: usually a mistyped
 * year (2062 for 2026) or a vision target (“tầm nhìn đến năm 2045”) read as a deadline. Without a date
 * of its own, the notice is measured from its receipt or meeting date; without any, the rule is silent
 * (it never uses today, so results do not change with the day the check runs).
 * Examples: fixtures/rules/deadline-far-future/.
 */
import {defineRule} from './rule.js'
import {writtenDate} from './support/notice.js'

export default defineRule({
  id: 'deadline-far-future',
  severity: 'warning',
  description: 'No deadline lies more than 10 years (option `years`) after the notice’s date',
  descriptionVi: 'Không có thời hạn nào muộn hơn ngày văn bản quá 10 năm (tùy chọn `years`)',
  options: {defaults: {years: 10}, schema: (zod) => zod.strictObject({years: zod.number().int().min(1).max(100)})},
  check(notice, report, {options}) {
    const anchor = notice.document.date ?? notice.receipt?.date ?? notice.meeting?.date ?? null
    if (anchor === null) return
    const year = Number(anchor.slice(0, 4)) + options.years
    // 29 February moves to the 28th in a year without one.
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1
    const limit = `${String(year).padStart(4, '0')}${anchor.slice(4) === '-02-29' && !leap ? '-02-28' : anchor.slice(4)}`
    for (const task of notice.tasks) {
      for (const deadline of task.deadlines) {
        if (deadline.inherited || deadline.date <= limit) continue
        report(
          {
            en: `Unexpected deadline ${writtenDate(deadline.date)} of task ${task.id} more than ${options.years} years after ${writtenDate(anchor)}, expected a deadline by ${writtenDate(limit)}`,
            vi: `Thời hạn ${writtenDate(deadline.date)} của nhiệm vụ ${task.id} cách ngày ${writtenDate(anchor)} hơn ${options.years} năm; cần kiểm tra lại năm (có thể gõ nhầm), thời hạn thường không muộn hơn ngày ${writtenDate(limit)}`
          },
          deadline.position
        )
      }
    }
  }
})

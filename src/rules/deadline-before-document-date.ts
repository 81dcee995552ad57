/**
 * Warn when a deadline falls before the notice was issued, or before it was received: either the date
 * is mistyped, or the work was already late when the office got it (the seed notice, received
 * 06/06/2026, asks for a report “trước ngày 05/6/2026”). Each deadline is reported once, where it is
 * written, not again on the tasks that inherit it. Examples: fixtures/rules/deadline-before-document-date/.
 */
import {defineRule} from './rule.js'
import {writtenDate} from './support/notice.js'

export default defineRule({
  id: 'deadline-before-document-date',
  severity: 'warning',
  description: 'No deadline falls before the notice’s date or the date it was received',
  descriptionVi: 'Không có thời hạn nào sớm hơn ngày ban hành hoặc ngày nhận văn bản',
  check(notice, report) {
    const issued = notice.document.date
    const received = notice.receipt?.date ?? null
    for (const task of notice.tasks) {
      for (const deadline of task.deadlines) {
        if (deadline.inherited) continue
        const due = writtenDate(deadline.date)
        if (issued !== null && deadline.date < issued) {
          report(
            {
              en: `Unexpected deadline ${due} of task ${task.id} before the notice’s date ${writtenDate(issued)}, expected a deadline on or after the day it was issued`,
              vi: `Thời hạn ${due} của nhiệm vụ ${task.id} sớm hơn ngày ban hành văn bản (${writtenDate(issued)}); cần kiểm tra lại, thời hạn không thể trước ngày ban hành`
            },
            deadline.position
          )
        } else if (received !== null && deadline.date < received) {
          report(
            {
              en: `Unexpected deadline ${due} of task ${task.id} before the receipt date ${writtenDate(received)}, expected a deadline on or after the day the notice arrived`,
              vi: `Thời hạn ${due} của nhiệm vụ ${task.id} đã qua trước ngày văn bản đến (${writtenDate(received)}); cần xác định lại thời hạn với cơ quan ban hành`
            },
            deadline.position
          )
        }
      }
    }
  }
})

/**
 * Note the tasks that have neither a deadline (their own or an inherited one) nor a recurrence such as
 * “thường xuyên”: often intended, so only information. Only leaf tasks are checked.
 * Examples: fixtures/rules/task-without-deadline/.
 */
import {defineRule} from './rule.js'
import {labelPosition, leafTasks} from './support/notice.js'

export default defineRule({
  id: 'task-without-deadline',
  severity: 'info',
  description: 'Every task has a deadline or a recurrence (“thường xuyên”, “hằng tháng”)',
  descriptionVi: 'Mỗi nhiệm vụ đều có thời hạn hoặc tần suất thực hiện (“thường xuyên”, “hằng tháng”)',
  check(notice, report, context) {
    for (const task of leafTasks(notice)) {
      if (task.deadlines.length > 0 || task.recurrence !== null) continue
      report(
        {
          en: `Unexpected task ${task.id} without a deadline, expected “hoàn thành trước ngày …” or a recurrence such as “thường xuyên”`,
          vi: `Nhiệm vụ ${task.id} chưa có thời hạn; cần ghi “hoàn thành trước ngày …” hoặc tần suất như “thường xuyên”`
        },
        labelPosition(task, context)
      )
    }
  }
})

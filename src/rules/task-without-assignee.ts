/**
 * Warn when a task names nobody to do it, itself or through the items it belongs to: a tracker cannot
 * route it. Only leaf tasks are checked; a heading such as “7. Một số nhiệm vụ cụ thể” is not work.
 * Examples: fixtures/rules/task-without-assignee/.
 */
import {defineRule} from './rule.js'
import {labelPosition, leafTasks} from './support/notice.js'

export default defineRule({
  id: 'task-without-assignee',
  severity: 'warning',
  description: 'Every task names who does it (lead, support, responsible or directing)',
  descriptionVi: 'Mỗi nhiệm vụ đều ghi rõ ai thực hiện (chủ trì, phối hợp, chịu trách nhiệm hoặc chỉ đạo)',
  check(notice, report, context) {
    for (const task of leafTasks(notice)) {
      if (task.assignees.length > 0) continue
      report(
        {
          en: `Unexpected task ${task.id} without an assignee, expected a body or official to do it (“Giao <đơn vị> chủ trì”)`,
          vi: `Nhiệm vụ ${task.id} chưa có đơn vị thực hiện; cần ghi rõ cơ quan, đơn vị chủ trì (“Giao <đơn vị> chủ trì”)`
        },
        labelPosition(task, context)
      )
    }
  }
})

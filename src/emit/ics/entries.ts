/**
 * Which (task, deadline) pairs become calendar entries: every deadline a task is due by
 * (`tasks-view/due.ts`), inherited ones included, because each item of a group is work someone has to
 * finish; a shared deadline is not repeated on the task it was written under when its sub-items carry it.
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
import {deadlinesDue} from '../tasks-view/due.js'
import {parseWhen, type When} from './when.js'

export interface Entry {
  notice: Notice
  task: Task
  deadline: Deadline
  when: When
}

/**
 * @param notice
 *   One notice.
 * @returns
 *   Its entries in document order (tasks, then each task's deadlines in order).
 */
export function entries(notice: Notice): Entry[] {
  const result: Entry[] = []
  for (const {task, deadlines} of deadlinesDue(notice.tasks)) {
    for (const deadline of deadlines) {
      const when = parseWhen(deadline.date)
      if (when) result.push({notice, task, deadline, when})
    }
  }

  return result
}

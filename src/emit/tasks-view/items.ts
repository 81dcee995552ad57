/**
 * Notices → the items of a task view: one per (task, deadline due, see `due.ts`), or one per task without
 * a deadline, for every task someone must do. So the tasks are the leaves, and the parents with a
 * deadline their items do not carry; a heading like "7.2. … chủ trì:" only introduces its items.
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
import {daysBetween} from './dates.js'
import {deadlinesDue} from './due.js'
import {numberPath} from './number-path.js'
import {inCharge, namesWith} from './roles.js'
import {urgencies, urgencyOf, type Urgency} from './urgency.js'

export interface TaskItem {
  notice: Notice
  /** Place of the notice among the inputs, of the task in its notice, of the deadline in its task. */
  order: [notice: number, task: number, deadline: number]
  task: Task
  deadline: Deadline | null
  /** Days from today to the deadline (negative when overdue), null without one. */
  days: number | null
  urgency: Urgency
  /** E.g. "II.7.2 (1)(i)". */
  path: string
  /** Lead bodies (chủ trì), or those named responsible when no lead is. */
  lead: string[]
  leadRole: 'lead' | 'responsible' | null
  support: string[]
  directing: string[]
  /** Source file as given ("stdin" for standard input) and the task's first line in it. */
  file: string
  line: number
}

/**
 * @param notices
 *   The models, in input order.
 * @param today
 *   The day of the view (YYYY-MM-DD), for days left and urgency.
 * @returns
 *   Items in document order.
 */
export function taskItems(notices: readonly Notice[], today: string): TaskItem[] {
  return notices.flatMap((notice, noticeIndex) => {
    const byId = new Map(notice.tasks.map((task) => [task.id, task]))
    const parents = new Set(notice.tasks.flatMap((task) => (task.parent ? [task.parent] : [])))
    return deadlinesDue(notice.tasks).flatMap(({task, deadlines: due}, taskIndex) => {
      // null stands for "no deadline" on a leaf; a parent without any is no item at all.
      const deadlines: (Deadline | null)[] = due.length > 0 ? due : parents.has(task.id) ? [] : [null]
      if (deadlines.length === 0) return []
      const charge = inCharge(task)
      const common = {
        notice,
        task,
        path: numberPath(task, byId),
        lead: charge.names,
        leadRole: charge.role,
        support: namesWith(task, 'support'),
        directing: namesWith(task, 'directing'),
        file: notice.source.path ?? 'stdin',
        line: task.position.start.line
      }
      return deadlines.map((deadline, deadlineIndex): TaskItem => ({
        ...common,
        order: [noticeIndex, taskIndex, deadlineIndex],
        deadline,
        days: deadline ? daysBetween(today, deadline.date) : null,
        urgency: urgencyOf(deadline?.date ?? null, today)
      }))
    })
  })
}

/** Most pressing first: by urgency, then deadline, then place in the inputs. */
export function byUrgency(left: TaskItem, right: TaskItem): number {
  return (
    urgencies.indexOf(left.urgency) - urgencies.indexOf(right.urgency) ||
    compareDates(when(left), when(right)) ||
    byPlace(left, right)
  )
}

/** Input order: notice, then task, then deadline. */
export function byPlace(left: TaskItem, right: TaskItem): number {
  return left.order[0] - right.order[0] || left.order[1] - right.order[1] || left.order[2] - right.order[2]
}

/** A deadline's day and time as a sortable string: a day without a time is due at its end. */
function when({deadline}: TaskItem): string {
  return deadline ? `${deadline.date}T${deadline.time ?? '24:00'}` : ''
}

/** ISO dates sort as plain strings; no locale rules involved. */
function compareDates(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

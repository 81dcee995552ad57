/**
 * Notices → the items of a task view: one per (task, deadline), or one per task without a deadline, for
 * every task someone must do. Inherited deadlines count for the task that inherits them: a deadline
 * shared by a group of items ("Các nhiệm vụ trên hoàn thành trước ngày 30/6/2026") is an item on each of
 * them, and not again on the heading it was written under. So the tasks are the leaves, and the parents
 * with a deadline their items do not carry; a heading like "7.2. … chủ trì:" only introduces its items.
 * Two phrases naming the same day in one task are one deadline. (The calendar makes the same choice.)
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
import {daysBetween} from './dates.js'
import {numberPath} from './number-path.js'
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
 * The deadlines a task is due by: its own and inherited ones, less those a task below it carries, one
 * per date; null stands for "no deadline" on a leaf. A parent without any is no item at all.
 */
export function dueBy(task: Task, carriedBelow: ReadonlySet<string>, isParent: boolean): (Deadline | null)[] {
  const dates = new Set<string>()
  const due = task.deadlines.filter((deadline) => {
    if (carriedBelow.has(`${task.id} ${key(deadline)}`) || dates.has(deadline.date)) return false
    dates.add(deadline.date)
    return true
  })
  return due.length > 0 ? due : isParent ? [] : [null]
}

/** "parent-id deadline-key" for every deadline some task below that parent carries. */
export function carriedBelow(tasks: readonly Task[]): Set<string> {
  const parents = new Map(tasks.map((task) => [task.id, task.parent]))
  const carried = new Set<string>()
  for (const task of tasks) {
    for (const deadline of task.deadlines) {
      const seen = new Set<string>()
      for (let id = task.parent; id !== null && !seen.has(id); id = parents.get(id) ?? null) {
        seen.add(id)
        carried.add(`${id} ${key(deadline)}`)
      }
    }
  }

  return carried
}

/** A deadline is the same one when it is the same date read from the same phrase. */
function key(deadline: Deadline): string {
  return `${deadline.date}@${deadline.position.start.offset}`
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
    const carried = carriedBelow(notice.tasks)
    return notice.tasks.flatMap((task, taskIndex) => {
      const deadlines = dueBy(task, carried, parents.has(task.id))
      if (deadlines.length === 0) return []
      const named = (role: Task['assignees'][number]['role']): string[] =>
        unique(task.assignees.filter((assignee) => assignee.role === role).map((assignee) => assignee.name))
      const leads = named('lead')
      const responsible = named('responsible')
      const common = {
        notice,
        task,
        path: numberPath(task, byId),
        lead: leads.length > 0 ? leads : responsible,
        leadRole: leads.length > 0 ? ('lead' as const) : responsible.length > 0 ? ('responsible' as const) : null,
        support: named('support'),
        directing: named('directing'),
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
    compareDates(left.deadline?.date ?? '', right.deadline?.date ?? '') ||
    byPlace(left, right)
  )
}

/** Input order: notice, then task, then deadline. */
export function byPlace(left: TaskItem, right: TaskItem): number {
  return left.order[0] - right.order[0] || left.order[1] - right.order[1] || left.order[2] - right.order[2]
}

/** ISO dates sort as plain strings; no locale rules involved. */
function compareDates(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

function unique(names: string[]): string[] {
  return [...new Set(names)]
}

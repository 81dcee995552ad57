/**
 * Which deadlines each task is due by, for every output that lists (task, deadline) pairs (the calendar
 * and the task views). Inherited deadlines count for the task that inherits them: a deadline shared by a
 * group of items ("Các nhiệm vụ trên hoàn thành trước ngày 30/6/2026") is due on each of them, and not
 * again on the heading it was written under, so one deadline is never shown twice for a parent and its
 * children. Two phrases naming the same day in one task are one deadline. Repeating work (`rrule`) is
 * placed the same way.
 */
import type {Deadline, Task} from '../../model/schema.js'

/**
 * @param tasks
 *   The tasks of one notice.
 * @returns
 *   Each task, in order, with its own and inherited deadlines less those a task below it carries, one
 *   per date (empty when it has none).
 */
export function deadlinesDue(tasks: readonly Task[]): Array<{task: Task; deadlines: Deadline[]}> {
  const carried = carriedBelow(tasks)
  return tasks.map((task) => {
    const dates = new Set<string>()
    const deadlines = task.deadlines.filter((deadline) => {
      if (carried.has(`${task.id} ${key(deadline)}`) || dates.has(deadline.date)) return false
      dates.add(deadline.date)
      return true
    })
    return {task, deadlines}
  })
}

/** "parent-id deadline-key" for every deadline some task below that parent carries. */
function carriedBelow(tasks: readonly Task[]): Set<string> {
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

/** A deadline is the same one when it is the same date read from the same phrase (same source offset). */
function key(deadline: Deadline): string {
  return `${deadline.date}@${deadline.position.start.offset}`
}

/**
 * Which tasks repeating work (`rrule`) is due on, by the same rule as deadlines: a task passes its rule
 * down to its items, so a heading whose rule an item below it carries ("Định kỳ hằng tháng, báo cáo: a)
 * …; b) …") is not repeated itself, and each item is.
 *
 * @param tasks
 *   The tasks of one notice.
 * @returns
 *   The tasks with a rule of their own to follow, in order.
 */
export function rulesDue(tasks: readonly Task[]): Task[] {
  const parents = new Map(tasks.map((task) => [task.id, task.parent]))
  const carried = new Set<string>()
  for (const task of tasks) {
    if (task.rrule === null) continue
    const seen = new Set<string>()
    for (let id = task.parent; id !== null && !seen.has(id); id = parents.get(id) ?? null) {
      seen.add(id)
      carried.add(`${id} ${task.rrule}`)
    }
  }

  return tasks.filter((task) => task.rrule !== null && !carried.has(`${task.id} ${task.rrule}`))
}

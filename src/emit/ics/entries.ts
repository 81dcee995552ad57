/**
 * Which (task, deadline) pairs become calendar entries. Every task that carries a deadline gets its own
 * entry, inherited ones included: a deadline shared by a group of items ("Các nhiệm vụ trên hoàn thành
 * trước ngày 30/6/2026") appears on each item, because each item is work someone has to finish. The task
 * the shared deadline was written under gets no entry of its own for it when its sub-items carry it, so
 * one deadline is never shown twice for a parent and its children. A deadline is "the same" when it
 * has the same date and comes from the same phrase (same source offset).
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
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
  const carriedBelow = deadlinesOfDescendants(notice.tasks)
  const result: Entry[] = []
  for (const task of notice.tasks) {
    const dates = new Set<string>()
    for (const deadline of task.deadlines) {
      const when = parseWhen(deadline.date)
      // One entry per date per task: two phrases naming the same day are one deadline to a reader.
      if (!when || dates.has(deadline.date) || carriedBelow.get(task.id)?.has(key(deadline))) continue
      dates.add(deadline.date)
      result.push({notice, task, deadline, when})
    }
  }

  return result
}

/** For each task id, the deadlines that some task below it carries. */
function deadlinesOfDescendants(tasks: readonly Task[]): Map<string, Set<string>> {
  const parents = new Map(tasks.map((task) => [task.id, task.parent]))
  const below = new Map<string, Set<string>>()
  for (const task of tasks) {
    for (const deadline of task.deadlines) {
      const seen = new Set<string>()
      for (let id = task.parent; id !== null && !seen.has(id); id = parents.get(id) ?? null) {
        seen.add(id)
        const set = below.get(id) ?? new Set<string>()
        set.add(key(deadline))
        below.set(id, set)
      }
    }
  }

  return below
}

function key(deadline: Deadline): string {
  return `${deadline.date}@${deadline.position.start.offset}`
}

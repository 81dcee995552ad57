/**
 * Which calendar entries a notice gives: every (task, deadline) pair a task is due by
 * (`tasks-view/due.ts`), inherited ones included, because each item of a group is work someone has to
 * finish; a shared deadline is not repeated on the task it was written under when its sub-items carry it.
 * A deadline with a time of day is a timed entry. Repeating work (a task's `rrule`) is one more entry that
 * repeats, starting on the first day the rule names on or after the document's date, else its receipt
 * date; a notice with neither cannot place it, and gives no such entry.
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
import {RRULE_VALUE} from '../../model/rrule-value.js'
import {deadlinesDue, rulesDue} from '../tasks-view/due.js'
import {firstOccurrence} from './recur.js'
import {parseWhen, type When} from './when.js'

interface Common {
  notice: Notice
  task: Task
  when: When
  /** What tells it apart among its task's entries, for its UID: the deadline's date, or `RRULE`. */
  key: string
}

/** A deadline, once; or repeating work, as its first occurrence (`first`, `YYYY-MM-DD`) and the rule that repeats it. */
export type Entry = Common & ({deadline: Deadline; rrule: null} | {deadline: null; rrule: string; first: string})

/**
 * The key of repeating work. Not its rule: a rule read better after a fix (an UNTIL added) then updates
 * the event on re-import instead of adding a second one; a task has one rule, so its key is unique.
 */
const ruleKey = 'RRULE'

/**
 * @param notice
 *   One notice.
 * @returns
 *   Its entries in document order: tasks in order, each task's deadlines in order, then its rule.
 */
export function entries(notice: Notice): Entry[] {
  const result: Entry[] = []
  const from = notice.document.date ?? notice.receipt?.date ?? null
  const repeating = new Set(rulesDue(notice.tasks))
  for (const {task, deadlines} of deadlinesDue(notice.tasks)) {
    for (const deadline of deadlines) {
      // A time that is not one (a hand-built model's "25:00") leaves the day, which is still right.
      const when = (deadline.time ? parseWhen(`${deadline.date}T${deadline.time}`) : null) ?? parseWhen(deadline.date)
      if (when) result.push({notice, task, deadline, rrule: null, when, key: deadline.date})
    }

    const rule = task.rrule
    // A model built by a program rather than parsed may hold any string: only a well-formed rule is written.
    if (rule === null || from === null || !repeating.has(task) || !RRULE_VALUE.test(rule)) continue
    const first = firstOccurrence(rule, from)
    const when = first === null ? null : parseWhen(first)
    if (first !== null && when) result.push({notice, task, deadline: null, rrule: rule, first, when, key: ruleKey})
  }

  return result
}

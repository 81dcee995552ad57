/**
 * The words of a task that a deadline belongs to. A task with several deadlines of its own usually says
 * two things ("… trước ngày 15/6/2026. Tham mưu …, hoàn thành trước ngày 30/6/2026."): each deadline's
 * item shows the sentence that names it; otherwise the whole text.
 */
import type {Deadline, Task} from '../../model/schema.js'

/** Sentence or clause ends: ". " or "; " before a capital letter. */
const boundary = /(?<=[.;!?])\s+(?=\p{Lu})/u

export function actionText(task: Task, deadline: Deadline | null): string {
  if (!deadline || deadline.inherited) return task.text
  const own = new Set(task.deadlines.filter((other) => !other.inherited).map((other) => other.raw))
  if (own.size < 2) return task.text
  return task.text.split(boundary).find((sentence) => sentence.includes(deadline.raw)) ?? task.text
}

/**
 * Small readings of the model that several rules share: where a task's label is, which tasks are leaves,
 * and dates written the way the documents write them.
 */
import type {Notice, Position, Task} from '../../model/schema.js'
import type {RuleContext} from '../rule.js'

/**
 * Span of a task's label (`7.2.`, `(i)`) in the source, or the whole task when the label is not at its start.
 *
 * @param task
 *   The task.
 * @param context
 *   Source text and positions.
 * @returns
 *   Position of the label.
 */
export function labelPosition(task: Task, context: RuleContext<unknown>): Position {
  const start = task.position.start.offset
  // Emphasis around the label (`**7.1.**`) may open the task's span.
  const window = context.text.slice(start, start + task.number.length + 8)
  const at = window.indexOf(task.number)
  if (task.number === '' || at < 0 || /[^*_\s]/u.test(window.slice(0, at))) return task.position
  return context.position(start + at, start + at + task.number.length)
}

/**
 * Tasks that no other task names as parent: the work items themselves, not the headings grouping them.
 *
 * @param notice
 *   The model.
 * @returns
 *   Leaf tasks in document order.
 */
export function leafTasks(notice: Notice): Task[] {
  const parents = new Set(notice.tasks.map((task) => task.parent))
  return notice.tasks.filter((task) => !parents.has(task.id))
}

/**
 * An ISO date as the documents write it.
 *
 * @param iso
 *   `YYYY-MM-DD`.
 * @returns
 *   `DD/MM/YYYY`.
 */
export function writtenDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/**
 * Text quoted inside a message: one line, at most 40 characters.
 *
 * @param text
 *   Any text from the document.
 * @returns
 *   The text folded and cut, safe for one-line reports.
 */
export function quote(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim()
  return folded.length > 40 ? `${folded.slice(0, 39)}…` : folded
}

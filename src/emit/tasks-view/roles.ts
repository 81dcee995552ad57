/**
 * The roles of a task's assignees as the outputs show them: the order they are listed in, what each is
 * called in each language, and who is in charge of a task. One table, so "Chủ trì" reads the same in the
 * outline, the calendar, the checklist, the spreadsheet and the review page.
 */
import type {Task} from '../../model/schema.js'

export type Role = Task['assignees'][number]['role']

/** Listing order: who directs, who leads, who supports, who is named without a more precise role. */
export const roles = ['directing', 'lead', 'support', 'responsible'] as const satisfies readonly Role[]

/**
 * What each role is called, by language, as it heads a list of names ("Chủ trì: Sở Nội vụ"); running
 * text (the outline, "(thực hiện)" after a name) lower-cases it.
 */
export const roleNames = {
  vi: {directing: 'Chỉ đạo', lead: 'Chủ trì', support: 'Phối hợp', responsible: 'Thực hiện'},
  en: {directing: 'Directing', lead: 'Lead', support: 'Support', responsible: 'Responsible'}
} as const satisfies Record<string, Record<Role, string>>

/**
 * @param task
 *   A task.
 * @param role
 *   One role.
 * @returns
 *   The names the task gives that role, each once, in order.
 */
export function namesWith(task: Task, role: Role): string[] {
  return [...new Set(task.assignees.filter((assignee) => assignee.role === role).map((assignee) => assignee.name))]
}

/**
 * Who is in charge of a task: its lead bodies (chủ trì), else those named responsible.
 *
 * @param task
 *   A task.
 * @returns
 *   The names, and the role they were found under (null when there are none).
 */
export function inCharge(task: Task): {role: 'lead' | 'responsible' | null; names: string[]} {
  for (const role of ['lead', 'responsible'] as const) {
    const names = namesWith(task, role)
    if (names.length > 0) return {role, names}
  }

  return {role: null, names: []}
}

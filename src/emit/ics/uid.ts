/**
 * UIDs that survive a re-import: derived from the document's identity (its number with its date, since
 * a number such as 70/KH-UBND recurs across years and issuers; else the SHA-256 of its bytes), the task
 * id and the deadline (or the mark of repeating work), so importing the same notice again updates its
 * events instead of duplicating them. Hashed, because numbers and task ids may hold `/` and Vietnamese letters
 * that some servers mishandle in a UID.
 */
import {createHash} from 'node:crypto'
import type {Notice} from '../../model/schema.js'

/**
 * @param notice
 *   The notice.
 * @param taskId
 *   The task's id, e.g. `II.7.2.1.i`.
 * @param deadline
 *   What tells the entry apart among its task's: the deadline's date as in the model (its time is left
 *   out, so a time read better later updates the event), or `RRULE` for the task's repeating work.
 * @param component
 *   `VEVENT` or `VTODO`: a server refuses one UID for two kinds of component in one calendar, so the
 *   task list of `--todo` gets its own UIDs.
 * @returns
 *   E.g. `3f1c…@directive`.
 */
export function uid(notice: Notice, taskId: string, deadline: string, component: 'VEVENT' | 'VTODO'): string {
  const {number, date} = notice.document
  const identity = number ? `number:${number}:${date ?? ''}` : `sha256:${notice.source.sha256}`
  const parts = component === 'VEVENT' ? [identity, taskId, deadline] : [identity, taskId, deadline, 'todo']
  const hash = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
  return `${hash}@directive`
}

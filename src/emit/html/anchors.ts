/**
 * The page's link targets in the source text. A task's anchor is its id, so `report.html#II.7.2.1.i`
 * opens the page at the task a diagnostic names; with several notices on one page, ids repeat from one
 * notice to the next, so each is prefixed by its notice (`n1-II.7.2.1.i`). Diagnostics and routing rows
 * are numbered within their notice (`n0-d3`, `n0-r0`).
 */
import type {Task} from '../../model/schema.js'

/**
 * Ids the page gives its own elements (sections, their titles, the table, the filters, the tooltip):
 * a task whose id is one of these is prefixed like a task of a page with several notices.
 */
const pageIds = new Set([
  'tasks-section',
  'tasks-section-title',
  'routing',
  'routing-title',
  'timeline',
  'timeline-title',
  'timeline-svg',
  'timeline-svg-title',
  'timeline-desc',
  'diagnostics',
  'diagnostics-title',
  'sources',
  'sources-title',
  'legend-title',
  'tip',
  'count',
  'tasks',
  'filters',
  'filter-body',
  'filter-status',
  'filter-text'
])

/**
 * @param task
 *   The task.
 * @param notice
 *   Place of its notice among the inputs.
 * @param several
 *   Whether the page shows several notices.
 * @returns
 *   The id of the task's highlight: the task's id (its whitespace, which an HTML id cannot hold, as `_`),
 *   prefixed with `n<notice>-` when the page has several notices or the id is one the page uses itself.
 */
export function taskAnchor(task: Pick<Task, 'id'>, notice: number, several: boolean): string {
  const id = task.id.split(/\s+/u).join('_')
  return several || pageIds.has(id) || generated(id) ? `n${notice}-${id}` : id
}

/** Anchor of a diagnostic's highlight, linked from the list of diagnostics. */
export function diagnosticAnchor(notice: number, diagnostic: number): string {
  return `n${notice}-d${diagnostic}`
}

/** Anchor of a routing row's highlight, linked from the routing table. */
export function routingAnchor(notice: number, row: number): string {
  return `n${notice}-r${row}`
}

/** Whether an id has the shape of the page's numbered ids (`n0`, `n0-title`, `n0-d3`). */
function generated(id: string): boolean {
  const digit = id.charAt(1)
  return id.startsWith('n') && digit >= '0' && digit <= '9'
}

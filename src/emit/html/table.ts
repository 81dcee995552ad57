/**
 * Task items → the task table with its filters: one row per (task, deadline) as in the checklist and the
 * CSV (`tasks-view/items.ts`), columns number path (with the task's id), action (with how often, for
 * ongoing or repeating work), lead, support, deadline (with its time of day), days left. Rows carry what
 * the page script filters and sorts on (bodies, status, a sort key per cell); the number path links to
 * the task's words in the source, anchored at its id. When tasks stand in an attached plan or an appendix, each part's rows are a row group of
 * their own under a heading row with its title.
 */
import {actionText} from '../tasks-view/action.js'
import {documentName} from '../tasks-view/document.js'
import type {TaskItem} from '../tasks-view/items.js'
import type {Labels} from '../tasks-view/labels.js'
import {byPart, partTitle} from '../tasks-view/parts.js'
import {howOften} from '../tasks-view/rhythm.js'
import {shorten} from '../tasks-view/shorten.js'
import {urgencies} from '../tasks-view/urgency.js'
import {escapeHtml} from './escape.js'
import {formatDeadline} from './format.js'
import type {PageLabels} from './labels.js'
import {taskAnchor} from './anchors.js'

export interface TableView {
  labels: Labels
  page: PageLabels
  lang: string
  /** Show the document column (several notices). */
  documents: boolean
  /** Whether notice `index` has its source on the page (so its tasks can be linked). */
  linked(index: number): boolean
}

interface Column {
  key: string
  title(view: TableView): string
  /** Sorts as numbers rather than text. */
  numeric?: boolean
  /** The cell's sort key and its HTML. */
  cell(item: TaskItem, view: TableView, position: number): {sort: string | number; html: string}
}

const columns: Column[] = [
  {
    key: 'document',
    title: ({page}) => page.columns.document,
    cell: (item, {labels}) => ({sort: item.order[0], html: escapeHtml(documentName(item.notice, labels))}),
    numeric: true
  },
  {
    key: 'path',
    title: ({page}) => page.columns.path,
    numeric: true,
    cell(item, view, position) {
      // The number path as printed, then the id the diagnostics name the task by (also what the text filter finds).
      const path = escapeHtml(item.path)
      const link = view.linked(item.order[0]) ? `<a href="#${escapeHtml(taskAnchor(item.task, item.order[0], view.documents))}">${path}</a>` : path
      return {sort: position, html: `${link} <small class="task-id">${escapeHtml(view.page.taskId(item.task.id))}</small>`}
    }
  },
  {
    key: 'action',
    title: ({page}) => page.columns.action,
    cell(item) {
      const text = shorten(actionText(item.task, item.deadline))
      const often = howOften(item.task)
      const rhythm = often ? ` <em lang="vi">(${escapeHtml(often)})</em>` : ''
      return {sort: text, html: `<span lang="vi">${escapeHtml(text)}</span>${rhythm}`}
    }
  },
  {
    key: 'lead',
    title: ({page}) => page.columns.lead,
    cell(item, {labels}) {
      const names = item.lead.join('; ')
      const role = item.leadRole === 'responsible' ? ` <small>(${escapeHtml(labels.roles.responsible.toLocaleLowerCase('vi'))})</small>` : ''
      return {sort: names, html: names ? `<span lang="vi">${escapeHtml(names)}</span>${role}` : '—'}
    }
  },
  {
    key: 'support',
    title: ({page}) => page.columns.support,
    cell(item) {
      const names = item.support.join('; ')
      return {sort: names, html: names ? `<span lang="vi">${escapeHtml(names)}</span>` : '—'}
    }
  },
  {
    key: 'deadline',
    title: ({page}) => page.columns.deadline,
    cell({deadline}, {lang}) {
      if (!deadline) return {sort: '9999-99-99', html: '—'}
      // ISO date and time sort as text: a day's timed deadline after the same day without a time.
      const value = deadline.time ? `${deadline.date}T${deadline.time}` : deadline.date
      return {sort: value, html: `<time datetime="${value}">${formatDeadline(deadline, lang)}</time>`}
    }
  },
  {
    key: 'days',
    title: ({page}) => page.columns.days,
    numeric: true,
    cell: (item, {labels}) => ({
      sort: item.days ?? 1e9,
      html: item.days === null ? '—' : `<span class="u-${item.urgency}">${escapeHtml(labels.days(item.days))}</span>`
    })
  }
]

/**
 * @param items
 *   Task items in document order.
 * @param view
 *   Labels and options.
 * @returns
 *   The filters, the live count and the table.
 */
export function taskTable(items: readonly TaskItem[], view: TableView): string {
  const {page} = view
  const shown = columns.filter((column) => view.documents || column.key !== 'document')
  if (items.length === 0) return `<p>${escapeHtml(page.noTasks)}</p>`
  const head = shown
    .map(
      (column) =>
        `<th scope="col" data-key="${column.key}"${column.numeric ? ' data-numeric=""' : ''}><button type="button" aria-label="${escapeHtml(page.sortBy(column.title(view)))}">${escapeHtml(column.title(view))}<span class="arrow" aria-hidden="true"></span></button></th>`
    )
    .join('')
  const row = (item: TaskItem, position: number): string => {
    const bodies = [...new Set([...item.lead, ...item.support])]
    const cells = shown.map((column) => {
      const {sort, html} = column.cell(item, view, position)
      const header = escapeHtml(column.title(view))
      return `<td class="c-${column.key}" data-label="${header}" data-sort="${escapeHtml(String(sort))}">${html}</td>`
    })
    return `<tr data-status="${item.urgency}" data-bodies="${escapeHtml(JSON.stringify(bodies))}">${cells.join('')}</tr>`
  }

  const groups = rowGroups(items, view).map(({title, rows}) => {
    const heading = title === null ? '' : `<tr class="part"><th scope="rowgroup" colspan="${shown.length}" lang="vi">${escapeHtml(title)}</th></tr>\n`
    return `<tbody>\n${heading}${rows.map(({item, position}) => row(item, position)).join('\n')}\n</tbody>`
  })
  return `${filters(items, view)}
<p class="count" id="count" role="status" aria-live="polite" data-pattern="${escapeHtml(shownPattern(page))}">${escapeHtml(page.shown(items.length, items.length))}</p>
<div class="table-wrap"><table id="tasks">
<caption class="visually-hidden">${escapeHtml(page.sections.tasks)}</caption>
<thead><tr>${head}</tr></thead>
${groups.join('\n')}</table></div>`
}

interface RowGroup {
  /** The heading row's text, null for the one group of a table whose notices have no parts. */
  title: string | null
  rows: {item: TaskItem; position: number}[]
}

/**
 * The table's row groups (one `<tbody>` each): a single untitled one when no task stands in an
 * attachment or appendix; otherwise, per notice, its body under the document's name, then each part
 * with items under the part's title, so sorting and filtering keep a plan's tasks apart from the body's.
 */
function rowGroups(items: readonly TaskItem[], {labels, documents}: TableView): RowGroup[] {
  const numbered = items.map((item, position) => ({item, position}))
  if (items.every((item) => item.task.part === null)) return [{title: null, rows: numbered}]
  return [...new Set(items.map((item) => item.notice))].flatMap((notice) => {
    const name = documentName(notice, labels)
    const own = numbered.filter(({item}) => item.notice === notice)
    return byPart(notice, own, ({item}) => item.task.part)
      .filter((group) => group.items.length > 0)
      .map(({part, items: rows}) => ({
        title: part === null ? name : documents ? `${name} — ${partTitle(part, labels)}` : partTitle(part, labels),
        rows
      }))
  })
}

/** The "shown" phrase with placeholders, for the script to fill in. */
function shownPattern(page: PageLabels): string {
  return page.shown(1_000_001, 1_000_002).replace('1000001', '{shown}').replace('1000002', '{total}')
}

function filters(items: readonly TaskItem[], {page, labels}: TableView): string {
  const collator = new Intl.Collator('vi')
  const bodies = [...new Set(items.flatMap((item) => [...item.lead, ...item.support]))].sort((left, right) => collator.compare(left, right))
  const bodyOptions = bodies.map((body) => `<option value="${escapeHtml(body)}">${escapeHtml(body)}</option>`).join('')
  const statusOptions = urgencies
    .map((urgency) => `<option value="${urgency}">${escapeHtml(labels.urgency[urgency])} (${items.filter((item) => item.urgency === urgency).length})</option>`)
    .join('')
  return `<form class="controls" id="filters" role="search">
<label>${escapeHtml(page.filters.body)} <select id="filter-body"><option value="">${escapeHtml(page.filters.allBodies)}</option>${bodyOptions}</select></label>
<label>${escapeHtml(page.filters.status)} <select id="filter-status"><option value="">${escapeHtml(page.filters.allStatuses)}</option>${statusOptions}</select></label>
<label>${escapeHtml(page.filters.search)} <input type="search" id="filter-text" autocomplete="off"></label>
<button type="reset">${escapeHtml(page.filters.reset)}</button>
</form>`
}

/**
 * The receiving office's routing table of each notice (`notice.routing`) → a line in the page's header
 * naming who leads (what that office looks for first), and a table further down, in the form's order:
 * each row's abbreviation expanded ("Chủ tịch Đ.T.Trung"), the row as written ("CT Đ.T.Trung", linked to
 * its place in the source when the source is on the page), and its marks in the chủ trì and tham gia
 * columns. Rows marked chủ trì stand out, as the leads do in the task table.
 */
import type {Notice} from '../../model/schema.js'
import {documentHeading} from '../tasks-view/document.js'
import type {Labels} from '../tasks-view/labels.js'
import {routingLines, routingMarks, routingName} from '../tasks-view/routing.js'
import {routingAnchor} from './anchors.js'
import {escapeHtml} from './escape.js'
import type {PageLabels} from './labels.js'

export interface RoutingView {
  labels: Labels
  page: PageLabels
  /** Whether the page shows several notices (then each table is headed by its document). */
  several: boolean
  /** Whether notice `index` has its source on the page (so its rows can be linked). */
  linked(index: number): boolean
}

/**
 * @param notices
 *   The models.
 * @param view
 *   Labels and links.
 * @returns
 *   HTML for the routing section: a table per notice that has a routing table; empty when none has one.
 */
export function routingTables(notices: readonly Notice[], view: RoutingView): string {
  return notices
    .map((notice, index) => (notice.routing.length === 0 ? '' : table(notice, index, view)))
    .filter(Boolean)
    .join('\n')
}

/**
 * @param notice
 *   A notice.
 * @param labels
 *   Labels of the page.
 * @returns
 *   For the header, when the notice has a routing table: its name linked to the table, the rows marked
 *   chủ trì by name, and how many are marked tham gia ("Phân phối (Chủ/Tham) — Chủ trì: Chủ tịch
 *   Đ.T.Trung; … · Tham gia: 13"); else an empty string.
 */
export function routingSummary(notice: Notice, labels: Labels): string {
  if (notice.routing.length === 0) return ''
  const lines = routingLines(notice.routing, labels).map(({mark, label, rows}) => {
    const names = mark === 'lead' ? rows.map((row) => `<strong lang="vi">${escapeHtml(routingName(row))}</strong>`).join('; ') : String(rows.length)
    return `${escapeHtml(label)}: ${names}`
  })
  const text = lines.length > 0 ? lines.join(' · ') : escapeHtml(labels.routing.unmarked(notice.routing.length))
  return `<p class="routing-summary"><a href="#routing">${escapeHtml(labels.routing.title)}</a> — ${text}</p>`
}

function table(notice: Notice, index: number, {labels, page, several, linked}: RoutingView): string {
  const headers = [page.routingColumns.name, page.routingColumns.written, ...routingMarks.map((mark) => labels.routing[mark])]
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')
  const cell = (column: number, html: string, attributes = ''): string =>
    `<td${attributes} data-label="${escapeHtml(headers[column] ?? '')}">${html}</td>`
  const rows = notice.routing.map((row, rowIndex) => {
    const written = `<code>${escapeHtml(row.unit)}</code>`
    const link = linked(index)
      ? `<a href="#${routingAnchor(index, rowIndex)}" aria-label="${escapeHtml(page.routingSource(row.unit))}">${written}</a>`
      : written
    const marks = routingMarks.map((mark, column) =>
      cell(column + 2, row[mark] ? `<span aria-hidden="true">✓</span><span class="visually-hidden">${escapeHtml(page.routingMarked)}</span>` : '', ' class="c-mark"')
    )
    const name = row.lead ? `<strong>${escapeHtml(routingName(row))}</strong>` : escapeHtml(routingName(row))
    return `<tr${row.lead ? ' class="r-lead"' : ''}>${cell(0, name, ' lang="vi"')}${cell(1, link, ' lang="vi"')}${marks.join('')}</tr>`
  })
  const heading = several ? `<h3 lang="vi">${escapeHtml(documentHeading(notice, labels))}</h3>\n` : ''
  return `${heading}<div class="table-wrap"><table class="routing" data-notice="${index}">
<caption class="visually-hidden">${escapeHtml(labels.routing.title)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`
}

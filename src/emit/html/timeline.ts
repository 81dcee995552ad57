/**
 * Task items → an SVG timeline of deadlines: one lane per lead body (those without a lead in a lane of
 * their own), lanes ordered by their first deadline; one mark per lane and date (a number beside it when
 * several tasks share it), a tick with its date for every distinct deadline, today as a dashed line.
 * Overdue marks are red diamonds, the others circles, so the state does not rest on colour alone.
 * Coordinates are computed here (no script), rounded, so the same items give the same bytes.
 */
import {daysBetween} from '../tasks-view/dates.js'
import type {TaskItem} from '../tasks-view/items.js'
import type {Labels} from '../tasks-view/labels.js'
import {urgencies, type Urgency} from '../tasks-view/urgency.js'
import {escapeHtml} from './escape.js'
import {formatDate, formatDeadline, shortDate} from './format.js'
import type {PageLabels} from './labels.js'
import {taskAnchor} from './anchors.js'

export interface TimelineView {
  labels: Labels
  page: PageLabels
  lang: string
  today: string
  /** Whether the page shows several notices (task anchors then name their notice). */
  several: boolean
  linked(index: number): boolean
}

/** Layout in SVG user units. */
const width = 760
const side = 16
const labelRow = 15
const laneHeight = 46
const bottom = 30
/** Rough width of one character of the 12px axis labels, to keep labels apart. */
const charWidth = 7
/** Rows of date labels above the lanes. */
const maxRows = 3

interface Lane {
  name: string
  items: TaskItem[]
}

/**
 * @param items
 *   Task items; those without a deadline are left out.
 * @param view
 *   Labels, language and today.
 * @returns
 *   A `<figure>` with the SVG and its key, or a note when no task has a deadline.
 */
export function timeline(items: readonly TaskItem[], view: TimelineView): string {
  const dated = items.filter((item) => item.deadline)
  if (dated.length === 0) return `<p>${escapeHtml(view.page.noDeadlines)}</p>`
  const lanes = toLanes(dated, view.labels)
  const dates = [...new Set(dated.map((item) => item.deadline?.date ?? ''))].sort()
  const first = [dates[0] ?? view.today, view.today].sort()[0] ?? view.today
  const last = [dates.at(-1) ?? view.today, view.today].sort()[1] ?? view.today
  const span = Math.max(daysBetween(first, last), 1)
  const pad = Math.max(2, span * 0.04)
  const x = (date: string) => round(side + 8 + ((daysBetween(first, date) + pad) / (span + 2 * pad)) * (width - 2 * side - 16))
  const withYear = first.slice(0, 4) !== last.slice(0, 4)
  const ticks = placeTicks(dates, x, view, withYear)
  const top = 12 + ticks.rows * labelRow
  const height = top + lanes.length * laneHeight + bottom
  const title = `${view.page.sections.timeline} (${view.page.lanes(lanes.length)})`

  const tickMarks = ticks.placed
    .map(
      ({date, left, row}) =>
        `<g class="tick" data-date="${date}"><title>${escapeHtml(formatDate(date, view.lang))}</title><line x1="${left}" x2="${left}" y1="${top - 4}" y2="${height - bottom}"/>${row === null ? '' : `<text x="${left}" y="${12 + row * labelRow}" text-anchor="middle">${escapeHtml(shortDate(date, view.lang, withYear))}</text>`}</g>`
    )
    .join('\n')
  const laneMarks = lanes.map((lane, index) => renderLane(lane, top + index * laneHeight, x, view)).join('\n')
  const todayX = x(view.today)
  const todayLabel = `${view.page.today} ${formatDate(view.today, view.lang)}`
  const anchor = todayX > width - 120 ? 'end' : todayX < 120 ? 'start' : 'middle'
  const todayMark = `<g class="today" data-date="${view.today}"><line x1="${todayX}" x2="${todayX}" y1="${top - 8}" y2="${height - bottom + 6}"/><text x="${todayX}" y="${height - 8}" text-anchor="${anchor}">${escapeHtml(todayLabel)}</text></g>`

  const svg = `<svg id="timeline-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="timeline-svg-title" aria-describedby="timeline-desc">
<title id="timeline-svg-title">${escapeHtml(title)}</title>
<desc id="timeline-desc">${escapeHtml(view.page.timelineDescription)}</desc>
${tickMarks}
${laneMarks}
${todayMark}
</svg>`
  const key = urgencies
    .filter((urgency) => urgency !== 'none')
    .map((urgency) => `<li><svg width="14" height="14" aria-hidden="true">${shape(urgency, 7, 7, 5)}</svg> ${escapeHtml(view.labels.urgency[urgency])}</li>`)
    .join('')
  return `<figure class="timeline"><div class="svg-wrap">${svg}</div>
<figcaption><ul class="key">${key}<li><svg width="14" height="14" aria-hidden="true"><line class="today-key" x1="7" x2="7" y1="0" y2="14"/></svg> ${escapeHtml(todayLabel)}</li></ul></figcaption></figure>`
}

/** Lanes by lead body (a task led by two bodies is on both), ordered by first deadline, then name. */
function toLanes(items: readonly TaskItem[], labels: Labels): Lane[] {
  const lanes = new Map<string, Lane>()
  for (const item of items) {
    for (const name of item.lead.length > 0 ? item.lead : [labels.noLead]) {
      const lane = lanes.get(name) ?? {name, items: []}
      lane.items.push(item)
      lanes.set(name, lane)
    }
  }

  const earliest = (lane: Lane) => lane.items.map((item) => item.deadline?.date ?? '').sort()[0] ?? ''
  return [...lanes.values()].sort((left, right) => compare(earliest(left), earliest(right)) || compare(left.name, right.name))
}

function renderLane(lane: Lane, y: number, x: (date: string) => number, view: TimelineView): string {
  const axis = y + 30
  const byDate = new Map<string, TaskItem[]>()
  for (const item of lane.items) {
    const date = item.deadline?.date ?? ''
    byDate.set(date, [...(byDate.get(date) ?? []), item])
  }

  const marks = [...byDate].sort(([left], [right]) => compare(left, right)).map(([date, group]) => {
    const worst = urgencies[Math.min(...group.map((item) => urgencies.indexOf(item.urgency)))] ?? 'later'
    const left = x(date)
    const days = group[0]?.days ?? 0
    // Every item here has a deadline (those without are left out); its time, if any, is in the words only.
    const when = ({deadline}: TaskItem): string => (deadline ? formatDeadline(deadline, view.lang) : formatDate(date, view.lang))
    const lines = group.map((item) => `${item.path} — ${when(item)} (${view.labels.days(days)})`)
    const label = `${lane.name}: ${lines.join('; ')}`
    const count = group.length > 1 ? `<text class="count" x="${round(left + 9)}" y="${axis + 4}">×${group.length}</text>` : ''
    const body = `<title>${escapeHtml(label)}</title>${shape(worst, left, axis, 6)}${count}`
    const item = group[0]
    const href = item && view.linked(item.order[0]) ? taskAnchor(item.task, item.order[0], view.several) : null
    return href
      ? `<a class="mark" href="#${escapeHtml(href)}" data-date="${date}" data-status="${worst}" aria-label="${escapeHtml(label)}">${body}</a>`
      : `<g class="mark" data-date="${date}" data-status="${worst}">${body}</g>`
  })
  return `<g class="lane"><text class="lane-name" x="${side}" y="${y + 13}" lang="vi">${escapeHtml(lane.name)}</text><line class="lane-axis" x1="${side}" x2="${width - side}" y1="${axis}" y2="${axis}"/>${marks.join('')}</g>`
}

/** Overdue: a diamond; the others: a circle; each in its urgency's colour (CSS). */
function shape(urgency: Urgency, cx: number, cy: number, r: number): string {
  if (urgency === 'overdue') {
    const d = round(r * 1.25)
    return `<path class="u-overdue" d="M${cx} ${round(cy - d)}L${round(cx + d)} ${cy}L${cx} ${round(cy + d)}L${round(cx - d)} ${cy}Z"/>`
  }

  return `<circle class="u-${urgency}" cx="${cx}" cy="${cy}" r="${r}"/>`
}

/**
 * A tick for every distinct date, labelled on the first of three rows where the label does not overlap
 * the one before it, so close dates (12/06 and 15/06) stay readable. A date too crowded for any row keeps
 * its tick and its tooltip but no label (null row): overlapping labels would be unreadable.
 */
function placeTicks(
  dates: readonly string[],
  x: (date: string) => number,
  view: TimelineView,
  withYear: boolean
): {placed: {date: string; left: number; row: number | null}[]; rows: number} {
  const ends: number[] = []
  const placed = dates.map((date) => {
    const left = x(date)
    const half = (shortDate(date, view.lang, withYear).length * charWidth) / 2 + 3
    let row: number | null = ends.findIndex((end) => end <= left - half)
    if (row < 0) row = ends.length < maxRows ? ends.length : null
    if (row !== null) ends[row] = left + half
    return {date, left, row}
  })
  return {placed, rows: Math.max(1, ends.length)}
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * Notices, their source texts and today → the whole review page: a header with the counts and who in the
 * receiving office leads each notice, the task table, the office's routing table (when a notice has
 * one), the timeline, the diagnostics, then each source text with its highlights and the legend. One
 * file: the stylesheet and the script are inline, and a Content-Security-Policy forbids any request.
 */
import type {Notice} from '../../model/schema.js'
import {vnDate} from '../tasks-view/dates.js'
import {documentHeading} from '../tasks-view/document.js'
import {taskItems} from '../tasks-view/items.js'
import type {Labels} from '../tasks-view/labels.js'
import {urgencies} from '../tasks-view/urgency.js'
import {diagnosticsList} from './diagnostics.js'
import {escapeHtml} from './escape.js'
import {highlight} from './highlight.js'
import {kinds, type Kind} from './kinds.js'
import type {PageLabels} from './labels.js'
import {findMarks, type Mark} from './marks.js'
import {routingSummary, routingTables} from './routing.js'
import {script} from './script.js'
import {style} from './style.js'
import {taskTable} from './table.js'
import {timeline} from './timeline.js'

export interface PageInput {
  notices: readonly Notice[]
  /** Decoded source text of each notice, in the same order; a missing one leaves that notice without highlights. */
  sources: readonly (string | undefined)[]
  today: string
  lang: string
  labels: Labels
  page: PageLabels
}

/** No request of any kind: styles and scripts only inline, images only as data URLs. */
const policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * @param input
 *   Notices, sources, today and labels.
 * @returns
 *   The HTML document.
 */
export function renderPage(input: PageInput): string {
  const {notices, sources, today, lang, labels, page} = input
  const linked = (index: number) => typeof sources[index] === 'string'
  const items = taskItems(notices, today)
  const several = notices.length > 1
  const marks = notices.map((notice, index) => {
    const text = sources[index]
    return text === undefined ? [] : findMarks({notice, index, several, text, labels, page, lang, today})
  })

  const counts = urgencies.map((urgency) => `${labels.urgency[urgency]}: ${items.filter((item) => item.urgency === urgency).length}`)
  const headings = notices.map((notice) => documentHeading(notice, labels))
  const title = several ? page.title : `${page.title} — ${headings[0] ?? ''}`
  // Who in the receiving office leads is in the header (routingSummary); the whole table follows the tasks.
  const routed = notices.some((notice) => notice.routing.length > 0)
  const sections = [
    {id: 'tasks-section', title: page.sections.tasks, body: taskTable(items, {labels, page, lang, documents: several, linked})},
    ...(routed ? [{id: 'routing', title: labels.routing.title, body: routingTables(notices, {labels, page, several, linked})}] : []),
    {id: 'timeline', title: page.sections.timeline, body: timeline(items, {labels, page, lang, today, several, linked})},
    {
      id: 'diagnostics',
      title: page.sections.diagnostics,
      body: diagnosticsList(notices, {page, lang: lang === 'en' ? 'en' : 'vi', linked, heading: (notice) => (several ? documentHeading(notice, labels) : null)})
    },
    {id: 'sources', title: page.sections.sources, body: sourcesSection(notices, sources, marks, page, several)}
  ]

  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'vi'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="directive">
<title>${escapeHtml(title)}</title>
<style>
${style}</style>
</head>
<body>
<a class="skip" href="#tasks-section">${escapeHtml(page.skip)}</a>
<header>
<h1>${escapeHtml(page.title)}</h1>
${notices.map((notice, index) => `<p class="doc" lang="vi">${escapeHtml(headings[index] ?? '')}</p>${routingSummary(notice, labels)}`).join('\n')}
<p class="summary">${escapeHtml(`${labels.asOf(lang === 'en' ? today : vnDate(today))}: ${labels.items(items.length)} — ${counts.join(' · ')}`)}</p>
<nav aria-label="${escapeHtml(page.contents)}"><ul>${sections.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.map((section) => `<section id="${section.id}" aria-labelledby="${section.id}-title">\n<h2 id="${section.id}-title">${escapeHtml(section.title)}</h2>\n${section.body}\n</section>`).join('\n')}
</main>
<div id="tip" role="tooltip" hidden></div>
<script>
${script}</script>
</body>
</html>
`
}

function sourcesSection(notices: readonly Notice[], sources: readonly (string | undefined)[], marks: Mark[][], page: PageLabels, several: boolean): string {
  const total = (kind: Kind) => marks.reduce((sum, list) => sum + list.filter((mark) => mark.kind === kind).length, 0)
  const legend = `<div class="legend" role="group" aria-labelledby="legend-title"><p class="legend-title" id="legend-title">${escapeHtml(page.legend)} <small>${escapeHtml(page.legendHint)}</small></p><ul>${kinds
    .map(
      (kind) =>
        `<li><label><input type="checkbox" checked data-kind="${kind}"> <mark class="k-${kind} swatch">${escapeHtml(page.kinds[kind])}</mark> <small>(${total(kind)})</small></label></li>`
    )
    .join('')}</ul></div>`
  const articles = notices.map((notice, index) => {
    const text = sources[index]
    const heading = several ? `<h3 id="n${index}-title" lang="vi">${escapeHtml(notice.source.path ?? 'stdin')}</h3>` : ''
    const file = `<p class="file">${escapeHtml(page.source(notice.source.path ?? 'stdin'))}</p>`
    const body = text === undefined ? `<p>${escapeHtml(page.noSource)}</p>` : `<div class="source" lang="vi">${highlight(text, marks[index] ?? [], `${index}.`)}</div>`
    return `<article id="n${index}">${heading}${file}${body}</article>`
  })
  return `${legend}\n${articles.join('\n')}`
}

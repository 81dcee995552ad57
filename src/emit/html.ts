/**
 * Notices → one self-contained HTML review page: the source text of each notice with every extracted
 * item highlighted in place (tooltips say what was read; each task anchored at its id), the task table
 * (sortable, filterable by body and status), the receiving office's routing table, an SVG timeline of
 * deadlines per lead body with today's line, and the diagnostics linked to their places. Needs the source texts (`context.sources`); without them the page has no highlights.
 * Vietnamese by default (`--lang en`); the same notices and `--today` give the same bytes.
 */
import {defineEmitter} from './emitter.js'
import {labelsFor, langArgument} from './tasks-view/labels.js'
import {pageLabelsFor} from './html/labels.js'
import {renderPage} from './html/page.js'

export default defineEmitter({
  format: 'html',
  extensions: ['.html', '.htm'],
  description: 'a self-contained review page: source text with highlights, task table, deadline timeline, diagnostics',
  options: [{flags: '--lang <lang>', description: 'language of the labels and CSV column names: vi or en', default: 'vi', parse: langArgument}],
  emit(notices, context) {
    const lang = typeof context.options['lang'] === 'string' ? context.options['lang'] : 'vi'
    return renderPage({
      notices,
      sources: context.sources ?? [],
      today: context.today,
      lang,
      labels: labelsFor(lang),
      page: pageLabelsFor(lang)
    })
  }
})

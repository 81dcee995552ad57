/**
 * What `parse` says on stderr about the diagnostics of the documents it printed in a format a person
 * reads. The outline, checklist, CSV and calendar carry none (the HTML page shows them; JSON has them in
 * the model), so by default one line counts them and points to `directive validate`; `--verbose` lists
 * each, `--quiet` says nothing. In the language of the output.
 */
import type {Diagnostic, Notice} from '../model/schema.js'
import {formatPlace, oneLine} from '../report/reporter.js'
import {countOf, severities, severityNames, type Lang} from '../rules/rule.js'
import {printableName} from '../read/file-name.js'

/** How much to say: `quiet` nothing, `summary` one line, `verbose` every diagnostic. */
export type Verbosity = 'quiet' | 'summary' | 'verbose'

/** Where the summary line sends the reader. */
const more: Record<Lang, string> = {
  vi: '`directive validate` để xem chi tiết (hoặc --verbose)',
  en: 'run `directive validate` for details (or --verbose)'
}

/**
 * @param notices
 *   The documents printed.
 * @param verbosity
 *   How much to say.
 * @param lang
 *   Language of the words around the messages (the messages are already in it).
 * @returns
 *   Lines for stderr, each ending in a newline; empty when there is nothing to say.
 */
export function diagnosticsNote(notices: readonly Notice[], verbosity: Verbosity, lang: Lang): string {
  if (verbosity === 'quiet') return ''
  const all = notices.flatMap((notice) => notice.diagnostics.map((diagnostic) => ({notice, diagnostic})))
  if (all.length === 0) return ''
  if (verbosity === 'verbose') {
    return all
      .map(({notice, diagnostic}) => {
        const file = notice.source.path === null ? '-' : printableName(notice.source.path)
        return `${file}:${formatPlace(diagnostic.position)}: ${severityNames[lang][diagnostic.severity]}: ${oneLine(diagnostic.message)} (${diagnostic.ruleId})\n`
      })
      .join('')
  }

  const counts = severities
    .map((severity) => [severity, all.filter(({diagnostic}) => diagnostic.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => countOf(count, severity, lang))
  return `directive: ${counts.join(', ')} — ${more[lang]}\n`
}

/**
 * The diagnostics of each notice (its `diagnostics`: what the validate rules and the extractors
 * reported) → a list per notice, most severe first, each with its rule, message and a link to its place
 * in the source text.
 */
import type {Diagnostic, Notice} from '../../model/schema.js'
import {ruleById} from '../../rules/index.js'
import {describeRule, severities, type Lang} from '../../rules/rule.js'
import {escapeHtml} from './escape.js'
import type {PageLabels} from './labels.js'
import {diagnosticAnchor} from './anchors.js'

/** A shape per severity so the list does not rest on colour alone. */
const icons: Record<Diagnostic['severity'], string> = {error: '✖', warning: '▲', info: 'ℹ'}

export interface DiagnosticsView {
  page: PageLabels
  /** Language of the rule titles shown on hover over a rule id. */
  lang: Lang
  /** Heading of each notice (several notices). */
  heading(notice: Notice): string | null
  linked(index: number): boolean
}

/**
 * @param notices
 *   The models.
 * @param view
 *   Labels and links.
 * @returns
 *   HTML for the diagnostics section.
 */
export function diagnosticsList(notices: readonly Notice[], view: DiagnosticsView): string {
  const {page} = view
  const parts = notices.map((notice, index) => {
    const heading = view.heading(notice)
    const title = heading ? `<h3 lang="vi">${escapeHtml(heading)}</h3>` : ''
    if (notice.diagnostics.length === 0) return `${title}<p>${escapeHtml(page.noDiagnostics)}</p>`
    const counts = severities
      .map((severity) => [severity, notice.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length] as const)
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => `<span class="sev-${severity}">${icons[severity]} ${escapeHtml(page.severity[severity])}: ${count}</span>`)
      .join(' · ')
    const ordered = notice.diagnostics
      .map((diagnostic, number) => ({diagnostic, number}))
      .sort((left, right) => severities.indexOf(left.diagnostic.severity) - severities.indexOf(right.diagnostic.severity) || left.number - right.number)
    const entries = ordered.map(({diagnostic, number}) => {
      const where = diagnostic.position
        ? page.at(diagnostic.position.start.line, diagnostic.position.start.column)
        : null
      const link = where
        ? view.linked(index)
          ? ` <a href="#${diagnosticAnchor(index, number)}">${escapeHtml(where)}</a>`
          : ` <span>${escapeHtml(where)}</span>`
        : ''
      const rule = ruleById(diagnostic.ruleId)
      const about = rule ? ` title="${escapeHtml(describeRule(rule, view.lang))}"` : ''
      return `<li class="sev-${diagnostic.severity}"><span class="sev"><span aria-hidden="true">${icons[diagnostic.severity]}</span> ${escapeHtml(page.severity[diagnostic.severity])}</span> ${escapeHtml(diagnostic.message)} <code${about}>${escapeHtml(diagnostic.ruleId)}</code>${link}</li>`
    })
    return `${title}<p class="diag-counts">${counts}</p><ol class="diagnostics">${entries.join('\n')}</ol>`
  })
  return parts.join('\n')
}

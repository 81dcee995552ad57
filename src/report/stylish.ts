/**
 * Results → the report a person reads in a terminal (ESLint's “stylish”): per file, one row per finding
 * with place, severity, message and rule id; then the totals and the docs link of each rule that fired.
 */
import type {ChalkInstance} from 'chalk'
import type {Diagnostic} from '../model/schema.js'
import {totals} from '../validate/validate.js'
import {defineReporter, formatPlace, oneLine} from './reporter.js'

const paint: Record<Diagnostic['severity'], (chalk: ChalkInstance, text: string) => string> = {
  error: (chalk, text) => chalk.red(text),
  warning: (chalk, text) => chalk.yellow(text),
  info: (chalk, text) => chalk.blue(text)
}

export default defineReporter({
  format: 'stylish',
  description: 'a readable report for the terminal, coloured on a TTY (default)',
  report(results, {chalk, rules}) {
    const out: string[] = []
    const fired = new Set<string>()
    for (const result of results) {
      if (result.diagnostics.length === 0) continue
      const places = result.diagnostics.map((diagnostic) => formatPlace(diagnostic.position))
      const width = Math.max(...places.map((place) => place.length))
      out.push(chalk.underline(result.path))
      result.diagnostics.forEach((diagnostic, index) => {
        fired.add(diagnostic.ruleId)
        const place = (places[index] ?? '').padEnd(width)
        const severity = paint[diagnostic.severity](chalk, diagnostic.severity.padEnd(7))
        out.push(`  ${chalk.dim(place)}  ${severity}  ${oneLine(diagnostic.message)}  ${chalk.dim(diagnostic.ruleId)}`)
      })
      out.push('')
    }

    const count = totals(results)
    const problems = count.error + count.warning + count.info
    const files = `${results.length} file${results.length === 1 ? '' : 's'} checked`
    if (problems === 0) return `${chalk.green('✔')} ${files}, no problems\n`
    const summary = `${problems} problem${problems === 1 ? '' : 's'} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.info, 'info')}) in ${results.length} file${results.length === 1 ? '' : 's'}`
    const mark = count.error > 0 ? chalk.red.bold(`✖ ${summary}`) : count.warning > 0 ? chalk.yellow.bold(`⚠ ${summary}`) : chalk.blue.bold(`ℹ ${summary}`)
    out.push(mark, '')
    const docs = rules.filter((rule) => fired.has(rule.id))
    if (docs.length > 0) {
      const width = Math.max(...docs.map((rule) => rule.id.length))
      out.push('Rules:', ...docs.map((rule) => `  ${rule.id.padEnd(width)}  ${chalk.dim(rule.url)}`), '')
    }

    return out.join('\n')
  }
})

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

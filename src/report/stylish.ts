/**
 * Results → the report a person reads in a terminal (ESLint's “stylish”): per file, one row per finding
 * with place, severity, message and rule id; then the totals and the docs link of each rule that fired.
 */
import type {ChalkInstance} from 'chalk'
import type {Diagnostic} from '../model/schema.js'
import {countOf, severityNames, type Lang} from '../rules/rule.js'
import {totals} from '../validate/validate.js'
import {defineReporter, formatPlace, oneLine} from './reporter.js'

const paint: Record<Diagnostic['severity'], (chalk: ChalkInstance, text: string) => string> = {
  error: (chalk, text) => chalk.red(text),
  warning: (chalk, text) => chalk.yellow(text),
  info: (chalk, text) => chalk.blue(text)
}

interface Counts {
  problems: number
  error: number
  warning: number
  info: number
  files: number
}

/** The report's own words. */
const words: Record<Lang, {checked(files: number): string; clean: string; summary(counts: Counts): string; rules: string}> = {
  vi: {
    checked: (files) => `đã kiểm tra ${files} tệp`,
    clean: 'không có vấn đề nào',
    summary: ({problems, error, warning, info, files}) =>
      `${problems} vấn đề (${countOf(error, 'error', 'vi')}, ${countOf(warning, 'warning', 'vi')}, ${countOf(info, 'info', 'vi')}) trong ${files} tệp`,
    rules: 'Quy tắc:'
  },
  en: {
    checked: (files) => `${plural(files, 'file')} checked`,
    clean: 'no problems',
    summary: ({problems, error, warning, info, files}) =>
      `${plural(problems, 'problem')} (${countOf(error, 'error', 'en')}, ${countOf(warning, 'warning', 'en')}, ${countOf(info, 'info', 'en')}) in ${plural(files, 'file')}`,
    rules: 'Rules:'
  }
}

export default defineReporter({
  format: 'stylish',
  description: 'a readable report for the terminal, coloured on a TTY (default)',
  report(results, {chalk, rules, lang}) {
    const said = words[lang]
    const names = severityNames[lang]
    const column = Math.max(...Object.values(names).map((name) => name.length))
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
        const severity = paint[diagnostic.severity](chalk, names[diagnostic.severity].padEnd(column))
        out.push(`  ${chalk.dim(place)}  ${severity}  ${oneLine(diagnostic.message)}  ${chalk.dim(diagnostic.ruleId)}`)
      })
      out.push('')
    }

    const count = totals(results)
    const problems = count.error + count.warning + count.info
    if (problems === 0) return `${chalk.green('✔')} ${said.checked(results.length)}, ${said.clean}\n`
    const summary = said.summary({problems, ...count, files: results.length})
    const mark = count.error > 0 ? chalk.red.bold(`✖ ${summary}`) : count.warning > 0 ? chalk.yellow.bold(`⚠ ${summary}`) : chalk.blue.bold(`ℹ ${summary}`)
    out.push(mark, '')
    const docs = rules.filter((rule) => fired.has(rule.id))
    if (docs.length > 0) {
      const width = Math.max(...docs.map((rule) => rule.id.length))
      out.push(said.rules, ...docs.map((rule) => `  ${rule.id.padEnd(width)}  ${chalk.dim(rule.url)}`), '')
    }

    return out.join('\n')
  }
})

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

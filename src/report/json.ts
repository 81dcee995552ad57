/** Results → JSON for programs: one array, one entry per file, each finding with its position and docs link. */
import {defineReporter} from './reporter.js'

export default defineReporter({
  format: 'json',
  description: 'an array of {path, errorCount, warningCount, infoCount, diagnostics}',
  report(results, {rules}) {
    const urls = new Map(rules.map((rule) => [rule.id, rule.url]))
    const files = results.map((result) => {
      const count = (severity: string): number => result.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length
      return {
        path: result.path,
        errorCount: count('error'),
        warningCount: count('warning'),
        infoCount: count('info'),
        diagnostics: result.diagnostics.map((diagnostic) => ({...diagnostic, url: urls.get(diagnostic.ruleId) ?? null}))
      }
    })
    return JSON.stringify(files, null, 2) + '\n'
  }
})

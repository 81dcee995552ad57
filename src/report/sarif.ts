/**
 * Results → SARIF 2.1.0 for code scanning (GitHub's upload-sarif and other viewers): one run whose
 * `tool.driver.rules` carries every rule's metadata, results pointing at 1-based regions whose columns
 * count UTF-16 code units (`columnKind`), end column exclusive as SARIF defines it.
 */
import {isAbsolute} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Diagnostic} from '../model/schema.js'
import {docsBase} from '../rules/rule.js'
import {defineReporter} from './reporter.js'

const levels: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

export default defineReporter({
  format: 'sarif',
  description: 'SARIF 2.1.0 (JSON) for code scanning',
  report(results, {rules, version}) {
    const index = new Map(rules.map((rule, position) => [rule.id, position]))
    const run = {
      tool: {
        driver: {
          name: 'directive',
          version,
          informationUri: docsBase,
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: {text: rule.description},
            helpUri: rule.url,
            defaultConfiguration: {level: levels[rule.severity]}
          }))
        }
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((result) =>
        result.diagnostics.map((diagnostic) => {
          const ruleIndex = index.get(diagnostic.ruleId)
          const position = diagnostic.position
          return {
            ruleId: diagnostic.ruleId,
            ...(ruleIndex === undefined ? {} : {ruleIndex}),
            level: levels[diagnostic.severity],
            message: {text: diagnostic.message},
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {uri: toUri(result.path)},
                  ...(position
                    ? {
                        region: {
                          startLine: position.start.line,
                          startColumn: position.start.column,
                          endLine: position.end.line,
                          endColumn: position.end.column
                        }
                      }
                    : {})
                }
              }
            ]
          }
        })
      )
    }
    const log = {$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run]}
    return JSON.stringify(log, null, 2) + '\n'
  }
})

/** A path as a URI reference: relative paths stay relative (to the checkout), each segment percent-encoded. */
function toUri(path: string): string {
  if (path === '-') return 'stdin'
  if (isAbsolute(path)) return pathToFileURL(path).href
  return path.split(/[\\/]/u).map((segment) => encodeURIComponent(segment)).join('/')
}

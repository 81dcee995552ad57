/**
 * Results → GitHub Actions workflow commands, so findings show as annotations on the changed files:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`, with the escaping of
 * @actions/core (`%`, CR, LF in the message; also `:` and `,` in properties). GitHub shows at most 10
 * annotations of each severity per step, so the rest are listed as plain log lines after a count.
 *
 * The runner reads every line of the log as a possible command, and a path or a message comes from the
 * documents: a file named `x\n::error file=evil.js::PWNED\n.txt` must not forge an annotation, nor a
 * notice ring the bell or clear the terminal of someone reading the log. So every path is printed with
 * its control characters escaped (`\x0A`, read/file-name.ts) and every message on one line with them
 * blanked (`oneLine`), in annotations as in the plain lines, before the command escaping; and no plain
 * line starts with `::`.
 */
import {isAbsolute, relative, sep} from 'node:path'
import type {Diagnostic} from '../model/schema.js'
import type {FileResult} from '../validate/validate.js'
import {totals} from '../validate/validate.js'
import {printableName} from '../read/file-name.js'
import {defineReporter, formatPlace, oneLine} from './reporter.js'

/** GitHub's limit of annotations per severity and step. */
export const annotationLimit = 10

const commands: Record<Diagnostic['severity'], string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * Escapes a command's message (data).
 *
 * @param text
 *   Message.
 * @returns
 *   Escaped text.
 */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
}

/**
 * Escapes a command's property value.
 *
 * @param text
 *   Value.
 * @returns
 *   Escaped text.
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
}

export default defineReporter({
  format: 'github',
  description: 'GitHub Actions annotations (chosen automatically when GITHUB_ACTIONS=true)',
  report(results, {env, rules}) {
    const urls = new Map(rules.map((rule) => [rule.id, rule.url]))
    const annotations: string[] = []
    const shown: Record<Diagnostic['severity'], number> = {error: 0, warning: 0, info: 0}
    const rest: Array<{path: string; diagnostic: Diagnostic}> = []
    for (const result of results) {
      const path = repositoryPath(result, env)
      for (const diagnostic of result.diagnostics) {
        if (shown[diagnostic.severity] >= annotationLimit) {
          rest.push({path, diagnostic})
          continue
        }

        shown[diagnostic.severity]++
        annotations.push(annotation(path, diagnostic, urls.get(diagnostic.ruleId)))
      }
    }

    const out = [...annotations]
    if (rest.length > 0) {
      out.push(`directive: ${rest.length} more finding${rest.length === 1 ? '' : 's'} not annotated (GitHub shows at most ${annotationLimit} per severity and step):`)
      for (const {path, diagnostic} of rest) {
        out.push(`  ${plainPath(path)}:${formatPlace(diagnostic.position)}: ${diagnostic.severity}: ${oneLine(diagnostic.message)} (${diagnostic.ruleId})`)
      }
    }

    const count = totals(results)
    out.push(`directive: ${count.error} error(s), ${count.warning} warning(s), ${count.info} info(s) in ${results.length} file(s)`)
    return out.join('\n') + '\n'
  }
})

function annotation(path: string, diagnostic: Diagnostic, url: string | undefined): string {
  const properties = [`file=${escapeProperty(path)}`]
  const position = diagnostic.position
  if (position) {
    properties.push(`line=${position.start.line}`, `endLine=${position.end.line}`)
    // Columns may only be sent for a one-line range; endColumn names the span's last column (ours is one past it).
    if (position.end.line === position.start.line) {
      properties.push(`col=${position.start.column}`, `endColumn=${Math.max(position.start.column, position.end.column - 1)}`)
    }
  }

  properties.push(`title=${escapeProperty(`directive(${diagnostic.ruleId})`)}`)
  // The only line break is ours, before the docs link.
  const message = url ? `${oneLine(diagnostic.message)}\n${url}` : oneLine(diagnostic.message)
  return `::${commands[diagnostic.severity]} ${properties.join(',')}::${escapeData(message)}`
}

/**
 * A path at the start of a plain log line. The runner trims leading spaces and takes a line that then
 * starts with `::` (or the older `##[`) as a command, so such a name is written `./::…`, the same file.
 */
function plainPath(path: string): string {
  return /^(?::|#)/u.test(path) ? `./${path}` : path
}

/** Paths relative to the checkout, with `/`, as GitHub matches them to the files of a change; printable. */
function repositoryPath(result: FileResult, env: Record<string, string | undefined>): string {
  const workspace = env['GITHUB_WORKSPACE']
  let path = result.path
  if (workspace && isAbsolute(path)) {
    const inside = relative(workspace, path)
    if (!inside.startsWith('..') && !isAbsolute(inside)) path = inside
  }

  return printableName(path.split(sep).join('/'))
}

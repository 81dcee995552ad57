/**
 * What an output format of `directive validate` is: a name, a one-line description for `--help`, and a
 * function from the results of all files to the text printed on stdout. Only this folder and src/cli
 * import chalk; a reporter gets its colours from the context, already set for the terminal.
 */
import type {ChalkInstance} from 'chalk'
import type {Position} from '../model/schema.js'
import type {AnyRule, Lang} from '../rules/rule.js'
import {ANY_CONTROL} from '../text/visible-controls.js'
import type {FileResult} from '../validate/validate.js'

export interface ReportContext {
  /** Every rule (for docs links and SARIF rule metadata), in registry order. */
  rules: ReadonlyArray<AnyRule>
  /** Colours; level 0 when the output is not a terminal or NO_COLOR is set. */
  chalk: ChalkInstance
  /** Environment (GITHUB_WORKSPACE for paths in annotations). */
  env: Record<string, string | undefined>
  /** Version of directive, for SARIF `tool.driver.version`. */
  version: string
  /** Language of the words around the messages (the messages are already in it); ids stay English. */
  lang: Lang
}

export interface Reporter {
  format: string
  description: string
  /** Renders the results of all files, in order. */
  report(results: readonly FileResult[], context: ReportContext): string
}

/** Declares a reporter (identity function that fixes its type). */
export function defineReporter(reporter: Reporter): Reporter {
  return reporter
}

/**
 * A position as `line:column-line:column` (remark's form), or `line:column` for a point.
 *
 * @param position
 *   Position, or null for the whole file.
 * @returns
 *   The place; `-` for the whole file.
 */
export function formatPlace(position: Position | null): string {
  if (position === null) return '-'
  const {start, end} = position
  const from = `${start.line}:${start.column}`
  return start.offset === end.offset ? from : `${from}-${end.line}:${end.column}`
}

const CONTROL_RUNS = new RegExp(`[${ANY_CONTROL}]+`, 'gu')

/**
 * A message on one line: line breaks and other control characters from quoted document text become spaces.
 *
 * @param text
 *   Message.
 * @returns
 *   One printable line.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL_RUNS, ' ')
}

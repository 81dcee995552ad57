/**
 * Files → results: reads and parses each notice with the rule settings and keeps its diagnostics, in
 * the order given. A file that cannot be read, or is empty, is set aside with its reason; the others
 * still count. A file a walk or a glob found that is not a notice at all (a README beside the notices:
 * not-a-notice.ts) is skipped, not checked; one named as it is is checked, and said not to be a notice.
 */
import type {Lang} from '../rules/rule.js'
import {readInput, type NamedFile, type ReadOptions, type StdinReader} from '../read/read.js'
import {InputError} from '../read/input-error.js'
import {refuseBlank} from '../read/blank.js'
import {readNotice} from '../pipeline.js'
import {isNotice} from './not-a-notice.js'
import type {Diagnostic} from '../model/schema.js'
import type {RuleSettings} from '../rules/run.js'

/** The diagnostics of one file. */
export interface FileResult {
  /** As given or as found in a directory; `-` for stdin. */
  path: string
  diagnostics: Diagnostic[]
}

export interface ValidateOptions {
  settings: RuleSettings
  readStdin: StdinReader
  /** How much of each file is read (`--max-size`). */
  read?: Pick<ReadOptions, 'maxSize'>
  /** Language of the messages (`--lang`); English when not given. */
  lang?: Lang | undefined
}

/** What was checked, what could not be read, and the files that are not notices. */
export interface Validation {
  results: FileResult[]
  failures: InputError[]
  /** Files that are not notices, in order: `skipped` when a walk or a glob found them (not in `results`). */
  notNotices: Array<{file: string; skipped: boolean}>
}

/** Counts by severity. */
export interface Totals {
  error: number
  warning: number
  info: number
}

/**
 * Checks files.
 *
 * @param files
 *   Names (already expanded) with where to read them; `regularOnly` marks a file a walk or a glob found
 *   (cli/inputs.ts), which is skipped when it is not a notice.
 * @param options
 *   Settings, stdin.
 * @returns
 *   Results of the files that could be read, the read errors of the others, and which were not notices.
 */
export async function validateFiles(files: readonly NamedFile[], options: ValidateOptions): Promise<Validation> {
  const validation: Validation = {results: [], failures: [], notNotices: []}
  for (const {file, ...where} of files) {
    try {
      const bytes = await readInput(file, options.readStdin, {...options.read, ...where})
      const {notice, text} = readNotice(bytes, {path: file === '-' ? null : file, rules: options.settings, lang: options.lang})
      refuseBlank(file, text)
      if (!isNotice(notice, text)) {
        const skipped = where.regularOnly === true
        validation.notNotices.push({file, skipped})
        if (skipped) continue
      }

      validation.results.push({path: file, diagnostics: notice.diagnostics})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      validation.failures.push(error)
    }
  }

  return validation
}

/**
 * Counts diagnostics by severity.
 *
 * @param results
 *   Results of all files.
 * @returns
 *   Errors, warnings, infos.
 */
export function totals(results: readonly FileResult[]): Totals {
  const counts: Totals = {error: 0, warning: 0, info: 0}
  for (const result of results) for (const diagnostic of result.diagnostics) counts[diagnostic.severity]++
  return counts
}

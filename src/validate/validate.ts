/**
 * Files → results: reads and parses each notice with the rule settings and keeps its diagnostics, in
 * the order given. A file that cannot be read is set aside with its reason; the others still count.
 */
import {readInput, type NamedFile, type ReadOptions, type StdinReader} from '../read/read.js'
import {InputError} from '../read/input-error.js'
import {parseNotice} from '../pipeline.js'
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
 *   Paths (already expanded), or names with where to read them.
 * @param options
 *   Settings, stdin.
 * @returns
 *   Results of the files that could be read, and the read errors of the others.
 */
export async function validateFiles(files: ReadonlyArray<string | NamedFile>, options: ValidateOptions): Promise<{results: FileResult[]; failures: InputError[]}> {
  const results: FileResult[] = []
  const failures: InputError[] = []
  for (const entry of files) {
    const {file, ...where} = typeof entry === 'string' ? {file: entry} : entry
    try {
      const bytes = await readInput(file, options.readStdin, {...options.read, ...where})
      const notice = parseNotice(bytes, {path: file === '-' ? null : file, rules: options.settings})
      results.push({path: file, diagnostics: notice.diagnostics})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      failures.push(error)
    }
  }

  return {results, failures}
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

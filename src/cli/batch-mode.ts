/**
 * When `directive parse` runs as a batch. Batch output is NDJSON of `{file, ok, notice | error}` records,
 * so it applies to JSON output only, and only when asked for: a directory or a glob pattern among the
 * arguments, or `--jobs` / `--unordered`. Plain files without those keep the one-model-per-line contract
 * of MODEL.md, and a directory without `--json` stays an error.
 */
import {statSync} from 'node:fs'
import {CliExit, exitCodes, type CliIo} from './io.js'
import {isGlob} from './glob.js'

interface ModeFlags {
  jobs?: number | undefined
  unordered?: boolean | undefined
}

/**
 * @param files
 *   The arguments of `parse`.
 * @param flags
 *   Its flags.
 * @param format
 *   The chosen output format.
 * @param io
 *   For the usage message.
 * @throws {CliExit}
 *   2 when `--jobs` or `--unordered` is given with a format other than JSON.
 */
export function isBatch(files: readonly string[], flags: ModeFlags, format: string, io: CliIo): boolean {
  const asked = flags.jobs !== undefined || flags.unordered === true
  if (format !== 'json') {
    if (!asked) return false
    io.stderr.write(`directive: --jobs and --unordered write NDJSON records: add --json (got --format ${format})\n`)
    throw new CliExit(exitCodes.usage)
  }

  return asked || walks(files)
}

/**
 * @param files
 *   The arguments.
 * @returns
 *   Whether one names a directory or is a glob pattern: files to find, not a file to read.
 */
export function walks(files: readonly string[]): boolean {
  return files.some((file) => file !== '-' && (isDirectory(file) || (isGlob(file) && !exists(file))))
}

function isDirectory(file: string): boolean {
  return statSync(file, {throwIfNoEntry: false})?.isDirectory() === true
}

function exists(file: string): boolean {
  return statSync(file, {throwIfNoEntry: false}) !== undefined
}

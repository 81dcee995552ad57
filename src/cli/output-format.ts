/**
 * The format of `directive parse`: `--format`, else a format's shortcut flag (`--json`, `--ics` …), else
 * the one whose extension the `-o` file has (`-o deadlines.ics` is a calendar). Each emitter declares its
 * extensions (src/emit/*.ts), so this module knows no format by name. An `-o` name with an extension no
 * format has (`tasks.xlsx`) is refused rather than filled with the outline a spreadsheet program cannot
 * open; a name without one (`out`, `/dev/stdout`) and a device or pipe get the outline, as ever.
 */
import {statSync} from 'node:fs'
import {extname} from 'node:path'
import type {Emitter} from '../emit/emitter.js'
import {printableName} from '../read/file-name.js'

/** The format used when nothing picks one. */
const DEFAULT_FORMAT = 'text'

/** An `-o` extension that names no format; the message lists those that do. */
export class OutputFormatError extends Error {
  override name = 'OutputFormatError'
}

export interface FormatFlags {
  format?: string | undefined
  output?: string | undefined
  [option: string]: unknown
}

/**
 * Chooses the output format.
 *
 * @param flags
 *   The parse flags.
 * @param emitters
 *   The formats, by name.
 * @returns
 *   The name of the format.
 * @throws {OutputFormatError}
 *   When only `-o` could pick one and its extension names none.
 */
export function chooseFormat(flags: FormatFlags, emitters: Readonly<Record<string, Emitter>>): string {
  if (flags.format) return flags.format
  const all = Object.values(emitters)
  const shortcut = all.find((emitter) => emitter.shortcut && flags[camel(emitter.shortcut)] === true)
  if (shortcut) return shortcut.format
  const output = flags.output
  if (output === undefined || output === '-') return DEFAULT_FORMAT
  const extension = extname(output).toLowerCase()
  // `out.` has no extension either: nothing after the dot names a format.
  if (extension === '' || extension === '.') return DEFAULT_FORMAT
  const found = all.find((emitter) => emitter.extensions.includes(extension))
  if (found) return found.format
  if (isDevice(output)) return DEFAULT_FORMAT
  const known = all.map((emitter) => `${emitter.extensions.join(' ')} (${emitter.format})`).join(', ')
  throw new OutputFormatError(
    `-o ${printableName(output)}: “${printableName(extension)}” is no format directive writes; name the file ${known}, or choose the format with --format`
  )
}

/** A device, a pipe or a socket that exists (written in place, whatever its name): not a file to name a format. */
function isDevice(path: string): boolean {
  const info = statSync(path, {throwIfNoEntry: false})
  return info !== undefined && !info.isFile() && !info.isDirectory()
}

/** `--no-bom` → `noBom`: how commander names a flag's value. */
function camel(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

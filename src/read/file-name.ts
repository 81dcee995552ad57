/**
 * File names as directive prints them. A name from the file system is bytes: not always UTF-8
 * (`café.txt` saved by an old system as `caf\xE9.txt`) and not always printable (a newline, an escape
 * sequence or a bell is legal in a name). Both become visible escapes, `\xE9`, `\x0A`, `\x1B`, so that a
 * name can neither forge a line of output (a GitHub workflow command reads every line of a log) nor drive
 * the terminal it is printed on.
 */
import {ANY_CONTROL, escapeCharacter, hex} from '../text/visible-controls.js'
import {utf8SequenceLength} from './utf8.js'

const CONTROLS = new RegExp(`[${ANY_CONTROL}]`, 'gu')

// A name may start with the bytes of a BOM: they are part of it.
const utf8 = new TextDecoder('utf-8', {ignoreBOM: true})
const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const encoder = new TextEncoder()

/**
 * A name as it is printed.
 *
 * @param name
 *   A path as a string (from the command line), or as the bytes the file system gave.
 * @returns
 *   The name, with bytes that are not UTF-8 as `\xHH` and control characters as `\xHH` (`\u2028` for the
 *   two separators); a printable UTF-8 name is returned as it is.
 */
export function printableName(name: string | Uint8Array): string {
  const text = typeof name === 'string' ? name : decodeName(name)
  return text.replace(CONTROLS, escapeCharacter)
}

/**
 * A path as a string for messages and models, and what to open when that string does not name the file.
 *
 * @param name
 *   A path as given or as found.
 * @returns
 *   `file`, printable; `path`, set only when `file` differs from the name on disk.
 */
export function namedPath(name: string | Uint8Array): {file: string; path?: string | Uint8Array} {
  const file = printableName(name)
  const same = typeof name === 'string' ? file === name : sameBytes(encoder.encode(file), name)
  return same ? {file} : {file, path: name}
}

/**
 * A name as messages print it: `-`, the name the command line gives standard input, is said in words
 * ("-: this is a PDF" reads as a file called "-"); any other name as {@link printableName} prints it.
 * A file that is really called `-` never reaches here under that name: it is named `./-`.
 *
 * @param name
 *   A path as given or as found, or `-` for standard input.
 * @returns
 *   `standard input`, or the printable name.
 */
export function displayName(name: string | Uint8Array): string {
  return name === '-' ? 'standard input' : printableName(name)
}

function decodeName(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes)
  } catch {
    return escapeInvalid(bytes)
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index])
}

/** Decodes the valid UTF-8 sequences and writes every other byte as `\xHH`. */
function escapeInvalid(bytes: Uint8Array): string {
  let out = ''
  let start = 0
  let at = 0
  while (at < bytes.length) {
    const length = utf8SequenceLength(bytes, at)
    if (length > 0) {
      at += length
      continue
    }

    out += utf8.decode(bytes.subarray(start, at)) + `\\x${hex(bytes[at] ?? 0, 2)}`
    start = ++at
  }

  return out + utf8.decode(bytes.subarray(start))
}

/**
 * Decoded text → an `InputError` when there is nothing in it. An empty file, or one of only blank lines
 * and spaces, is no notice with problems but no notice at all: said as an input error ("notice.txt: is
 * empty", exit 2) rather than as a model whose only content is the diagnostic "no tasks".
 */
import {InputError} from './input-error.js'

/**
 * Refuses a text with nothing but whitespace.
 *
 * @param file
 *   Name for the message, as given (`-` for standard input).
 * @param text
 *   The decoded input (a byte order mark already removed).
 * @throws {InputError}
 *   `is empty` for no characters at all, `is empty (only whitespace)` for blank lines and spaces alone
 *   (any Unicode space: a no-break space or an ideographic space counts as one).
 */
export function refuseBlank(file: string, text: string): void {
  // trim() scans only the ends: a text with anything in it costs a few characters, however long it is.
  if (text.trim() !== '') return
  throw new InputError(file, text.length === 0 ? 'is empty' : 'is empty (only whitespace)')
}

/**
 * Cells for spreadsheets: RFC 4180 quoting, and formula injection defused. A cell that starts with
 * = + - @ tab or CR is read by Excel as a formula; Vietnamese tasks often start with a "-" or "+" bullet,
 * which is dropped, and anything still starting with a trigger gets a leading apostrophe.
 */
import {OptionValueError} from '../emitter.js'

const trigger = /^[=+\-@\t\r]/u
/** A list bullet: "-" or "+" before a space or a letter ("- Sở Nội vụ", "+Tiếp tục"), not "-5" or "+84". */
const bullet = /^[-+](?:\s+|(?=\p{sc=Latn}))/u

/** The value as a spreadsheet shows it, never run as a formula. */
export function defuse(value: string): string {
  let text = value
  while (bullet.test(text)) text = text.replace(bullet, '')
  return trigger.test(text) ? `'${text}` : text
}

/** One field, quoted when it holds the delimiter, a quote or a line break (quotes doubled). */
export function field(value: string, delimiter: string): string {
  const quote = value.includes(delimiter) || /["\r\n]/u.test(value)
  return quote ? `"${value.replaceAll('"', '""')}"` : value
}

/** Spellings of a tab, which a shell makes awkward to pass. */
const tabNames = new Set(['tab', '\\t', '\t'])

/** Checks a `--delimiter` value: one character that cannot be confused with quoting or line breaks. */
export function delimiterArgument(value: string): string {
  if (tabNames.has(value)) return '\t'
  if (Array.from(value).length !== 1 || /["\r\n]/u.test(value)) {
    throw new OptionValueError(`expected one character such as , or ; (not a quote or line break), got “${value}”`)
  }

  return value
}

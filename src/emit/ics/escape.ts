/**
 * Value escaping for iCalendar content lines: TEXT values (RFC 5545 §3.3.11) and parameter values
 * (RFC 5545 §3.2 with the caret escapes of RFC 6868). Both drop control characters, which neither
 * grammar allows and which a document converted from PDF or Word may still carry.
 */

// TAB is allowed in TEXT; CR and LF are handled as line breaks; every other C0 control and DEL is not.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const lineBreak = /\r\n|[\r\n]/g

const textEscapes: Record<string, string> = {'\\': '\\\\', ';': '\\;', ',': '\\,', '\n': '\\n'}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks.
 *
 * @param value
 *   Plain text.
 * @returns
 *   The value as it goes after the colon (or between the commas of a list such as CATEGORIES).
 */
export function escapeText(value: string): string {
  return value
    .replace(controls, '')
    .replace(lineBreak, '\n')
    .replace(/[\\;,\n]/g, (character) => textEscapes[character] ?? character)
}

/**
 * Escapes a list of TEXT values (CATEGORIES): each value escaped on its own, so a comma inside a body's
 * name stays part of that name instead of splitting it in two.
 */
export function escapeTextList(values: readonly string[]): string {
  return values.map((value) => escapeText(value)).join(',')
}

const caretEscapes: Record<string, string> = {'^': '^^', '\n': '^n', '"': "^'"}

/**
 * Escapes a parameter value: RFC 6868 carets for `^`, line breaks and `"` (which a parameter value
 * cannot otherwise hold), then double quotes around it when it contains `:`, `;` or `,`.
 *
 * @param value
 *   Plain text.
 * @returns
 *   The value as it goes after `NAME=`.
 */
export function escapeParameter(value: string): string {
  const escaped = value
    .replace(controls, '')
    .replace(lineBreak, '\n')
    .replace(/[\^\n"]/g, (character) => caretEscapes[character] ?? character)
  return /[:;,]/.test(escaped) ? `"${escaped}"` : escaped
}

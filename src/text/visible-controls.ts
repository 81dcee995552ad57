/**
 * Text for a terminal. A document may carry control characters (a stray ESC from a Word conversion, or a
 * hostile file's `ESC]52;…` clipboard write, `ESC[2J`, OSC 8 links, BEL, backspace, C1 controls); printed
 * raw, they drive the terminal that shows the outline. Each becomes a visible escape (`\x1B`), so the
 * reader sees that it was there and the terminal does nothing. Tab and line feed are the layout's own.
 */

/**
 * Inside a class: every control character (C0, DEL, C1) and the Unicode line and paragraph separators,
 * what must never reach a line of a message or a file name as it is.
 */
export const ANY_CONTROL = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029'

/** C0 controls but tab and line feed, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu

/**
 * @param text
 *   Text about to be printed.
 * @returns
 *   The text with every control character but tab and line feed written as `\xHH`.
 */
export function showControls(text: string): string {
  return text.replace(CONTROLS, escapeCharacter)
}

/**
 * @param char
 *   One character.
 * @returns
 *   It as a visible escape: `\xHH` up to U+00FF, else `\uHHHH`.
 */
export function escapeCharacter(char: string): string {
  const code = char.charCodeAt(0)
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`
}

/**
 * @param code
 *   A number.
 * @param width
 *   Digits.
 * @returns
 *   It in upper-case hexadecimal, padded.
 */
export function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0')
}

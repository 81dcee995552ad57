/**
 * @param text
 *   Literal text.
 * @returns
 *   A pattern that matches it, with or without the `u` flag: every syntax character is escaped, nothing
 *   else (under `u`, escaping any other character is an error).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')
}

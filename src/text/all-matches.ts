import {nextCharacter} from './char-class.js'

/**
 * Every match of a global pattern in a text, as `String.prototype.matchAll` finds them, without the copy
 * of the pattern that matchAll makes on each call: V8 builds that copy from the source, a walk over every
 * character of it, and the bundle's spelled-out word classes make sources several kilobytes long.
 *
 * @param pattern
 *   A pattern with the `g` flag. Its `lastIndex` is used during the call (set to 0 first).
 * @param text
 *   Text to search.
 * @returns
 *   The matches in order, each with its `index`.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a pattern with the g flag: /${pattern.source}/${pattern.flags}`)
  const matches: RegExpExecArray[] = []
  // Reset first, whatever a call cut short left; a search that runs to its end leaves 0 itself.
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match)
    if (match[0] === '') stepOverEmptyMatch(pattern, text)
  }

  return matches
}

/**
 * After an empty match, which would be found again at the same place: moves `lastIndex` over one
 * character, as matchAll does (a whole code point under `u`).
 *
 * @param pattern
 *   A global or sticky pattern that has just matched the empty string at its `lastIndex`.
 * @param text
 *   The text it searches.
 */
export function stepOverEmptyMatch(pattern: RegExp, text: string): void {
  pattern.lastIndex = pattern.unicode ? nextCharacter(text, pattern.lastIndex) : pattern.lastIndex + 1
}

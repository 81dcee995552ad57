/**
 * Every match of a global pattern in a text, as `String.prototype.matchAll` finds them, without the copy
 * of the pattern that matchAll makes on each call: V8 builds that copy from the source, a walk over every
 * character of it, and our word classes make sources several kilobytes long (a few microseconds a call,
 * for every line or word list of every document).
 *
 * @param pattern
 *   A pattern with the `g` flag. Its `lastIndex` is used during the call and left at 0.
 * @param text
 *   Text to search.
 * @returns
 *   The matches in order, each with its `index`.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a pattern with the g flag: /${pattern.source}/${pattern.flags}`)
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push(match)
      // An empty match would be found again at the same place: step over one character, as matchAll does
      // (a whole code point under `u`).
      if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode)
    }
  } finally {
    pattern.lastIndex = 0
  }

  return matches
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}

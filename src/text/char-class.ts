/**
 * A character class answered by table lookup: for the scanners that walk every character of every text
 * (cutting words, finding glued words), where a regular expression's match per word cost more than
 * the walk itself (a result array per match, a call back per word). The class is still written as a
 * pattern, with its Unicode properties, and each character's answer comes from that pattern the first
 * time it is asked.
 */
export class CharClass {
  /** For each BMP unit: 0 not asked yet, 1 in the class, 2 not. */
  private readonly known = new Uint8Array(0x10000)
  private readonly one: RegExp

  /**
   * @param source
   *   A class for the `u` flag that matches one code point (`[\p{sc=Latn}\d]`).
   */
  constructor(source: string) {
    this.one = new RegExp(`^${source}$`, 'u')
  }

  /** Whether the code point is in the class. */
  has(codePoint: number): boolean {
    if (codePoint > 0xffff) return this.one.test(String.fromCodePoint(codePoint))
    const known = this.known[codePoint]
    if (known === 1) return true
    if (known === 2) return false
    const answer = this.one.test(String.fromCharCode(codePoint))
    this.known[codePoint] = answer ? 1 : 2
    return answer
  }

  /**
   * End of the run of the class's characters that starts at `from`, read by code point as the `u` flag
   * reads (a surrogate pair is one character): `from` when there is none.
   */
  runEnd(text: string, from: number): number {
    let index = from
    while (index < text.length) {
      const codePoint = text.codePointAt(index) as number
      if (!this.has(codePoint)) break
      index += unitsOf(codePoint)
    }

    return index
  }
}

/** Index after the character at `index`: a surrogate pair is one character. */
export function nextCharacter(text: string, index: number): number {
  return index + unitsOf(text.codePointAt(index) ?? 0)
}

/** UTF-16 units of a code point. */
function unitsOf(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1
}

/**
 * Decoded text → normalised text plus an offset map back to the decoded text.
 * Line ends become LF, form feeds become line breaks, exotic spaces become spaces, invisible characters
 * go, and the whole is NFC. Old/new tone placement (hoà/hòa) is never rewritten: that is a matching
 * concern, not a reading one.
 */

export interface Normalized {
  /** Normalised text: every later stage works on this. */
  text: string
  /**
   * `map[i]` is the offset in the decoded input of normalised character `i`; `map[text.length]` is the
   * input length. Monotonic, so a span `[a, b)` maps to `[map[a], end(b))`.
   */
  map: Int32Array
}

/** Characters removed outright: zero-width and soft-hyphen, which only break matching. */
const removed = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])

/** Characters replaced one for one. */
const replaced = new Map<string, string>([
  ['\u00a0', ' '],
  ['\u2007', ' '],
  ['\u202f', ' '],
  ['\u3000', ' '],
  ['\t', ' '],
  ['\u000b', '\n'],
  ['\f', '\n'],
  ['\u2028', '\n'],
  ['\u2029', '\n'],
  ['\u0085', '\n']
])

/** Combining marks (a character that NFC may merge into the one before it). */
const combining = /\p{M}/u

/**
 * Normalises decoded text.
 *
 * @param input
 *   Decoded text (BOM already removed).
 * @returns
 *   Normalised text and its offset map.
 */
export function normalize(input: string): Normalized {
  const parts: string[] = []
  const offsets: number[] = []
  let index = 0
  while (index < input.length) {
    const start = index
    const code = input.codePointAt(index) ?? 0
    let char = String.fromCodePoint(code)
    index += char.length

    if (char === '\r') {
      if (input[index] === '\n') index++
      push(parts, offsets, '\n', start)
      continue
    }

    if (removed.has(char)) continue
    const replacement = replaced.get(char) ?? (isOtherSpace(code) ? ' ' : undefined)
    if (replacement !== undefined) {
      push(parts, offsets, replacement, start)
      continue
    }

    // A base character with its trailing combining marks is one NFC unit: all of its output characters
    // point at the start of the cluster, the next cluster's start closes it.
    while (index < input.length) {
      const next = input.codePointAt(index) ?? 0
      const nextChar = String.fromCodePoint(next)
      if (!combining.test(nextChar)) break
      char += nextChar
      index += nextChar.length
    }

    push(parts, offsets, char.length === 1 ? char : char.normalize('NFC'), start)
  }

  const text = parts.join('')
  const map = new Int32Array(text.length + 1)
  let at = 0
  for (const [i, part] of parts.entries()) {
    const offset = offsets[i] ?? 0
    for (let k = 0; k < part.length; k++) map[at++] = offset
  }

  map[text.length] = input.length
  return {text, map}
}

function push(parts: string[], offsets: number[], text: string, offset: number): void {
  parts.push(text)
  offsets.push(offset)
}

/** Unicode space separators other than the ones mapped above (en/em spaces, thin space ...). */
function isOtherSpace(code: number): boolean {
  return code >= 0x2000 && code <= 0x200a
}

/**
 * Normalise text for matching while keeping a map back to the original offsets. Shared by the finders
 * (dates, figures, references), which take any string a caller gives them, NFD and NBSP included.
 *
 * The finders see NFC text with NBSP (and other fixed-width spaces) as plain spaces and zero-width
 * characters removed. NFC can change lengths (`e` + U+0302 + U+0301 → `ế`), so every offset in the
 * normalised text maps back to an offset in the original text.
 */
import {otherSpaces, zeroWidth} from './characters.js'

/** Normalised text and the way back. */
export interface NormalizedText {
  /** NFC text, spaces unified, zero-width characters removed. */
  text: string
  /**
   * Map an offset in `text` to an offset in the original string.
   * Offsets at piece boundaries map exactly; the end of `text` maps to the end of the original.
   */
  toOriginal: (offset: number) => number
  /** Map the end offset of a span in `text` to the end offset of the same span in the original. */
  toOriginalEnd: (offset: number) => number
}

/** Other spaces, which the finders see as plain spaces; zero-width characters, which they do not see. */
const FIXED_SPACES = otherSpaces.join('')
const ZERO_WIDTH = zeroWidth.join('')
const SPACE = new RegExp(`[${FIXED_SPACES}]`, 'u')
const INVISIBLE = new RegExp(`^[${ZERO_WIDTH}]$`, 'u')
const ODD = new RegExp(`[${FIXED_SPACES}${ZERO_WIDTH}]`, 'u')
/** Characters to change: a run of combining marks with its base, odd spaces, zero-width characters. */
// The mark run is bounded: an unbounded `\p{M}+` overflows V8's backtracking stack on megabytes of marks
// (a longer run simply continues as the next piece).
const CHANGE = new RegExp(`(?:[^\\p{M}])?\\p{M}{1,64}|[${FIXED_SPACES}${ZERO_WIDTH}]`, 'gu')

/**
 * @param input
 *   Text as given by the caller.
 * @returns
 *   Normalised text and offset map.
 */
export function normalizeText(input: string): NormalizedText {
  // Marks need no look of their own: text that NFC leaves alone has every mark run in NFC already. The
  // finders call this for every paragraph, and a scan for `\p{M}` costs ten times this one.
  if (!ODD.test(input) && input.normalize('NFC') === input) {
    return {text: input, toOriginal: (offset) => offset, toOriginalEnd: (offset) => offset}
  }

  const pieces: string[] = []
  // For each piece of the output: [normalised start, original start, normalised length, original length].
  const map: number[] = []
  let normalizedLength = 0
  let last = 0
  CHANGE.lastIndex = 0
  let match = CHANGE.exec(input)
  while (match) {
    if (match.index > last) {
      const same = input.slice(last, match.index)
      pieces.push(same)
      map.push(normalizedLength, last, same.length, same.length)
      normalizedLength += same.length
    }
    const original = match[0]
    const replaced = SPACE.test(original)
      ? ' '
      : INVISIBLE.test(original)
        ? ''
        : original.normalize('NFC')
    pieces.push(replaced)
    map.push(normalizedLength, match.index, replaced.length, original.length)
    normalizedLength += replaced.length
    last = match.index + original.length
    match = CHANGE.exec(input)
  }
  if (last < input.length) {
    const same = input.slice(last)
    pieces.push(same)
    map.push(normalizedLength, last, same.length, same.length)
    normalizedLength += same.length
  }

  const text = pieces.join('')
  const count = map.length / 4
  /** Index of the last non-empty piece starting at or before `offset`. */
  const pieceAt = (offset: number): number => {
    let low = 0
    let high = count - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((map[middle * 4] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    while (low > 0 && (map[low * 4 + 2] ?? 0) === 0) low--
    return low
  }
  return {
    text,
    toOriginal(offset) {
      if (offset >= normalizedLength) return input.length
      const piece = pieceAt(offset)
      const inside = offset - (map[piece * 4] ?? 0)
      const length = map[piece * 4 + 2] ?? 0
      const originalLength = map[piece * 4 + 3] ?? 0
      return (map[piece * 4 + 1] ?? 0) + (length === originalLength ? inside : Math.min(inside, originalLength))
    },
    toOriginalEnd(offset) {
      if (offset <= 0) return 0
      if (offset > normalizedLength) return input.length
      const piece = pieceAt(offset - 1)
      const inside = offset - (map[piece * 4] ?? 0)
      const length = map[piece * 4 + 2] ?? 0
      const originalLength = map[piece * 4 + 3] ?? 0
      const originalStart = map[piece * 4 + 1] ?? 0
      if (inside >= length) return originalStart + originalLength
      return originalStart + (length === originalLength ? inside : Math.min(inside, originalLength))
    }
  }
}

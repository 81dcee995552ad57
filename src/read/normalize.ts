/**
 * Decoded document → normalised text plus an offset map back to the decoded text: the read stage, once
 * per input, before parsing. Line ends become LF, form feeds become line breaks, exotic spaces become
 * spaces, invisible characters go, and the whole is NFC. Old/new tone placement (hoà/hòa) is never
 * rewritten: that is a matching concern, not a reading one.
 *
 * Not the finders' `normalizeText` (text/normalize-text.ts), which gives any string a caller passes a
 * matching view (NFC, fixed-width spaces, zero-width characters) and leaves its lines, tabs and soft
 * hyphens as they are, so the offsets it maps back to are the caller's.
 */
import {allMatches} from '../text/all-matches.js'
import {otherSpaces, zeroWidth} from '../text/characters.js'

export interface NormalizedDocument {
  /** Normalised text: every later stage works on this. */
  text: string
  /**
   * `map[i]` is the offset in the decoded input of normalised character `i`; `map[text.length]` is the
   * input length. Monotonic, so a span `[a, b)` maps to `[map[a], end(b))`.
   */
  map: Int32Array
}

/** Characters removed outright: zero-width and soft-hyphen, which only break matching. */
const removed = new Set([...zeroWidth, '\u00ad'])

/**
 * Whether normalising drops this character (zero-width, soft hyphen): a span's end moves back over it.
 *
 * @param char
 *   One character.
 * @returns
 *   True when it has no counterpart in the normalised text.
 */
export function isRemoved(char: string): boolean {
  return removed.has(char)
}

/** Characters replaced one for one: the Unicode spaces, tab, and the other line and page breaks. */
const replaced = new Map<string, string>([
  ...otherSpaces.map((space): [string, string] => [space, ' ']),
  ['\t', ' '],
  ['\u000b', '\n'],
  ['\f', '\n'],
  ['\u2028', '\n'],
  ['\u2029', '\n'],
  ['\u0085', '\n']
])

/**
 * Characters that NFC may merge into the one before it: combining marks, and the Hangul vowel and final
 * jamo that compose a syllable with the jamo before them.
 */
const combining = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u

const combiningRuns = new RegExp(`${combining.source}+`, 'gu')

/** U+0300 to U+FFFF but the surrogates, in code order (below U+0300 there is no mark). */
function bmpWithoutSurrogates(): string {
  const units = new Uint16Array(0x10000 - 0x300 - 0x800)
  for (let index = 0; index < units.length; index++) units[index] = index + 0x300 + (index + 0x300 >= 0xd800 ? 0x800 : 0)
  return new TextDecoder('utf-16le').decode(units)
}

/** Per BMP code unit: 1 = combining mark, 2 = needs the slow path (break, space, invisible, surrogate). */
let kinds: Uint8Array | undefined

function kindTable(): Uint8Array {
  if (kinds) return kinds
  kinds = new Uint8Array(0x10000)
  kinds.fill(2, 0xd800, 0xe000)
  // One pass of the class over the plane in code order, not a test per code unit: this runs at every start.
  for (const [run] of allMatches(combiningRuns, bmpWithoutSurrogates())) {
    for (let index = 0; index < run.length; index++) kinds[run.charCodeAt(index)] = 1
  }

  for (const char of [...removed, ...replaced.keys(), '\r']) kinds[char.charCodeAt(0)] = 2
  for (let code = 0x2000; code <= 0x200a; code++) kinds[code] = 2
  for (const [from, to] of SINGLETON_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code)
      if (kinds[code] === 0 && char.normalize('NFC') !== char) kinds[code] = 2
    }
  }

  return kinds
}

/**
 * The blocks that hold every BMP character NFC replaces on its own, mark or no mark before or after it
 * (U+212B Å → U+00C5, U+F900 豈 → U+8C48, Greek oxia vowels, Devanagari nukta letters): only these are
 * tested one by one, which costs a fraction of testing the whole plane at every start. Characters outside
 * the BMP always take the slow path. test/read/normalize.test.ts checks the blocks against the plane.
 */
const SINGLETON_BLOCKS: ReadonlyArray<[number, number]> = [
  [0x0374, 0x0387],
  [0x0958, 0x0b5d],
  [0x0f43, 0x0f69],
  [0x1f71, 0x1ffd],
  [0x2126, 0x212b],
  [0x2329, 0x232a],
  [0x2adc, 0x2adc],
  [0xf900, 0xfb4e]
]

/**
 * Normalises decoded text. Linear, and light on memory for large inputs: runs of characters that stay
 * as they are (nearly all of them) are copied as slices.
 *
 * @param input
 *   Decoded text (BOM already removed).
 * @returns
 *   Normalised text and its offset map.
 */
export function normalizeDocument(input: string): NormalizedDocument {
  const table = kindTable()
  const pieces: string[] = []
  let map = new Int32Array(input.length + 1)
  let at = 0
  let runStart = 0
  let index = 0

  const emit = (text: string, offset: number): void => {
    if (at + text.length >= map.length) {
      const grown = new Int32Array(Math.max(map.length * 2, at + text.length + 1))
      grown.set(map)
      map = grown
    }

    pieces.push(text)
    for (let k = 0; k < text.length; k++) map[at++] = offset
  }

  while (index < input.length) {
    const code = input.charCodeAt(index)
    const next = input.charCodeAt(index + 1)
    // The next character may be a mark to merge (a high surrogate may start one).
    if (table[code] === 0 && table[next] !== 1 && !(next >= 0xd800 && next <= 0xdbff) && at < map.length - 1) {
      // Plain character: part of the current run, mapped to itself.
      map[at++] = index++
      continue
    }

    if (index > runStart) pieces.push(input.slice(runStart, index))
    index = special(input, index, emit)
    runStart = index
  }

  if (index > runStart) pieces.push(input.slice(runStart, index))
  const text = pieces.join('')
  const result = map.length === text.length + 1 ? map : map.slice(0, text.length + 1)
  result[text.length] = input.length
  return {text, map: result}
}

/** Handles the character at `index` that is not plain; returns the index after what it consumed. */
function special(input: string, index: number, emit: (text: string, offset: number) => void): number {
  const start = index
  const code = input.codePointAt(index) ?? 0
  let char = String.fromCodePoint(code)
  index += char.length

  if (char === '\r') {
    if (input[index] === '\n') index++
    emit('\n', start)
    return index
  }

  if (removed.has(char)) return index
  const replacement = replaced.get(char) ?? (isOtherSpace(code) ? ' ' : undefined)
  if (replacement !== undefined) {
    emit(replacement, start)
    return index
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

  emit(char.normalize('NFC'), start)
  return index
}

/** Unicode space separators other than the ones mapped above (en/em spaces, thin space ...). */
function isOtherSpace(code: number): boolean {
  return code >= 0x2000 && code <= 0x200a
}

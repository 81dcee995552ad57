/**
 * VNI (the VNI-Windows font encoding: VNI-Times, VNI-Helve …) ↔ Unicode. VNI is Windows-1252 text
 * shown in a font whose glyphs at some Latin-1 positions are Vietnamese marks: a vowel is written as its
 * base letter followed by one mark byte (`oä` = ộ, `aø` = à), and a few letters are single bytes
 * (`ñ` = đ, `ö` = ư, `ô` = ơ, `í` = í, `ó` = ĩ). No code-page library covers it.
 *
 * The table follows the VNI-WIN row of the conversion tables of UniKey's VnConv library (Pham Kim Long,
 * "VnConv: Vietnamese Encoding Converter Library", file `data.cpp`, `DoubleByteTables`, mirrored in
 * fcitx5-unikey as `unikey/data.cpp`): each Vietnamese letter is a base byte plus a mark byte there, and
 * the rows below restate those pairs by mark, then build every letter from them. VNI Software's own
 * keyboard/font chart uses the same codes. Check: DOMAIN.md §6 test vectors
 * (`Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam`, `ñöôïc` = được, `ngöôøi` = người) and
 * test/read/vni.test.ts.
 */
import {windows1252Bytes, windows1252Char} from './windows-1252.js'

/** Combining tone marks in the order of the mark rows: sắc, huyền, hỏi, ngã, nặng. */
const tones = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']

/** Mark bytes after a plain vowel (a e o u y ơ ư), by tone; VNI has a lowercase and a capital set. */
const toneMarks = {lower: [0xf9, 0xf8, 0xfb, 0xf5, 0xef], upper: [0xd9, 0xd8, 0xdb, 0xd5, 0xcf]}

/** Mark bytes after a, e, o that make â, ê, ô: without tone, then by tone. */
const circumflexMarks = {lower: [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4], upper: [0xc2, 0xc1, 0xc0, 0xc5, 0xc3, 0xc4]}

/** Mark bytes after a that make ă: without tone, then by tone. */
const breveMarks = {lower: [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb], upper: [0xca, 0xc9, 0xc8, 0xda, 0xdc, 0xcb]}

/** Letters written as one byte: đ, ơ, ư (which then take tone marks like a vowel), i with a tone, ỵ. */
const singles: ReadonlyArray<[number, string]> = [
  [0xf1, 'đ'], [0xd1, 'Đ'], [0xf4, 'ơ'], [0xd4, 'Ơ'], [0xf6, 'ư'], [0xd6, 'Ư'],
  [0xed, 'í'], [0xcd, 'Í'], [0xec, 'ì'], [0xcc, 'Ì'], [0xe6, 'ỉ'], [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'], [0xd3, 'Ĩ'], [0xf2, 'ị'], [0xd2, 'Ị'], [0xee, 'ỵ'], [0xce, 'Ỵ']
]

interface Tables {
  /** Byte → character, for every byte (Windows-1252 where VNI has no letter). */
  single: string[]
  /** `base << 8 | mark` → letter. */
  pairs: Map<number, string>
  /** Letter → its VNI bytes (one or two). */
  encode: Map<string, number[]>
}

let cached: Tables | undefined

function tables(): Tables {
  if (cached) return cached
  const single = Array.from({length: 256}, (_, byte) => windows1252Char(byte))
  const pairs = new Map<number, string>()
  const encode = new Map<string, number[]>()
  const add = (base: number, mark: number, letter: string, canonical: boolean): void => {
    pairs.set((base << 8) | mark, letter)
    // A one-byte letter (ỵ) keeps its one byte, as VNI fonts write it.
    if (canonical && !encode.has(letter)) encode.set(letter, [base, mark])
  }

  for (const [byte, letter] of singles) {
    single[byte] = letter
    encode.set(letter, [byte])
  }

  const vowels: ReadonlyArray<[number, string]> = [...'aeouyAEOUY'].map((char) => [char.charCodeAt(0), char] as [number, string])
  for (const [base, char] of [...vowels, [0xf4, 'ơ'], [0xd4, 'Ơ'], [0xf6, 'ư'], [0xd6, 'Ư']] as Array<[number, string]>) {
    // A capital takes the capital marks, but mistyped case (a capital with a small mark) is read too.
    const upper = char !== char.toLowerCase()
    for (const [index, tone] of tones.entries()) {
      const letter = (char + tone).normalize('NFC')
      add(base, (upper ? toneMarks.upper : toneMarks.lower)[index] ?? 0, letter, true)
      add(base, (upper ? toneMarks.lower : toneMarks.upper)[index] ?? 0, letter, false)
    }
  }

  for (const [marks, bases, vowelMark] of [
    [circumflexMarks, 'aeoAEO', '\u0302'],
    [breveMarks, 'aA', '\u0306']
  ] as const) {
    for (const char of bases) {
      const upper = char !== char.toLowerCase()
      for (const [index, tone] of ['', ...tones].entries()) {
        const letter = (char + vowelMark + tone).normalize('NFC')
        add(char.charCodeAt(0), (upper ? marks.upper : marks.lower)[index] ?? 0, letter, true)
        add(char.charCodeAt(0), (upper ? marks.lower : marks.upper)[index] ?? 0, letter, false)
      }
    }
  }

  cached = {single, pairs, encode}
  return cached
}

/**
 * Decodes VNI bytes.
 *
 * @param bytes
 *   Text in VNI (Windows-1252 bytes shown with a VNI font).
 * @returns
 *   Unicode text, NFC letters.
 */
export function decodeVni(bytes: Uint8Array): string {
  const {single, pairs} = tables()
  const parts: string[] = []
  let chunk = ''
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0
    const next = bytes[index + 1]
    const pair = next === undefined ? undefined : pairs.get((byte << 8) | next)
    if (pair === undefined) {
      chunk += single[byte] ?? ''
    } else {
      chunk += pair
      index++
    }

    // Strings built by += are ropes; flattening them now and then keeps memory flat on huge inputs.
    if (chunk.length >= 65536) {
      parts.push(chunk)
      chunk = ''
    }
  }

  parts.push(chunk)
  return parts.join('')
}

/**
 * Encodes text as VNI, as a VNI font would store it: for the test fixtures and round trips.
 *
 * @param text
 *   Unicode text (composed or not).
 * @returns
 *   VNI bytes; characters VNI cannot write become `?`.
 */
export function encodeVni(text: string): Uint8Array {
  const {encode} = tables()
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const letter = encode.get(char)
    if (letter) {
      bytes.push(...letter)
      continue
    }

    const byte = windows1252Bytes(char)
    bytes.push(byte?.length === 1 ? (byte[0] ?? 0x3f) : 0x3f)
  }

  return Uint8Array.from(bytes)
}

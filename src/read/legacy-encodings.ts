/**
 * The legacy 8-bit Vietnamese encodings still found in old documents and PDF text layers, as one table:
 * name, what to call it in messages, and how to decode (and, for fixtures and round trips, encode) it.
 * The code pages come from iconv-lite; VNI, which no code-page library covers, from `vni.ts`.
 */
import iconv from 'iconv-lite'
import {decodeVni, encodeVni} from './vni.js'
import {windows1252Char} from './windows-1252.js'

export type LegacyEncodingName = 'tcvn3' | 'vni' | 'windows-1258' | 'viscii'

export interface LegacyEncoding {
  name: LegacyEncodingName
  /** For messages: the name people know it by and where it comes from. */
  label: string
  decode(bytes: Uint8Array): string
  encode(text: string): Uint8Array
}

/** Tone marks that Windows-1258 writes as separate bytes after the letter (NFD order: tone last). */
const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])

/** A one-byte code page as 256 characters (one UTF-16 unit each), decoded 8 KiB at a time. */
class SingleByte {
  readonly chars: string[]
  readonly #units: Uint16Array
  readonly #reverse = new Map<string, number>()

  constructor(chars: string[], encodable: (char: string, byte: number) => boolean = () => true) {
    this.chars = chars
    this.#units = Uint16Array.from(chars, (char) => char.charCodeAt(0))
    for (const [byte, char] of chars.entries()) {
      if (!this.#reverse.has(char) && encodable(char, byte)) this.#reverse.set(char, byte)
    }
  }

  decode(bytes: Uint8Array): string {
    const parts: string[] = []
    const units = new Uint16Array(Math.min(bytes.length, 8192))
    for (let start = 0; start < bytes.length; start += units.length) {
      const end = Math.min(start + units.length, bytes.length)
      for (let index = start; index < end; index++) units[index - start] = this.#units[bytes[index] ?? 0] ?? 0
      parts.push(String.fromCharCode(...units.subarray(0, end - start)))
    }

    return parts.join('')
  }

  /** Byte for one character, if the code page has it. */
  byte(char: string): number | undefined {
    return this.#reverse.get(char)
  }
}

function iconvChars(encoding: string): string[] {
  const text = iconv.decode(Uint8Array.from({length: 256}, (_, byte) => byte), encoding)
  return [...text].map((char, byte) => (char === '\ufffd' ? String.fromCharCode(byte) : char))
}

let tcvn3: SingleByte | undefined
let windows1258: SingleByte | undefined
let viscii: SingleByte | undefined

/**
 * TCVN3 as the ABC fonts (.VnTime, .VnArial) use it. iconv-lite's `tcvn` is TCVN 5712:1993 VN1, a
 * superset that also puts capitals with tones at C0 controls and 0x80–0x9F; ABC keeps controls there and
 * Windows-1252 punctuation (curly quotes, dashes) at 0x80–0x9F, as UniKey's TCVN3 table does. ABC has no
 * capitals with tones: the capital fonts (.VnTimeH) draw the small letters' codes as capitals, so such
 * text decodes to small letters, which is what the bytes say.
 */
function tcvn3Table(): SingleByte {
  tcvn3 ??= new SingleByte(
    iconvChars('tcvn').map((char, byte) => (byte < 0x80 ? String.fromCharCode(byte) : byte < 0xa0 ? windows1252Char(byte) : char)),
    // The encoder writes a capital with a tone as its small letter, as ABC documents do.
    (char, byte) => byte < 0xa0 || char === char.toLowerCase() || 'ĂÂÊÔƠƯĐ'.includes(char)
  )
  return tcvn3
}

function windows1258Table(): SingleByte {
  windows1258 ??= new SingleByte(iconvChars('windows1258'))
  return windows1258
}

function visciiTable(): SingleByte {
  viscii ??= new SingleByte(iconvChars('viscii'))
  return viscii
}

/**
 * Encodes with a one-byte table; a character it lacks is tried as its small letter (TCVN3 capitals), then
 * as base letter plus tone byte (Windows-1258), else written `?`.
 */
function encodeSingleByte(table: SingleByte, text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const byte = table.byte(char) ?? table.byte(char.toLowerCase())
    if (byte !== undefined) {
      bytes.push(byte)
      continue
    }

    const decomposed = [...char.normalize('NFD')]
    const tone = decomposed.find((mark) => tones.has(mark))
    const base = table.byte(decomposed.filter((mark) => mark !== tone).join('').normalize('NFC'))
    const toneByte = tone === undefined ? undefined : table.byte(tone)
    if (base !== undefined && toneByte !== undefined) bytes.push(base, toneByte)
    else bytes.push(0x3f)
  }

  return Uint8Array.from(bytes)
}

/** In detection order: the most common first, which wins a tie. */
export const legacyEncodings: readonly LegacyEncoding[] = [
  {
    name: 'tcvn3',
    label: 'TCVN3 (ABC, .VnTime fonts)',
    decode: (bytes) => tcvn3Table().decode(bytes),
    encode: (text) => encodeSingleByte(tcvn3Table(), text)
  },
  {
    name: 'vni',
    label: 'VNI (VNI-Times fonts)',
    decode: decodeVni,
    encode: encodeVni
  },
  {
    name: 'windows-1258',
    label: 'Windows-1258',
    decode: (bytes) => windows1258Table().decode(bytes),
    // Word writes the tone as a separate byte whenever the code page has no precomposed letter.
    encode: (text) => encodeSingleByte(windows1258Table(), text.normalize('NFC'))
  },
  {
    name: 'viscii',
    label: 'VISCII',
    decode: (bytes) => visciiTable().decode(bytes),
    encode: (text) => encodeSingleByte(visciiTable(), text)
  }
]

/**
 * @param name
 *   Encoding name.
 * @returns
 *   Its entry.
 */
export function legacyEncoding(name: LegacyEncodingName): LegacyEncoding {
  const found = legacyEncodings.find((encoding) => encoding.name === name)
  if (!found) throw new Error(`Unknown legacy encoding ${name}`)
  return found
}

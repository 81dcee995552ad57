/**
 * Windows-1252 both ways, the code page legacy Vietnamese font encodings (TCVN3, VNI) ride on: their
 * bytes are stored as Windows-1252 characters, so text that was copied out of a .VnTime or VNI-Times
 * document reads `Céng hßa` or `Coäng hoøa`. Getting the bytes back is the first step of converting it.
 * The five bytes Windows-1252 leaves undefined map to the C1 controls, as in Latin-1, so no byte is lost.
 */
import iconv from 'iconv-lite'

let chars: string[] | undefined
let specials: Map<number, number> | undefined

function table(): string[] {
  if (chars) return chars
  const decoded = iconv.decode(Uint8Array.from({length: 256}, (_, byte) => byte), 'windows1252')
  chars = [...decoded].map((char, byte) => (char === '\ufffd' ? String.fromCharCode(byte) : char))
  specials = new Map()
  for (let byte = 0x80; byte < 0xa0; byte++) {
    const code = chars[byte]?.charCodeAt(0) ?? byte
    if (code !== byte) specials.set(code, byte)
  }

  return chars
}

/**
 * @param byte
 *   0–255.
 * @returns
 *   The character Windows-1252 shows for it.
 */
export function windows1252Char(byte: number): string {
  return table()[byte] ?? ''
}

/**
 * The bytes a text was decoded from, if it can be Windows-1252 (or Latin-1) text.
 *
 * @param text
 *   Text.
 * @returns
 *   One byte per character, or null when some character is outside Windows-1252.
 */
export function windows1252Bytes(text: string): Uint8Array | null {
  table()
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x100) {
      bytes[index] = code
      continue
    }

    const byte = specials?.get(code)
    if (byte === undefined) return null
    bytes[index] = byte
  }

  return bytes
}

/**
 * Index of the first character that Windows-1252 cannot hold, for messages.
 *
 * @param text
 *   Text.
 * @returns
 *   Its index, or -1.
 */
export function firstOutsideWindows1252(text: string): number {
  table()
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x100 && !specials?.has(code)) return index
  }

  return -1
}

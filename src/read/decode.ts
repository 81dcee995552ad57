/**
 * Bytes → text. Takes the raw bytes of a notice, returns the decoded text (BOM removed) and the
 * name of the encoding used, or throws an `InputError` that says what the bytes look like instead.
 */
import {InputError} from './input-error.js'

export interface Decoded {
  /** Decoded text, BOM removed: positions in the model count UTF-16 code units into this. */
  text: string
  /** Encoding that was used, e.g. `utf-8`, `utf-8-bom`, `utf-16le`. */
  encoding: string
}

/** Magic numbers of formats people send instead of text; checked before decoding to give a useful message. */
const signatures: ReadonlyArray<{magic: number[]; what: string}> = [
  {magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file; extract its text first (e.g. pdftotext)'},
  {magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (e.g. a .docx file); save it as plain text first'},
  {magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word/Office file; save it as plain text first'},
  {magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image; run OCR on it first'},
  {magic: [0xff, 0xd8, 0xff], what: 'a JPEG image; run OCR on it first'},
  {magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image; run OCR on it first'},
  {magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image; run OCR on it first'},
  {magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image; run OCR on it first'},
  {magic: [0x1f, 0x8b], what: 'a gzip archive; decompress it first'},
  {magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file; save it as plain text first'}
]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((byte, index) => bytes[index] === byte)
}

/**
 * Decodes the bytes of one input.
 *
 * @param bytes
 *   Raw file contents.
 * @param file
 *   Name for messages.
 * @returns
 *   Text and encoding.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {text: strictUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom'}
  }

  if (startsWith(bytes, [0xff, 0xfe])) {
    return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'}
  }

  if (startsWith(bytes, [0xfe, 0xff])) {
    return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'}
  }

  const known = signatures.find((signature) => startsWith(bytes, signature.magic))
  if (known) throw new InputError(file, `this is ${known.what}`)

  const text = strictUtf8(bytes, file)
  if (looksBinary(text)) throw new InputError(file, 'this looks like binary data, not text')
  return {text, encoding: 'utf-8'}
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new InputError(
      file,
      'is not valid UTF-8 (an unknown or legacy encoding such as TCVN3, VNI or Windows-1258?); convert it to UTF-8 first'
    )
  }
}

/** NUL and other C0 controls never occur in real notices; a few may come from OCR, many mean binary data. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 65536)
  let controls = 0
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++
  }
  return controls > 8 && controls * 100 > sample.length
}

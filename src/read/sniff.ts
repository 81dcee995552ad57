/**
 * What bytes look like when they are not text: the formats people send instead of a notice (a PDF, a
 * Word file, a scan), recognised by their magic numbers so the message can say what to do, and a check
 * for binary data in general.
 */

interface Signature {
  /** Bytes at `at` (default 0); `undefined` matches any byte. */
  magic: ReadonlyArray<number | undefined>
  at?: number
  what: string | ((bytes: Uint8Array) => string)
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

const signatures: readonly Signature[] = [
  {magic: ascii('%PDF-'), what: 'a PDF file; extract its text first (e.g. pdftotext)'},
  {magic: [0x50, 0x4b, 0x03, 0x04], what: zipKind},
  {magic: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive'},
  {magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word/Office file; save it as plain text first'},
  {magic: ascii('{\\rtf'), what: 'an RTF file; save it as plain text first'},
  {magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image; run OCR on it first'},
  {magic: [0xff, 0xd8, 0xff], what: 'a JPEG image; run OCR on it first'},
  {magic: ascii('GIF8'), what: 'a GIF image; run OCR on it first'},
  {magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image; run OCR on it first'},
  {magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image; run OCR on it first'},
  {magic: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')], what: 'a WebP image; run OCR on it first'},
  {magic: ascii('ftyp'), at: 4, what: 'an HEIC image or a video; run OCR on it first'},
  {magic: [0x42, 0x4d, undefined, undefined, undefined, undefined, 0x00, 0x00, 0x00, 0x00], what: 'a BMP image; run OCR on it first'},
  {magic: ascii('AT&TFORM'), what: 'a DjVu document; extract its text first'},
  {magic: [0x1f, 0x8b], what: 'a gzip archive; decompress it first'},
  {magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive; extract it first'},
  {magic: ascii('Rar!\u001a\u0007'), what: 'a RAR archive; extract it first'},
  {magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive; decompress it first'},
  {magic: [0x42, 0x5a, 0x68, undefined, 0x31, 0x41, 0x59, 0x26], what: 'a bzip2 archive; decompress it first'},
  {magic: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF), not a notice'},
  {magic: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module, not a notice'},
  {magic: ascii('SQLite format 3\u0000'), what: 'an SQLite database, not a notice'},
  {magic: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32 text; convert it to UTF-8 first'},
  {magic: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32 text; convert it to UTF-8 first'}
]

/** Office Open XML and OpenDocument files are ZIP archives; their first entries tell which. */
function zipKind(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  if (head.includes('word/')) return 'a Word document (.docx); save it as plain text first'
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx); save the sheet as CSV or text first'
  if (head.includes('ppt/')) return 'a PowerPoint file (.pptx); export its text first'
  if (head.includes('opendocument.text')) return 'an OpenDocument text (.odt); save it as plain text first'
  if (head.includes('epub')) return 'an EPUB book; extract its text first'
  return 'a ZIP archive (e.g. a .docx file); save it as plain text first'
}

/**
 * What the bytes are, when they start like a known non-text format.
 *
 * @param bytes
 *   Raw input.
 * @returns
 *   A clause such as "a PDF file; extract its text first (e.g. pdftotext)", or null.
 */
export function describeNonText(bytes: Uint8Array): string | null {
  for (const signature of signatures) {
    const at = signature.at ?? 0
    if (at + signature.magic.length > bytes.length) continue
    if (!signature.magic.every((byte, index) => byte === undefined || bytes[at + index] === byte)) continue
    return typeof signature.what === 'string' ? signature.what : signature.what(bytes)
  }

  return null
}

/**
 * Whether bytes or text look like binary data: a NUL, or more C0 control characters than stray OCR
 * output has (tab, line and page breaks excepted). Only the first 64 KiB are looked at.
 *
 * @param units
 *   Bytes, or decoded text.
 * @returns
 *   True for binary data.
 */
export function looksBinary(units: Uint8Array | string): boolean {
  const length = Math.min(units.length, 65536)
  let controls = 0
  for (let index = 0; index < length; index++) {
    const code = typeof units === 'string' ? units.charCodeAt(index) : (units[index] ?? 0)
    if (code === 0) return true
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 11) controls++
  }

  if (typeof units !== 'string' && units.length > length) {
    // A NUL further on still means binary (a text header glued to an image, say).
    if (units.indexOf(0, length) !== -1) return true
  } else if (typeof units === 'string' && units.length > length && units.includes('\u0000', length)) {
    return true
  }

  return controls > 8 && controls * 100 > length
}

/**
 * Which UTF-16 byte order bytes without a BOM have, if they are UTF-16 text: Vietnamese and ASCII
 * characters put a zero in one byte of many pairs and hardly ever in the other.
 *
 * @param bytes
 *   Raw input.
 * @returns
 *   'utf-16le', 'utf-16be', or null.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 65536) & ~1
  if (length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++
    if (bytes[index + 1] === 0) oddZeros++
  }

  const pairs = length / 2
  if (oddZeros * 5 >= pairs && evenZeros * 100 <= pairs) return 'utf-16le'
  if (evenZeros * 5 >= pairs && oddZeros * 100 <= pairs) return 'utf-16be'
  return null
}

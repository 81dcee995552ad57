/**
 * Bytes (or a string) → text. Takes the raw input of a notice and returns the decoded text (BOM
 * removed), the name of the encoding used and notes about what was converted; or throws an `InputError`
 * that says what the bytes look like instead. Unicode is read as it is; legacy Vietnamese encodings
 * (TCVN3, VNI, Windows-1258, VISCII), also when their bytes arrive as Windows-1252 characters in a
 * UTF-8 file, are found by `detect-encoding.ts` and converted.
 */
import {InputError} from './input-error.js'
import {legacyEncoding, type LegacyEncodingName} from './legacy-encodings.js'
import {describeNonText, looksBinary, utf16Order} from './sniff.js'
import {detectInBytes, detectInText, type Detection} from './detect-encoding.js'
import {firstOutsideWindows1252, windows1252Bytes} from './windows-1252.js'
import {encodingChoice, encodingChoices, type EncodingChoice} from './encoding-names.js'

export {encodingChoice, encodingChoices, type EncodingChoice} from './encoding-names.js'

/**
 * Something the reader did to the text that the user should know about. The rule of the same id
 * (src/rules/encoding-*.ts) turns it into a diagnostic, so that its severity can be configured.
 */
export interface DecodeNote {
  ruleId: 'encoding-converted' | 'encoding-invalid-bytes' | 'encoding-mixed'
  /** “Unexpected X, expected Y”, as every rule words its findings, and its Vietnamese for the outputs a person reads. */
  message: {en: string; vi: string}
  /** Span in the decoded text the note is about, if any. */
  span: [number, number] | null
}

export interface Decoded {
  /** Decoded text, BOM removed: positions in the model count UTF-16 code units into this. */
  text: string
  /** Encoding that was used, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `tcvn3`, `vni`. */
  encoding: string
  notes: DecodeNote[]
}

/**
 * Decodes the bytes of one input.
 *
 * @param bytes
 *   Raw file contents.
 * @param file
 *   Name for messages.
 * @param requested
 *   `--encoding`: `auto` (default) or the name of an encoding to use.
 * @returns
 *   Text, encoding and notes.
 */
export function decode(bytes: Uint8Array, file: string, requested: string = 'auto'): Decoded {
  const choice = resolve(requested, file)
  const bom = byteOrderMark(bytes)
  if (choice === 'utf-16le' || choice === 'utf-16be') {
    const skip = bom === choice ? 2 : 0
    return checked({text: new TextDecoder(choice).decode(bytes.subarray(skip)), encoding: choice, notes: []}, file)
  }

  if (bom === 'utf-16le' || bom === 'utf-16be') {
    return checked(fromText(new TextDecoder(bom).decode(bytes.subarray(2)), bom, choice, file), file)
  }

  const body = bom === 'utf-8' ? bytes.subarray(3) : bytes
  const container = bom === 'utf-8' ? 'utf-8-bom' : 'utf-8'
  const known = describeNonText(bytes)
  if (known) throw new InputError(file, `this is ${known}`)

  const strict = strictUtf8(body)
  // Forced to a legacy encoding, valid UTF-8 is taken as its font codes stored as Windows-1252 only
  // when it can be that; otherwise the bytes themselves are the legacy text.
  const legacyBytes = isLegacy(choice) && strict !== null && windows1252Bytes(strict) === null
  if (strict !== null && !legacyBytes) {
    if (strict.includes('\u0000')) return checked(fromUtf16WithoutBom(bytes, file) ?? binary(file), file)
    return checked(fromText(strict, container, choice, file), file)
  }

  if (choice === 'utf-8') return checked(lossyUtf8(body, container), file)
  if (looksBinary(body)) return checked(fromUtf16WithoutBom(bytes, file) ?? binary(file), file)
  if (isLegacy(choice)) return checked(converted(legacyEncoding(choice).decode(body), choice, 'forced-bytes'), file)

  const detection = detectInBytes(body)
  if (detection.kind === 'utf-8-damaged') return checked(lossyUtf8(body, container), file)
  if (detection.kind === 'legacy') return checked(converted(legacyEncoding(detection.encoding).decode(body), detection.encoding, 'bytes'), file)
  throw new InputError(
    file,
    'is not valid UTF-8 and does not read as Vietnamese in TCVN3, VNI, Windows-1258 or VISCII; convert it to UTF-8 first, or name its encoding with --encoding'
  )
}

/**
 * Decodes a string given to the library: the same checks and conversions as for the bytes of a file,
 * minus the byte-level ones.
 *
 * @param input
 *   Text.
 * @param file
 *   Name for messages.
 * @param requested
 *   `auto` or an encoding name (a legacy one means: this text is that encoding read as Windows-1252).
 * @returns
 *   Text, encoding and notes.
 */
export function decodeString(input: string, file: string, requested: string = 'auto'): Decoded {
  const choice = resolve(requested, file)
  const text = input.startsWith('\ufeff') ? input.slice(1) : input
  return fromText(text, 'string', choice, file)
}

function isLegacy(choice: EncodingChoice): choice is LegacyEncodingName {
  return choice === 'tcvn3' || choice === 'vni' || choice === 'windows-1258' || choice === 'viscii'
}

function resolve(requested: string, file: string): EncodingChoice {
  const choice = encodingChoice(requested)
  if (!choice) throw new InputError(file, `unknown encoding “${requested}”; expected one of ${encodingChoices.join(', ')}`)
  return choice
}

/** Unicode text: checks for legacy text inside it (or converts it as asked) and for decomposed letters. */
function fromText(text: string, container: string, choice: EncodingChoice, file: string): Decoded {
  if (choice === 'auto') return withDetection(text, container, detectInText(text))
  if (isLegacy(choice)) {
    const bytes = windows1252Bytes(text)
    if (bytes === null) {
      const at = firstOutsideWindows1252(text)
      const char = text.codePointAt(at) ?? 0
      throw new InputError(
        file,
        `cannot be ${legacyEncoding(choice).label} text: it has “${String.fromCodePoint(char)}” (U+${char.toString(16).toUpperCase().padStart(4, '0')}) at offset ${at}, which no legacy font encoding stored as Windows-1252 contains`
      )
    }

    return converted(legacyEncoding(choice).decode(bytes), choice, 'forced-text')
  }

  return {text, encoding: container, notes: decomposedNote(text)}
}

function withDetection(text: string, container: string, detection: Detection): Decoded {
  if (detection.kind === 'legacy') {
    const bytes = windows1252Bytes(text)
    if (bytes === null) {
      const at = firstOutsideWindows1252(text)
      const note: DecodeNote = {
        ruleId: 'encoding-mixed',
        message: {
          en: `Unexpected Unicode characters (from offset ${at} on) in text that reads like ${legacyEncoding(detection.encoding).label} font codes, expected one or the other: left as it is; convert the legacy parts to Unicode first`,
          vi: `Văn bản lẫn ký tự Unicode (từ vị trí ${at}) với mã phông ${legacyEncoding(detection.encoding).label}; đã giữ nguyên, cần chuyển các phần dùng phông cũ sang Unicode trước`
        },
        span: [at, at + 1]
      }
      return {text, encoding: container, notes: [note, ...decomposedNote(text)]}
    }

    return converted(legacyEncoding(detection.encoding).decode(bytes), detection.encoding, 'text', detection.example)
  }

  if (detection.kind === 'double-utf-8') {
    const bytes = windows1252Bytes(text)
    const decoded = bytes === null ? null : strictUtf8(bytes)
    if (decoded !== null) {
      const note: DecodeNote = {
        ruleId: 'encoding-converted',
        message: {
          en: `Unexpected UTF-8 read as Windows-1252 (${detection.example}), expected UTF-8: decoded again as UTF-8`,
          vi: `Văn bản UTF-8 đã bị đọc nhầm theo bảng mã Windows-1252 (${detection.example}); đã đọc lại theo UTF-8`
        },
        span: null
      }
      return {text: decoded, encoding: container, notes: [note, ...decomposedNote(decoded)]}
    }
  }

  return {text, encoding: container, notes: decomposedNote(text)}
}

type How = 'bytes' | 'text' | 'forced-bytes' | 'forced-text'

function converted(text: string, name: LegacyEncodingName, how: How, example = ''): Decoded {
  const {label} = legacyEncoding(name)
  const why = {
    bytes: 'the file is not UTF-8 and reads as Vietnamese in this encoding',
    text: `its font codes were stored as Windows-1252 characters${example ? ` (${example})` : ''}`,
    'forced-bytes': `as asked with --encoding ${name}`,
    'forced-text': `as asked with --encoding ${name}, reading the text as its font codes stored as Windows-1252 characters`
  }[how]
  const reason = {
    bytes: 'tệp không phải UTF-8 và đọc được thành tiếng Việt theo bảng mã này',
    text: `mã phông được lưu thành ký tự Windows-1252${example ? ` (${example})` : ''}`,
    'forced-bytes': `theo yêu cầu --encoding ${name}`,
    'forced-text': `theo yêu cầu --encoding ${name}, đọc văn bản như mã phông lưu thành ký tự Windows-1252`
  }[how]
  const message = {
    en: `Unexpected ${label} text, expected Unicode: converted, ${why}. Positions count characters of the converted text.`,
    vi: `Văn bản dùng bảng mã ${label}, không phải Unicode; đã chuyển sang Unicode (${reason}). Vị trí được tính theo văn bản đã chuyển.`
  }
  return {text, encoding: name, notes: [{ruleId: 'encoding-converted', message, span: null}]}
}

/** NFD (letters and marks apart, as Mac and some PDF tools write them) is read as NFC: say so. */
function decomposedNote(text: string): DecodeNote[] {
  const mark = text.search(/[\u0300-\u036f]/u)
  if (mark === -1 || text.normalize('NFC') === text) return []
  return [
    {
      ruleId: 'encoding-converted',
      message: {
        en: 'Unexpected decomposed Unicode (NFD: letters and their marks as separate characters), expected composed (NFC): read as NFC; positions count characters of the text as it is',
        vi: 'Văn bản dùng Unicode tổ hợp (NFD: chữ và dấu là các ký tự tách rời), không phải Unicode dựng sẵn (NFC); đã đọc theo NFC, vị trí được tính theo văn bản gốc'
      },
      span: null
    }
  ]
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return null
  }
}

/** UTF-8 with a few damaged sequences: each becomes U+FFFD, and a warning says how many and where. */
function lossyUtf8(bytes: Uint8Array, container: string): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes)
  let count = 0
  let first = -1
  for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1)) {
    if (first === -1) first = index
    count++
  }

  const note: DecodeNote = {
    ruleId: 'encoding-invalid-bytes',
    message: {
      en: `Unexpected ${count === 1 ? 'byte sequence that is' : `${count} byte sequences that are`} not UTF-8, expected valid UTF-8: ${count === 1 ? 'it' : 'each'} became U+FFFD (�); the file may be damaged or partly in another encoding`,
      vi: `Tệp có ${count} chuỗi byte không hợp lệ trong UTF-8, đã được thay bằng ký tự U+FFFD (�); tệp có thể bị hỏng hoặc có phần dùng bảng mã khác`
    },
    span: first === -1 ? null : [first, first + 1]
  }
  return {text, encoding: container, notes: [note]}
}

function fromUtf16WithoutBom(bytes: Uint8Array, file: string): Decoded | null {
  const order = utf16Order(bytes)
  if (!order) return null
  let text: string
  try {
    text = new TextDecoder(order, {fatal: true}).decode(bytes)
  } catch {
    return null
  }

  if (looksBinary(text)) return null
  return fromText(text, order, 'auto', file)
}

function binary(file: string): never {
  throw new InputError(file, 'this looks like binary data, not text')
}

/** Refuses decoded text that is binary data after all (controls, NUL). */
function checked(decoded: Decoded, file: string): Decoded {
  if (looksBinary(decoded.text)) binary(file)
  return decoded
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  // FF FE 00 00 is UTF-32: left to describeNonText.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

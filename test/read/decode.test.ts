/**
 * Bytes → text with the encoding detected or forced: every legacy fixture is recognised and reads back
 * as its UTF-8 source, Unicode text is never converted on weak evidence, damaged UTF-8 keeps its good
 * parts, and what is not text is refused with what it looks like.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decode, decodeString, encodingChoice} from '../../src/read/decode.js'
import {InputError} from '../../src/read/input-error.js'
import {legacyEncoding} from '../../src/read/legacy-encodings.js'

const sentences = readFileSync('fixtures/encodings/sentences.txt', 'utf8')
const seed = readFileSync('fixtures/corpus/000_6f075bdf8dff8ead.txt', 'utf8')

function abcFold(text: string): string {
  return [...text].map((char) => (char !== char.toLowerCase() && /[^\u0000-\u007f]/u.test(char) && !'ĂÂÊÔƠƯĐ'.includes(char) ? char.toLowerCase() : char)).join('')
}

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`fixtures/encodings/${name}`))
}

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error.reason
    throw error
  }

  return 'not refused'
}

describe('detection on the fixtures', () => {
  const cases: Array<[file: string, encoding: string, expected: string]> = [
    ['sentences.txt', 'utf-8', sentences],
    ['sentences.tcvn3.txt', 'tcvn3', abcFold(sentences)],
    ['sentences.tcvn3-in-utf-8.txt', 'tcvn3', abcFold(sentences)],
    ['sentences.vni.txt', 'vni', sentences],
    ['sentences.vni-in-utf-8.txt', 'vni', sentences],
    ['sentences.windows-1258.txt', 'windows-1258', sentences],
    ['sentences.viscii.txt', 'viscii', sentences],
    ['sentences.nfd.txt', 'utf-8', sentences],
    ['sentences.utf-16le.txt', 'utf-16le', sentences],
    ['sentences.utf-16be.txt', 'utf-16be', sentences],
    ['notice.tcvn3.txt', 'tcvn3', abcFold(seed)],
    ['notice.tcvn3-in-utf-8.txt', 'tcvn3', abcFold(seed)],
    ['notice.vni.txt', 'vni', seed],
    ['notice.vni-in-utf-8.txt', 'vni', seed],
    ['notice.windows-1258.txt', 'windows-1258', seed],
    ['notice.viscii.txt', 'viscii', seed.replace(/[“”]/gu, '?')]
  ]
  for (const [file, encoding, expected] of cases) {
    it(`${file} → ${encoding}`, () => {
      const decoded = decode(fixture(file), file)
      expect(decoded.encoding).toBe(encoding)
      expect(decoded.text.normalize('NFC')).toBe(expected)
      const converted = decoded.notes.filter((note) => note.ruleId === 'encoding-converted')
      expect(converted).toHaveLength(file === 'sentences.txt' || file.includes('utf-16') ? 0 : 1)
      expect(converted.every((note) => note.span === null)).toBe(true)
    })
  }

  it('says which encoding and gives an example word when legacy codes arrive as UTF-8 text', () => {
    const [note] = decode(fixture('sentences.vni-in-utf-8.txt'), 'x').notes
    expect(note?.message.en).toBe(
      'Unexpected VNI (VNI-Times fonts) text, expected Unicode: converted, its font codes were stored as Windows-1252 characters (“Khaån” for “Khẩn”). Positions count characters of the converted text.'
    )
  })

  it('says so when NFD was composed', () => {
    const [note] = decode(fixture('sentences.nfd.txt'), 'x').notes
    expect(note?.message.en).toMatch(/^Unexpected decomposed Unicode \(NFD/)
  })
})

describe('Unicode is left alone', () => {
  const texts: Array<[string, string]> = [
    ['French with Latin-1 letters', 'Le château était très beau, ça coûte cher à Noël, déjà vu.'],
    ['German', 'Größere Änderungen für Übersetzungen müssen geprüft werden.'],
    ['Vietnamese with only Latin-1 letters', 'Tôi là ai, và đây là đâu?'.replace('đ', 'd')],
    ['one legacy-looking word', 'Xem mục Céng'],
    ['curly quotes and symbols', '“Trích yếu” – 5 m² ± 2 °C, © 2026'],
    ['empty', '']
  ]
  for (const [name, text] of texts) {
    it(name, () => {
      const decoded = decodeString(text, 'x')
      expect(decoded.text).toBe(text)
      expect(decoded.notes).toEqual([])
      expect(decode(new TextEncoder().encode(text), 'x').text).toBe(text)
    })
  }
})

describe('damaged and ambiguous bytes', () => {
  it('UTF-8 with a few bad bytes keeps its text and warns where the first one is', () => {
    const good = new TextEncoder().encode('Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/6/2026.')
    const bytes = Uint8Array.from([...good.subarray(0, 10), 0xff, ...good.subarray(10), 0xc3])
    const decoded = decode(bytes, 'x')
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text).toBe('Giao Sở \ufffdTài chính chủ trì, hoàn thành trước ngày 30/6/2026.\ufffd')
    expect(decoded.notes).toEqual([
      {
        ruleId: 'encoding-invalid-bytes',
        message: {
          en: 'Unexpected 2 byte sequences that are not UTF-8, expected valid UTF-8: each became U+FFFD (�); the file may be damaged or partly in another encoding',
          vi: 'Tệp có 2 chuỗi byte không hợp lệ trong UTF-8, đã được thay bằng ký tự U+FFFD (�); tệp có thể bị hỏng hoặc có phần dùng bảng mã khác'
        },
        span: [8, 9]
      }
    ])
  })

  it('Latin-1 text that is not Vietnamese is refused with a way out', () => {
    const bytes = Uint8Array.from(Buffer.from('Le château était très beau, ça coûte cher à Noël.', 'latin1'))
    expect(refusal(() => decode(bytes, 'x'))).toBe(
      'is not valid UTF-8 and does not read as Vietnamese in TCVN3, VNI, Windows-1258 or VISCII; convert it to UTF-8 first, or name its encoding with --encoding'
    )
    expect(decode(bytes, 'x', 'windows-1258').text).toBe('Le château était très beau, ça coûte cher à Noël.')
  })

  it('random high bytes are refused', () => {
    const bytes = Uint8Array.from({length: 4096}, (_, index) => 0x80 + ((index * 7919) % 128))
    expect(refusal(() => decode(bytes, 'x'))).toMatch(/does not read as Vietnamese|binary/)
  })
})

describe('forcing an encoding', () => {
  it('reads legacy bytes as the encoding named', () => {
    const bytes = legacyEncoding('vni').encode('Cộng hòa')
    expect(decode(bytes, 'x', 'vni')).toMatchObject({text: 'Cộng hòa', encoding: 'vni'})
    expect(decode(bytes, 'x', 'vni').notes[0]?.message.en).toContain('as asked with --encoding vni')
  })

  it('reads legacy codes stored as UTF-8 text as the encoding named', () => {
    expect(decode(new TextEncoder().encode('Uû ban'), 'x', 'tcvn3').text).toBe('Uỷ ban')
    expect(decodeString('Coäng', 'x', 'vni').text).toBe('Cộng')
  })

  it('refuses to read Unicode Vietnamese text as a legacy encoding', () => {
    expect(refusal(() => decodeString('Cộng hòa', 'x', 'tcvn3'))).toBe(
      'cannot be TCVN3 (ABC, .VnTime fonts) text: it has “ộ” (U+1ED9) at offset 1, which no legacy font encoding stored as Windows-1252 contains'
    )
  })

  it('utf-8 keeps bytes it cannot read as U+FFFD and never converts', () => {
    expect(decode(Uint8Array.from([0x43, 0xe9, 0x6e, 0x67]), 'x', 'utf-8').text).toBe('C\ufffdng')
    expect(decode(new TextEncoder().encode('Céng hßa x· héi'), 'x', 'utf-8').text).toBe('Céng hßa x· héi')
  })

  it('utf-16 without a BOM', () => {
    const bytes = new Uint8Array(Buffer.from('Việt', 'utf16le'))
    expect(decode(bytes, 'x', 'utf-16le').text).toBe('Việt')
    expect(decode(new Uint8Array(Buffer.from(bytes).swap16()), 'x', 'utf-16be').text).toBe('Việt')
  })

  it('accepts the usual other names and refuses unknown ones', () => {
    expect(encodingChoice('TCVN')).toBe('tcvn3')
    expect(encodingChoice('cp1258')).toBe('windows-1258')
    expect(encodingChoice('utf8')).toBe('utf-8')
    expect(refusal(() => decode(new Uint8Array(), 'x', 'ebcdic'))).toBe(
      'unknown encoding “ebcdic”; expected one of auto, utf-8, utf-16le, utf-16be, tcvn3, vni, windows-1258, viscii'
    )
  })
})

describe('what is not text', () => {
  const zip = (entry: string): Uint8Array => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array<number>(26).fill(0), ...Buffer.from(entry)])
  const cases: Array<[string, Uint8Array, string]> = [
    ['PDF', new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n')), 'this is a PDF file; extract its text first (e.g. pdftotext)'],
    ['.docx', zip('[Content_Types].xml word/document.xml'), 'this is a Word document (.docx); save it as plain text first'],
    ['.xlsx', zip('xl/workbook.xml'), 'this is an Excel workbook (.xlsx); save the sheet as CSV or text first'],
    ['.odt', zip('mimetypeapplication/vnd.oasis.opendocument.text'), 'this is an OpenDocument text (.odt); save it as plain text first'],
    ['other ZIP', zip('data.bin'), 'this is a ZIP archive (e.g. a .docx file); save it as plain text first'],
    ['.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'this is an old Word/Office file; save it as plain text first'],
    ['PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'this is a PNG image; run OCR on it first'],
    ['JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'this is a JPEG image; run OCR on it first'],
    ['TIFF', Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'this is a TIFF image; run OCR on it first'],
    ['WebP', Uint8Array.from([...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBPVP8 ')]), 'this is a WebP image; run OCR on it first'],
    ['HEIC', Uint8Array.from([0, 0, 0, 0x18, ...Buffer.from('ftypheic')]), 'this is an HEIC image or a video; run OCR on it first'],
    ['gzip', Uint8Array.from([0x1f, 0x8b, 8, 0]), 'this is a gzip archive; decompress it first'],
    ['RTF', new Uint8Array(Buffer.from('{\\rtf1\\ansi Cong hoa}')), 'this is an RTF file; save it as plain text first'],
    ['ELF', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'this is a program (ELF), not a notice'],
    ['UTF-32', Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'this is UTF-32 text; convert it to UTF-8 first'],
    ['NUL bytes', Uint8Array.from([...Buffer.from('CONG HOA'), 0, 1, 2, 3, ...Buffer.from('binary')]), 'this looks like binary data, not text'],
    ['control characters', Uint8Array.from({length: 200}, (_, index) => (index % 3 === 0 ? 0x07 : 0x41)), 'this looks like binary data, not text']
  ]
  for (const [name, bytes, reason] of cases) {
    it(name, () => {
      expect(refusal(() => decode(bytes, 'x'))).toBe(reason)
      // Forcing an encoding does not make an image text.
      expect(refusal(() => decode(bytes, 'x', 'tcvn3'))).toBe(reason)
    })
  }
})

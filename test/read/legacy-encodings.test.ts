/**
 * The legacy encodings on real text: DOMAIN.md §6 TCVN3 vectors, the 32 real sentences of
 * fixtures/encodings/sentences.txt round-tripped through each encoding, and the committed fixtures being
 * exactly what scripts/encoding-fixtures.mjs writes from their UTF-8 sources.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {legacyEncoding, legacyEncodings} from '../../src/read/legacy-encodings.js'
import {windows1252Bytes} from '../../src/read/windows-1252.js'

const sentences = readFileSync('fixtures/encodings/sentences.txt', 'utf8')
const lines = sentences.trimEnd().split('\n')
const seed = readFileSync('fixtures/corpus/000_6f075bdf8dff8ead.txt', 'utf8')
const tcvn3 = legacyEncoding('tcvn3')

/**
 * TCVN3 (ABC) has codes for Ă Â Ê Ô Ơ Ư Đ only among capitals with marks: the .VnTimeH fonts draw the
 * small letters' codes as capitals, so a round trip gives small letters there.
 */
function abcFold(text: string): string {
  return [...text].map((char) => (char !== char.toLowerCase() && /[^\u0000-\u007f]/u.test(char) && !'ĂÂÊÔƠƯĐ'.includes(char) ? char.toLowerCase() : char)).join('')
}

describe('TCVN3 (DOMAIN.md §6 vectors, as Windows-1252 shows them)', () => {
  const vectors: Array<[string, string]> = [
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
    // .VnTimeH capitals: lowercase codes, kept as decoded.
    ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM']
  ]
  for (const [shown, unicode] of vectors) {
    it(`decodes ${shown}`, () => {
      const bytes = windows1252Bytes(shown)
      expect(bytes).not.toBeNull()
      expect(tcvn3.decode(bytes ?? new Uint8Array())).toBe(unicode)
    })
  }

  it('keeps curly quotes and dashes (Windows-1252 0x80–0x9F), not the TCVN 5712 capitals there', () => {
    expect(tcvn3.decode(Uint8Array.from([0x93, 0x61, 0x94, 0x20, 0x96]))).toBe('“a” –')
  })

  it('keeps control bytes as controls', () => {
    expect(tcvn3.decode(Uint8Array.from([0x61, 0x09, 0x62, 0x0d, 0x0a, 0x01]))).toBe('a\tb\r\n\u0001')
  })
})

describe('round trips of real sentences', () => {
  it('has at least 30 real sentences, all from the corpus', () => {
    expect(lines.length).toBeGreaterThanOrEqual(30)
    const corpus = readdirSync('fixtures/corpus').map((name) => readFileSync(`fixtures/corpus/${name}`, 'utf8')).join('\n')
    expect(lines.filter((line) => !corpus.includes(line))).toEqual([])
  })

  for (const encoding of legacyEncodings) {
    it(`${encoding.name}: ${lines.length} sentences read back as written`, () => {
      for (const line of lines) {
        const expected = encoding.name === 'tcvn3' ? abcFold(line) : line
        expect(encoding.decode(encoding.encode(line)).normalize('NFC')).toBe(expected)
      }
    })
  }

  it('windows-1258 writes tones as separate bytes after the letter', () => {
    const bytes = legacyEncoding('windows-1258').encode('Việt')
    expect([...bytes]).toEqual([0x56, 0x69, 0xea, 0xf2, 0x74])
  })

  it('vni and windows-1258 and viscii read the seed notice back exactly; tcvn3 with small letters for capitals', () => {
    for (const encoding of legacyEncodings) {
      const back = encoding.decode(encoding.encode(seed)).normalize('NFC')
      // VISCII has no curly quotes: they are written as "?".
      const expected = encoding.name === 'tcvn3' ? abcFold(seed) : encoding.name === 'viscii' ? seed.replace(/[“”]/gu, '?') : seed
      expect(back, encoding.name).toBe(expected)
    }
  })
})

describe('fixtures/encodings', () => {
  const windows1252 = new TextDecoder('windows-1252')
  const sources = {sentences, notice: seed}
  for (const [name, text] of Object.entries(sources)) {
    for (const encoding of legacyEncodings) {
      it(`${name}.${encoding.name}.txt is the script's output`, () => {
        const bytes = encoding.encode(text)
        expect(Buffer.compare(readFileSync(`fixtures/encodings/${name}.${encoding.name}.txt`), bytes)).toBe(0)
        if (encoding.name === 'tcvn3' || encoding.name === 'vni') {
          expect(readFileSync(`fixtures/encodings/${name}.${encoding.name}-in-utf-8.txt`, 'utf8')).toBe(windows1252.decode(bytes))
        }
      })
    }
  }

  it('sentences in NFD and UTF-16 are the script output', () => {
    expect(readFileSync('fixtures/encodings/sentences.nfd.txt', 'utf8')).toBe(sentences.normalize('NFD'))
    expect(readFileSync('fixtures/encodings/sentences.utf-16le.txt').toString('utf16le')).toBe(sentences)
    expect(readFileSync('fixtures/encodings/sentences.utf-16be.txt').swap16().toString('utf16le')).toBe(sentences)
  })
})

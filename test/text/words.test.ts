import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {CharClass, nextCharacter} from '../../src/text/char-class.js'
import {deglue} from '../../src/text/deglue.js'
import {wordsOf} from '../../src/text/words.js'

/** What the word cutter was written as: a pattern, here the oracle of the scanner that replaced it. */
const piece = /[\p{sc=Latn}\p{M}\d\p{No}]+(?:[/.\-–][\p{sc=Latn}\p{M}\d\p{No}]+)*|[,;:.()\-–+&/]/gu
const byPattern = (text: string): Array<[string, number]> => Array.from(text.matchAll(piece), (match) => [match[0], match.index])
const byCutter = (text: string): Array<[string, number]> => wordsOf(text).map((word) => [word.text, word.start])

/**
 * Characters of every kind the cutter tells apart: ASCII and Vietnamese letters, a combining mark, digits
 * and other number signs, the joiners and marks, spaces, other scripts, astral Latin letters, marks and
 * numbers, an emoji and lone surrogates.
 */
const alphabet = [
  'a', 'Z', 'đ', 'Ư', 'ế', 'ỷ', '\u0301', '0', '9', '²', '½', '①', '/', '.', '-', '–', ',', ';', ':', '(', ')', '+', '&', ' ', '\n',
  '_', '—', '"', 'Ω', 'я', '中', '\u{10780}', '\u{1DF00}', '\u{1D167}', '\u{10107}', '😀', '\ud800', '\udc00'
]
const texts = fc.array(fc.constantFrom(...alphabet), {maxLength: 40}).map((characters) => characters.join(''))

describe('wordsOf: cutting text into words and marks', () => {
  it.each([
    ['Ủy ban nhân dân, Sở Tài chính; 30/6.', ['Ủy', 'ban', 'nhân', 'dân', ',', 'Sở', 'Tài', 'chính', ';', '30/6', '.']],
    ['Số 389/BCĐ-UBND ngày 05.6.2026', ['Số', '389/BCĐ-UBND', 'ngày', '05.6.2026']],
    ['Covid-19 – (a) b+c & d', ['Covid-19', '–', '(', 'a', ')', 'b', '+', 'c', '&', 'd']],
    ['a joiner at the end: 30/ and -x', ['a', 'joiner', 'at', 'the', 'end', ':', '30', '/', 'and', '-', 'x']],
    ['decomposed: Sở Tài chính', ['decomposed', ':', 'Sở', 'Tài', 'chính']],
    ['m² ½ ① and H₂O', ['m²', '½', '①', 'and', 'H₂O']],
    ['other scripts split: Ωmega разом 中文', ['other', 'scripts', 'split', ':', 'mega']],
    ['', []]
  ])('%s', (text, expected) => {
    expect(wordsOf(text).map((word) => word.text)).toEqual(expected)
  })

  it('gives each word its offsets, folded key, case and kind', () => {
    expect(wordsOf('Đảng ủy, 5')).toEqual([
      {text: 'Đảng', key: 'DANG', lower: 'đảng', start: 0, end: 4, capital: true, mark: false},
      {text: 'ủy', key: 'UY', lower: 'ủy', start: 5, end: 7, capital: false, mark: false},
      {text: ',', key: ',', lower: ',', start: 7, end: 8, capital: false, mark: true},
      {text: '5', key: '5', lower: '5', start: 9, end: 10, capital: false, mark: false}
    ])
  })

  it('cuts every text as the pattern it was written as does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(byCutter(text)).toEqual(byPattern(text))
      }),
      {numRuns: 3000}
    )
  })
})

describe('deglue splits glued words run by run', () => {
  // What it was written as: each run of Latin letters of 4 to 40 units judged on its own.
  const byRuns = (text: string): string =>
    text.replace(/\p{sc=Latn}+/gu, (letters) => (letters.length < 4 || letters.length > 40 ? letters : deglue(letters)))
  const glued = ['uỷchủtrì', 'từngày', 'ĐềnghịĐảng', 'Uỷban', 'VNeID', 'khuỷu', 'nghiêng']

  it('as the whole text when split run by run', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...glued), fc.constantFrom(...alphabet)), {maxLength: 20}), (pieces) => {
        const text = pieces.join('')
        expect(deglue(text)).toBe(byRuns(text))
      }),
      {numRuns: 2000}
    )
  })

  it('returns a text with nothing to split as it is', () => {
    const text = 'Sở Tài chính chủ trì, phối hợp'
    expect(deglue(text)).toBe(text)
  })
})

describe('CharClass', () => {
  const source = '[\\p{sc=Latn}\\p{M}\\d\\p{No}]'
  const pattern = new RegExp(`^${source}$`, 'u')

  it('answers for every BMP unit as its pattern does, asked twice', () => {
    const table = new CharClass(source)
    for (const round of [1, 2]) {
      const wrong: number[] = []
      for (let unit = 0; unit <= 0xffff; unit++) if (table.has(unit) !== pattern.test(String.fromCharCode(unit))) wrong.push(unit)
      expect(wrong, `round ${round}`).toEqual([])
    }
  })

  it('answers for astral code points', () => {
    const table = new CharClass(source)
    for (const character of ['\u{10780}', '\u{1DF00}', '\u{1D167}', '\u{10107}', '😀', '\u{20000}']) {
      expect(table.has(character.codePointAt(0) ?? 0), character).toBe(pattern.test(character))
    }
  })

  it('reads runs by code point', () => {
    const table = new CharClass('\\p{sc=Latn}')
    expect(table.runEnd('ab\u{1DF00}c d', 0)).toBe(5)
    expect(table.runEnd('ab😀', 0)).toBe(2)
    expect(table.runEnd(' a', 0)).toBe(0)
    expect(table.runEnd('a', 1)).toBe(1)
    expect(nextCharacter('😀a', 0)).toBe(2)
    expect(nextCharacter('a😀', 0)).toBe(1)
    expect(nextCharacter('\ud800a', 0)).toBe(1)
  })
})

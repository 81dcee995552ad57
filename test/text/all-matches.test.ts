import {describe, expect, it} from 'vitest'
import {allMatches} from '../../src/text/all-matches.js'

/** What a match says: where, what, and its groups. */
const summary = (matches: Iterable<RegExpMatchArray>): unknown[] =>
  Array.from(matches, (match) => ({index: match.index, text: match[0], groups: match.slice(1)}))

describe('allMatches', () => {
  // Each row: a global pattern and a text; the matches must be those of String.prototype.matchAll.
  const cases: Array<[string, RegExp, string]> = [
    ['words and marks', /[\p{sc=Latn}\d]+|[,;.]/gu, 'Ủy ban nhân dân, Sở Tài chính; 30/6.'],
    ['groups', /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/gu, 'trước 30/6/2026 và 15/7'],
    ['none', /quý/gu, 'không có gì'],
    ['empty text', /a/gu, ''],
    ['empty matches, ASCII', /x*/g, 'axxb'],
    ['empty matches step over a whole code point under u', /(?:)/gu, 'a😀b'],
    ['empty matches step one unit without u', /(?:)/g, 'a😀b'],
    ['sticky and global', /\d/gy, '12a3'],
    ['look-behind at the start', /(?<![\p{sc=Latn}])ngày/giu, 'Ngày 5, hàngngày, ngày 6']
  ]

  it.each(cases)('%s', (_name, pattern, text) => {
    const expected = summary(text.matchAll(new RegExp(pattern.source, pattern.flags)))
    expect(summary(allMatches(pattern, text))).toEqual(expected)
  })

  it('starts at the beginning whatever lastIndex says, and leaves it at 0', () => {
    const pattern = /\d/gu
    pattern.lastIndex = 3
    expect(summary(allMatches(pattern, 'a1b2'))).toEqual([
      {index: 1, text: '1', groups: []},
      {index: 3, text: '2', groups: []}
    ])
    expect(pattern.lastIndex).toBe(0)
  })

  it('does not copy the pattern (the reason it exists)', () => {
    const pattern = /\d/gu
    let copies = 0
    // matchAll builds its copy through RegExp[Symbol.species]; allMatches must never ask for one.
    class Counting extends RegExp {
      static override get [Symbol.species](): RegExpConstructor {
        copies++
        return RegExp
      }
    }
    const counting = new Counting(pattern.source, pattern.flags)
    allMatches(counting, '1 2 3')
    expect(copies).toBe(0)
    Array.from('1 2 3'.matchAll(counting))
    expect(copies).toBeGreaterThan(0)
  })

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/\d/u, '1')).toThrow(TypeError)
  })
})

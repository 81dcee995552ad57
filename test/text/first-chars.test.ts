import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createChrono} from '../../src/dates/index.js'
import type {GatedParser} from '../../src/dates/parsers/gate.js'
import {withFirstChars} from '../../src/text/first-chars.js'

const corpus = readdirSync('fixtures/corpus')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(`fixtures/corpus/${name}`, 'utf8'))

/** The characters of the look-ahead put in front, `\u{…}` written out; null when the pattern is left alone. */
function head(source: string): string | null {
  const out = withFirstChars(source)
  if (out === source) return null
  const match = /^\(\?=\[([^\]]*)\]\)/u.exec(out)
  return match?.[1]?.replace(/\\u\{([\da-f]+)\}/gu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))) ?? 'none'
}

/** Sticky matches of both patterns at every position of `text` agree, groups included. */
function sameEverywhere(source: string, flags: string, text: string): boolean {
  const plain = new RegExp(source, `${flags}y`)
  const fast = new RegExp(withFirstChars(source), `${flags}y`)
  for (let at = 0; at <= text.length; at++) {
    plain.lastIndex = at
    fast.lastIndex = at
    if (JSON.stringify(plain.exec(text)) !== JSON.stringify(fast.exec(text))) return false
  }

  return true
}

describe('withFirstChars', () => {
  const cases: Array<[string, string, string | null]> = [
    ['optional words before a digit', String.raw`(?<![\p{sc=Latn}\d\p{No}])(?:(?:vào\s+)?lúc\s+|vào\s+)?([01]?\d|2[0-3])h`, 'vl01\\d2'],
    ['a class and escapes', String.raw`[-–]\(\d`, '-–'],
    ['a range keeps its ends', String.raw`(?:[a-c]|\.)x`, 'a-c.'],
    ['a literal start is left to V8', String.raw`(?<![\p{sc=Latn}\d\p{No}])tháng\s+\d`, null],
    ['literal alternatives too', String.raw`(?<![\p{sc=Latn}\d\p{No}])(tuần|tháng|quý)\s+tới`, null],
    ['a pattern that can match nothing', String.raw`(?:a|)b?`, null],
    ['a negated class first', String.raw`[^\S\n]+x`, null],
    ['a dot first', String.raw`.x`, null],
    ['a back-reference', String.raw`(a)?\1b`, null]
  ]
  for (const [name, source, expected] of cases) {
    it(name, () => {
      expect(head(source)).toBe(expected)
    })
  }

  it('adds the ASCII test before the usual word-start look-behind', () => {
    expect(withFirstChars(String.raw`(?<![\p{sc=Latn}\d\p{No}])(?:từ\s+)?\d`)).toBe(String.raw`(?=[\u{74}\d])(?<![a-zA-Z\d])(?<![\p{sc=Latn}\d\p{No}])(?:từ\s+)?\d`)
  })

  it('leaves every date pattern matching the same, at every position of the corpus', () => {
    // A gated parser's pattern as written, not the gate's verdict on an empty text.
    const patterns = createChrono()
      .parsers.map((parser) => ((parser as Partial<GatedParser>).parser ?? parser).pattern({text: ''} as never))
      .filter((pattern) => pattern.flags.includes('u'))
    expect(patterns.length).toBeGreaterThan(10)
    // compile() already put the look-ahead in: strip it to get the pattern as written.
    const written = patterns.map((pattern) => pattern.source.replace(/^\(\?=\[[^\]]*\]\)\(\?<!\[a-zA-Z\\d\]\)/u, ''))
    expect(written.filter((source, index) => source !== patterns[index]?.source).length).toBeGreaterThan(4)
    const texts = [...corpus.slice(0, 6), 'Chậm nhất 17h30 ngày 15/6/2026, trong vòng 10 ngày làm việc, hằng tháng; K ſ Ǆ ǅ']
    for (const source of written) for (const text of texts) expect(sameEverywhere(source, 'iu', text)).toBe(true)
  })

  it('leaves patterns matching the same on generated text', () => {
    const words = ['vào', 'lúc', 'Lúc', 'từ', 'ngày', 'tháng', 'hằng', 'định kỳ', '17h', '2026', '30/6', ' ', '\n', '-', 'ǅ', 'K', 'ſ', 'ầ', '(', ')']
    const sources = [
      String.raw`(?<![\p{sc=Latn}\d\p{No}])(?:(?:vào\s+)?lúc\s+|vào\s+)?([01]?\d|2[0-3])\s?h(?:([0-5]\d))?(?![\p{sc=Latn}\d\p{No}])`,
      String.raw`(?<![\p{sc=Latn}\d\p{No}])(?:(từ)\s+)?(?:(ngày)\s+)?(\d{1,2})\s*(?:[-–]|đến)\s*(\d{1,2})`,
      String.raw`(?<![\p{sc=Latn}\d\p{No}])(?:(?:(định\s+kỳ)\s+)?(hằng)\s+(ngày|tháng)|(định\s+kỳ))(?![\p{sc=Latn}\d\p{No}])`
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), {maxLength: 12}), (parts) => {
        const text = parts.join('')
        return sources.every((source) => sameEverywhere(source, 'iu', text) && sameEverywhere(source, 'u', text))
      }),
      {seed: 8, numRuns: 400}
    )
  })
})

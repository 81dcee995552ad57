/**
 * The bundle writes `\p{sc=Latn}` and `\p{No}` as ranges (scripts/spell-out-classes.mjs): the ranges must be
 * the very sets, and a rewritten pattern must match what the written one matches. test/bundle-output.test.ts
 * compares what the bundles print with the library on the whole corpus; these cases pin the rewrite itself.
 */
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {rangesOf, spellOut, spellOutClasses} from '../../scripts/spell-out-classes.mjs'

const ranges = new Map(['sc=Latn', 'No'].map((property) => [property, rangesOf(property)]))
const latin = ranges.get('sc=Latn') ?? ''

describe('spelling out Unicode properties', () => {
  it.each(['sc=Latn', 'No'])('the ranges of \\p{%s} are the property, code point by code point', (property) => {
    const spelled = new RegExp(`^[${ranges.get(property) ?? ''}]$`, 'u')
    const named = new RegExp(`^\\p{${property}}$`, 'u')
    const differ: number[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      if (spelled.test(char) !== named.test(char)) differ.push(code)
    }

    expect(differ).toEqual([])
  })

  it.each([
    // [pattern, whole, ignoreCase, expected]
    ['(?<![\\p{sc=Latn}\\d\\p{No}])x', true, false, `(?<![${latin}\\d${ranges.get('No')}])x`],
    ['\\p{sc=Latn}+', true, false, `[${latin}]+`],
    ['\\p{sc=Latn}+', false, false, '\\p{sc=Latn}+'],
    ['a[\\p{sc=Latn}]', false, false, `a[${latin}]`],
    ['\\\\p{sc=Latn}', true, false, '\\\\p{sc=Latn}'],
    ['[\\]\\p{No}]', true, false, `[\\]${ranges.get('No')}]`],
    ['\\[\\p{No}', false, false, '\\[\\p{No}'],
    ['[\\p{sc=Latn}\\p{No}]', true, true, `[\\p{sc=Latn}${ranges.get('No')}]`],
    ['[\\p{Lu}]', true, false, '[\\p{Lu}]'],
    ['[^\\p{sc=Latn}]', true, false, `[^${latin}]`]
  ])('%s (whole %s, i %s)', (pattern, whole, ignoreCase, expected) => {
    expect(spellOut(pattern, {whole, ignoreCase, ranges})).toBe(expected)
  })

  it('leaves a literal without the u flag alone, where \\p{No} is the letters p{No}', () => {
    expect(spellOutClasses('const a = /[\\p{No}]/; const b = /[\\p{No}]/v').rewritten).toBe(0)
  })

  it('rewrites literals, strings and template pieces of a script so that each pattern matches the same', () => {
    const code = [
      'const a = /(?<![\\p{sc=Latn}\\d\\p{No}])ngày\\p{sc=Latn}*/u',
      'const b = /[\\p{sc=Latn}]tháng/iu',
      'const c = new RegExp("(?<![\\\\p{sc=Latn}\\\\d])năm", "u")',
      'const sep = "\\\\s"',
      'const d = new RegExp(`[\\\\p{sc=Latn}]${sep}[\\\\p{No}]+`, "u")',
      'const e = new RegExp(String.raw`[\\p{sc=Latn}]`, "u")',
      'result = [a, b, c, d, e]'
    ].join('\n')
    const {code: spelled, rewritten} = spellOutClasses(code)
    expect(rewritten).toBe(4)
    expect(spelled).toContain('String.raw`[\\p{sc=Latn}]`')
    const before = runInNewContext(`${code}; result`) as RegExp[]
    const after = runInNewContext(`${spelled}; result`) as RegExp[]
    const samples = ['ngàyxyz', 'ångày', '1ngày', '²ngày', 'Ñtháng', 'ñTHÁNG', 'α năm', 'anăm', 'ß ½', 'x ²³', 'Ꞗ', '', 'ngày Ωx']
    // The `i` literal (b) and the String.raw template (e) are left as written; the others name no property.
    expect(after.map((pattern) => /\\p\{/.test(pattern.source))).toEqual([false, true, false, false, true])
    expect([after[1]?.source, after[4]?.source]).toEqual([before[1]?.source, before[4]?.source])
    for (const [index, pattern] of before.entries()) {
      for (const sample of samples) expect(after[index]?.exec(sample)?.[0], `${pattern.source} on ${sample}`).toBe(pattern.exec(sample)?.[0])
    }
  })
})

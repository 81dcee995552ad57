/**
 * The normaliser is a rewrite for large inputs (runs copied as slices, one typed offset map): it must
 * give exactly what the straightforward per-character version gives, kept here as the reference.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../../src/read/normalize.js'

const removed = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
const replaced = new Map([
  ['\u00a0', ' '], ['\u1680', ' '], ['\u2007', ' '], ['\u202f', ' '], ['\u205f', ' '], ['\u3000', ' '], ['\t', ' '],
  ['\u000b', '\n'], ['\f', '\n'], ['\u2028', '\n'], ['\u2029', '\n'], ['\u0085', '\n']
])

/** One code point at a time: the reference behaviour. */
function reference(input: string): {text: string; map: number[]} {
  const parts: string[] = []
  const offsets: number[] = []
  let index = 0
  while (index < input.length) {
    const start = index
    const code = input.codePointAt(index) ?? 0
    let char = String.fromCodePoint(code)
    index += char.length
    if (char === '\r') {
      if (input[index] === '\n') index++
      parts.push('\n')
      offsets.push(start)
      continue
    }

    if (removed.has(char)) continue
    const replacement = replaced.get(char) ?? (code >= 0x2000 && code <= 0x200a ? ' ' : undefined)
    if (replacement !== undefined) {
      parts.push(replacement)
      offsets.push(start)
      continue
    }

    while (index < input.length) {
      const next = String.fromCodePoint(input.codePointAt(index) ?? 0)
      if (!/[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u.test(next)) break
      char += next
      index += next.length
    }

    // A character alone may change too (U+212B Å, U+F900 豈).
    parts.push(char.normalize('NFC'))
    offsets.push(start)
  }

  const map = parts.flatMap((part, i) => Array<number>(part.length).fill(offsets[i] ?? 0))
  map.push(input.length)
  return {text: parts.join(''), map}
}

const pieces = ['a', '\u212b', '\uf900', '\u1100', '\u1161', '\u11a8', 'ệ', 'e\u0323\u0302', '\r\n', '\r', '\t', '\u00a0', '\u200b', '\u2003', '\u1680', '\ud83d\ude00', '\ud800', '\u0301', 'क़\u0301', '\n', ' ']

describe('normalize against the reference', () => {
  it('agrees on random strings of every kind of character', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 300}), fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((parts) => parts.join(''))), (input) => {
        const actual = normalizeDocument(input)
        const expected = reference(input)
        expect(actual.text).toBe(expected.text)
        expect([...actual.map]).toEqual(expected.map)
      }),
      {numRuns: 2000, seed: 7}
    )
  })

  it('copies a 2 MB notice without per-character work beyond the map', () => {
    const seed = 'Giao Sở Tài chính chủ trì,\thoàn thành trước ngày 30/6/2026.\r\n'.repeat(32000)
    const {text, map} = normalizeDocument(seed)
    expect(text.length).toBe(seed.length - 32000)
    expect(map.length).toBe(text.length + 1)
    expect(map[text.length]).toBe(seed.length)
  })
})

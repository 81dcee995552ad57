import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findReferences, isWellFormedSymbol, parseSymbol} from '../../src/references/index.js'

/** Fragments that exercise every branch, glued together in random order with random noise. */
const FRAGMENTS = [
  'Kết luận số ', 'Nghị quyết ', 'Quyết định của Bộ Chính trị số ', 'Luật Đất đai số ', 'Chỉ thị ', 'văn bản số ',
  'số ', 'so ', 'của ', 'và số ', ', ', 'và ', ' ngày ', 'tháng ', 'năm ', '18-KL/TW', '300/2025/NĐ-CP', '1400 - CV/VPTU',
  '6240 /BGDĐT-', 'KHCNTT', '02/4/2026', '17 tháng 11 năm 2025', '30/6/2026', '2021-2025', '197.810', '9/10',
  'Ban Chấp hành Trung ương', 'Bộ Chính\ntrị', 'Chính phủ', ' về ', 'V/v', '\n', 'Số: ', '57', '\u0301', '\u0323\u0302',
  'Ð', '𝐀', 'ệ', ' ', ';', ')', 'ngày'
]

const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((c) => String.fromCharCode(c))

const text = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 80}),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), loneSurrogate), {maxLength: 20}).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 4})), {maxLength: 30}).map((parts) => parts.join('')),
  fc
    .array(fc.constantFrom(...FRAGMENTS), {maxLength: 30})
    .map((parts) => parts.join(''))
    .map((s) => s.normalize('NFD'))
)

describe('robustness', () => {
  it('never throws; every match slices back to raw; matches are ordered and disjoint', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = findReferences(t)
        let end = 0
        for (const m of found) {
          expect(t.slice(m.index, m.index + m.length)).toBe(m.raw)
          expect(m.length).toBeGreaterThan(0)
          expect(m.index).toBeGreaterThanOrEqual(end)
          expect(m.date === null || /^\d{4}-\d{2}-\d{2}$/.test(m.date)).toBe(true)
          expect(m.number === null || !/\s/u.test(m.number)).toBe(true)
          end = m.index + m.length
        }
        parseSymbol(t)
        isWellFormedSymbol(t)
      }),
      {numRuns: 2000}
    )
  })

  it('finds the same citations in NFC and NFD text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !/[\u0300-\u036f]/u.test(f))), {maxLength: 25}), (parts) => {
        const nfc = parts.join('').normalize('NFC')
        const strip = (t: string) =>
          findReferences(t).map((m) => ({...m, raw: m.raw.normalize('NFC'), index: 0, length: 0}))
        expect(strip(nfc.normalize('NFD'))).toEqual(strip(nfc))
      }),
      {numRuns: 500}
    )
  })

  // A megabyte: a pattern that backtracks quadratically needs ~10^12 steps here, far past the timeout.
  const MB = 1_000_000
  const adversarial: Array<[string, () => string]> = [
    ['spaces after a type word', () => `Quyết định${' '.repeat(MB)}x`],
    ['a run of astral letters after a symbol', () => `Kết luận số 1-KL/${'𝐀'.repeat(MB / 2)}`],
    ['a run of Vietnamese letters after a symbol', () => `1/A${'ệ'.repeat(MB)}`],
    ['a million combining marks', () => `a${'\u0301'.repeat(MB)}`],
    ['repeated interposed issuers that never reach a number', () => 'Quyết định của Bộ Chính trị số '.repeat(MB / 31)],
    ['repeated law names', () => 'Luật Aa '.repeat(MB / 8)],
    ['a list a hundred thousand items long', () => `Nghị quyết số 18-NQ/TW${', 19-NQ/TW'.repeat(MB / 10)} của Bộ Chính trị`],
    ['dense citations with issuers on wrapped lines', () => '1-KL/TW của Bộ\n'.repeat(MB / 15)],
    ['digits and slashes', () => '1/'.repeat(MB / 2)],
    ['a giant symbol-like token', () => `1/AB${'-A'.repeat(MB / 2)}`]
  ]

  it.each(adversarial)('1 MB line finishes: %s', (_name, make) => {
    const input = make()
    // Time is the benchmark's to measure; a catastrophic pattern shows here as the test timing out.
    const found = findReferences(input)
    expect(Array.isArray(found)).toBe(true)
    expect(isWellFormedSymbol(input)).toBe(false)
    parseSymbol(input)
  })
})

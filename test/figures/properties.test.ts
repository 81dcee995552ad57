import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findFigures, parseViNumber} from '../../src/figures/index.js'

/** Formats a non-negative integer Vietnamese-style: `.` every three digits. */
function groupThousands(value: bigint): string {
  return value.toString().replace(/\B(?=(?:\d{3})+$)/gu, '.')
}

const integerPart = fc.bigInt({min: 0n, max: 999_999_999_999_999n})
const fractionPart = fc.stringMatching(/^\d{0,6}$/u)

describe('properties', () => {
  it('parseViNumber round-trips numbers formatted Vietnamese-style', () => {
    fc.assert(
      fc.property(integerPart, fractionPart, fc.boolean(), fc.boolean(), (int, fraction, negative, grouped) => {
        const body = (grouped ? groupThousands(int) : int.toString()) + (fraction === '' ? '' : `,${fraction}`)
        const expected = Number(`${int}${fraction === '' ? '' : `.${fraction}`}`)
        const parsed = parseViNumber(negative ? `-${body}` : body)
        expect(parsed).toBe(negative && expected !== 0 ? -expected : expected)
      })
    )
  })

  it('scale words give exact integers ("N tỷ đồng" = N × 10^9)', () => {
    fc.assert(
      fc.property(fc.bigInt({min: 1n, max: 999_999n}), (int) => {
        const text = `Tổng thu đạt ${groupThousands(int)} tỷ đồng`
        const [figure] = findFigures(text)
        expect(figure?.value).toBe(Number(int * 1_000_000_000n))
        expect(figure?.unit).toBe('VND')
      })
    )
  })

  /** Pieces of directive prose: numbers, units, qualifiers, delimiters, decoys, NFD and OCR noise. */
  const piece = fc.oneof(
    fc.constantFrom(
      'GRDP', 'tăng', 'đạt', 'ước đạt', 'gần', 'khoảng', 'trên', 'hơn', 'cao hơn', 'bằng', 'so với', 'năm 2025',
      'dự toán', 'kế hoạch', 'cùng kỳ', 'trong đó', 'và', 'thứ', 'top', 'gấp', 'nghìn', 'tỷ', 'triệu', 'tỉ',
      'đồng', 'đồng chí', 'USD', 'VNĐ', '%', 'điểm phần trăm', 'ha', 'km', 'm', 'm2', 'm³/s', 'tấn', 'tấn công',
      'lượt', 'hồ sơ', 'doanh nghiệp', 'lần', '02 con số', '30/6/2026', '18-KL/TW', '300/2025/NĐ-CP', '7.1.',
      '±', '÷', '-', ',', '.', ';', ':', '(', ')', '[', ']', '|', '\n', '\n\n', ' ', '  ', '\u00a0', '**',
      '\u0301', '\u0323\u0302', 'Việt'.normalize('NFD'), 'tỷ đồng'.normalize('NFD'), '\ud800', '𝟙'
    ),
    fc.stringMatching(/^\d{1,4}(?:[.,]\d{1,4}){0,3}$/u),
    fc.string({maxLength: 6})
  )
  const prose = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(' '))
  const glued = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

  it('findFigures never throws, and every match slices back to raw', () => {
    fc.assert(
      fc.property(fc.oneof(prose, glued, fc.string({maxLength: 200})), (text) => {
        const figures = findFigures(text)
        let previousEnd = 0
        for (const figure of figures) {
          expect(figure.length).toBeGreaterThan(0)
          expect(figure.index).toBeGreaterThanOrEqual(previousEnd)
          expect(text.slice(figure.index, figure.index + figure.length)).toBe(figure.raw)
          expect(Number.isFinite(figure.value)).toBe(true)
          expect(figure.value).toBeGreaterThanOrEqual(0)
          expect(figure.unit).not.toBe('')
          previousEnd = figure.index + figure.length
        }
      }),
      {numRuns: 2000}
    )
  })

  it('NFD input gives the same figures as NFC input', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const composed = text.normalize('NFC')
        const decomposed = text.normalize('NFD')
        const a = findFigures(composed)
        const b = findFigures(decomposed)
        expect(b.map((figure) => figure.raw.normalize('NFC'))).toEqual(a.map((figure) => figure.raw))
        expect(b.map((figure) => figure.value)).toEqual(a.map((figure) => figure.value))
        expect(b.map((figure) => figure.metric)).toEqual(a.map((figure) => figure.metric))
        for (const figure of b) {
          expect(decomposed.slice(figure.index, figure.index + figure.length)).toBe(figure.raw)
        }
      }),
      {numRuns: 1000}
    )
  })
})

import {describe, expect, it} from 'vitest'
import {parseViNumber} from '../../src/figures/index.js'

describe('parseViNumber', () => {
  const numbers: Array<[string, number]> = [
    ['197.810', 197_810],
    ['11,81', 11.81],
    ['1.234.567,89', 1_234_567.89],
    ['97.471', 97_471],
    ['52.613', 52_613],
    ['134,2', 134.2],
    ['0,5', 0.5],
    ['1.800', 1800],
    ['2025', 2025],
    ['05', 5],
    ['0', 0],
    ['000,5', 0.5],
    ['1.000.000', 1_000_000],
    ['23,62', 23.62],
    ['15,53', 15.53],
    ['12345,678', 12_345.678],
    ['  30 ', 30],
    ['\u00a0197.810\u00a0', 197_810],
    ['-1,5', -1.5],
    ['\u22122,3', -2.3],
    ['+4,5', 4.5],
    ['-0', 0],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER]
  ]

  it.each(numbers)('%j → %d', (raw, expected) => {
    expect(parseViNumber(raw)).toBe(expected)
  })

  const notNumbers: string[] = [
    '',
    ' ',
    'abc',
    '7.1',
    '7.1.',
    '1.1.1',
    '2.80',
    '12.34',
    '1234.567',
    '1.2345',
    '1.234.56',
    '.5',
    ',5',
    '1,',
    '1.',
    '1,2,3',
    '1,234.5',
    '1 234',
    '30/6/2026',
    '300/2025/NĐ-CP',
    '18-KL/TW',
    '2021-2025',
    '11,81%',
    '5 tỷ',
    '--1',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '١٢٣',
    '1'.repeat(400)
  ]

  it.each(notNumbers)('%j → null', (raw) => {
    expect(parseViNumber(raw)).toBeNull()
  })

  it('returns null for non-strings at run time', () => {
    expect(parseViNumber(undefined as unknown as string)).toBeNull()
    expect(parseViNumber(42 as unknown as string)).toBeNull()
  })

  it('is linear on long malformed input', () => {
    expect(parseViNumber('1' + '.234'.repeat(1_250_000) + 'x')).toBeNull()
    expect(parseViNumber('1.'.repeat(2_500_000))).toBeNull()
  })
})

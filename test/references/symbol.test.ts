import {describe, expect, it} from 'vitest'
import {canonicalSymbol, isWellFormedSymbol, kindFromSymbol, parseSymbol, type ParsedSymbol} from '../../src/references/index.js'
import {numberedSymbolAt} from '../../src/references/symbol.js'

describe('isWellFormedSymbol', () => {
  const good = [
    '123/QĐ-UBND',
    '05/CT-TTg',
    '3722/VPCP-CN',
    '225/TTg-NN',
    '300/2025/NĐ-CP',
    '140/2025/QĐ-UBND',
    '177/2025/QĐ-CTUBND',
    '01/2021/TT-BNV',
    '64/2025/QH15',
    '924/QC-SNNMT-SXD',
    '18-KL/TW',
    '36-HD/VPTW',
    '254-BC/ĐU',
    '08-QĐi/TW',
    '08-CTr/TU',
    '367-QĐ/TWĐTN-VP',
    '  212-TB/TU  '
  ]
  const bad = [
    '',
    '30/6/2026',
    '2021-2025',
    '197.810',
    '9/10',
    '41037',
    '6240 /BGDĐT-KHCNTT',
    '1400 - CV/VPTU',
    '57-KI/TW',
    '33/CT',
    '/QĐ-UBND',
    '-TB/TU',
    'Số: 123/QĐ-UBND',
    '84 QĐ/TWĐTN',
    '123/qđ-UBND',
    `1/A${'-B'.repeat(500)}`
  ]
  it.each(good)('%s is well formed', (s) => expect(isWellFormedSymbol(s)).toBe(true))
  it.each(bad)('%s is not', (s) => expect(isWellFormedSymbol(s)).toBe(false))
})

describe('parseSymbol', () => {
  const cases: Array<[string, ParsedSymbol | null]> = [
    ['18-KL/TW', {symbol: '18-KL/TW', number: '18', year: null, typeCode: 'KL', issuerCode: 'TW', system: 'party'}],
    ['300/2025/NĐ-CP', {symbol: '300/2025/NĐ-CP', number: '300', year: 2025, typeCode: 'NĐ', issuerCode: 'CP', system: 'state'}],
    ['222/QĐ-TTg', {symbol: '222/QĐ-TTg', number: '222', year: null, typeCode: 'QĐ', issuerCode: 'TTg', system: 'state'}],
    ['64/2025/QH15', {symbol: '64/2025/QH15', number: '64', year: 2025, typeCode: null, issuerCode: 'QH15', system: 'state'}],
    ['3722/VPCP-CN', {symbol: '3722/VPCP-CN', number: '3722', year: null, typeCode: null, issuerCode: 'VPCP-CN', system: 'state'}],
    ['05/CT-TTg', {symbol: '05/CT-TTg', number: '05', year: null, typeCode: 'CT', issuerCode: 'TTg', system: 'state'}],
    ['Số: 123/QĐ-UBND', {symbol: '123/QĐ-UBND', number: '123', year: null, typeCode: 'QĐ', issuerCode: 'UBND', system: 'state'}],
    ['Số 36-HD/VPTW', {symbol: '36-HD/VPTW', number: '36', year: null, typeCode: 'HD', issuerCode: 'VPTW', system: 'party'}],
    ['**Số:** 254-BC/ĐU', {symbol: '254-BC/ĐU', number: '254', year: null, typeCode: 'BC', issuerCode: 'ĐU', system: 'party'}],
    ['Số 1400 - CV/VPTU', {symbol: '1400-CV/VPTU', number: '1400', year: null, typeCode: 'CV', issuerCode: 'VPTU', system: 'party'}],
    ['Số: 367 - QĐ/TWĐTN-VP', {symbol: '367-QĐ/TWĐTN-VP', number: '367', year: null, typeCode: 'QĐ', issuerCode: 'TWĐTN-VP', system: 'party'}],
    ['Số 84 QĐ/TWĐTN', {symbol: '84-QĐ/TWĐTN', number: '84', year: null, typeCode: 'QĐ', issuerCode: 'TWĐTN', system: 'party'}],
    ['Số: 6240 /BGDĐT-KHCNTT', {symbol: '6240/BGDĐT-KHCNTT', number: '6240', year: null, typeCode: null, issuerCode: 'BGDĐT-KHCNTT', system: 'state'}],
    ['Số:      /QĐ-UBND', {symbol: '/QĐ-UBND', number: null, year: null, typeCode: 'QĐ', issuerCode: 'UBND', system: 'state'}],
    ['Số       -TB/TU', {symbol: '-TB/TU', number: null, year: null, typeCode: 'TB', issuerCode: 'TU', system: 'party'}],
    ['Số: 163/TB-VPCP Hà Nội, ngày 15 tháng 4 năm 2024', {symbol: '163/TB-VPCP', number: '163', year: null, typeCode: 'TB', issuerCode: 'VPCP', system: 'state'}],
    ['Số: 2470/VPCP-QHĐP _ Hà Nội', {symbol: '2470/VPCP-QHĐP', number: '2470', year: null, typeCode: null, issuerCode: 'VPCP-QHĐP', system: 'state'}],
    ['57-KI/TW', {symbol: '57-KL/TW', number: '57', year: null, typeCode: 'KL', issuerCode: 'TW', system: 'party'}],
    ['5969/QĐUBND', {symbol: '5969/QĐ-UBND', number: '5969', year: null, typeCode: 'QĐ', issuerCode: 'UBND', system: 'state'}],
    ['181/2024/NĐCP', {symbol: '181/2024/NĐ-CP', number: '181', year: 2024, typeCode: 'NĐ', issuerCode: 'CP', system: 'state'}],
    ['12/QÐ-UBND', {symbol: '12/QĐ-UBND', number: '12', year: null, typeCode: 'QĐ', issuerCode: 'UBND', system: 'state'}],
    ['33/CT', {symbol: '33/CT', number: '33', year: null, typeCode: 'CT', issuerCode: null, system: 'state'}],
    ['Số: 41037', null],
    ['30/6/2026', null],
    ['2021-2025', null],
    ['197.810', null],
    ['9/10', null],
    ['Tổ 5/Khu 3', null],
    ['', null]
  ]
  it.each(cases)('%s', (input, expected) => expect(parseSymbol(input)).toEqual(expected))

  it('reads NFD input', () => {
    expect(parseSymbol('Số: 300/2025/NĐ-CP'.normalize('NFD'))?.symbol).toBe('300/2025/NĐ-CP')
  })
})

describe('kindFromSymbol and canonicalSymbol', () => {
  const kinds: Array<[string, string | null]> = [
    ['18-KL/TW', 'Kết luận'],
    ['1-TT/TW', 'Thông tri'],
    ['01/2021/TT-BNV', 'Thông tư'],
    ['300/2025/NĐ-CP', 'Nghị định'],
    ['08-QĐi/TW', 'Quy định'],
    ['92/TTr-UBND', 'Tờ trình'],
    ['3722/VPCP-CN', 'Công văn'],
    ['64/2025/QH15', null]
  ]
  it.each(kinds)('%s → %s', (symbol, kind) => {
    const parsed = parseSymbol(symbol)
    expect(parsed === null ? undefined : kindFromSymbol(parsed)).toBe(kind)
  })

  it('removes spaces, including a line break after a hyphen', () => {
    expect(canonicalSymbol('5282/BTNMT-\nQHPTTTNĐ')).toBe('5282/BTNMT-QHPTTTNĐ')
    expect(canonicalSymbol('1400 - CV/VPTU')).toBe('1400-CV/VPTU')
  })
})

describe('numberedSymbolAt', () => {
  // [text, where to read (an offset, or the text there), what is read]: a symbol must start exactly
  // there and carry its number.
  const cases: Array<[string, number | string, string | null]> = [
    ['theo Kết luận số 18-KL/TW ngày', '18-', '18-KL/TW'],
    ['số 123/QĐ-UBND, ngày', '123', '123/QĐ-UBND'],
    ['số 6240 /BGDĐT-KHCNTT về', '6240', '6240 /BGDĐT-KHCNTT'],
    ['số 300/2025/NĐ-CP', '300', '300/2025/NĐ-CP'],
    // Only from the place asked: a space before it, or its type code, reads nothing.
    ['số 18-KL/TW', 2, null],
    ['số 18-KL/TW', 'KL', null],
    // A blank number (a header's "Số:   /QĐ-UBND") is a symbol for the header, not a citation.
    ['Số:   /QĐ-UBND', '/', null],
    ['Số: -KL/TW', '-', null],
    ['số 57 của', '57', null]
  ]

  it.each(cases)('%j at %j', (text, where, expected) => {
    expect(numberedSymbolAt(text, typeof where === 'number' ? where : text.indexOf(where))).toBe(expected)
  })

  it('a header still reads the blank-number symbol the same pattern finds', () => {
    expect(parseSymbol('Số:   /QĐ-UBND')).toMatchObject({symbol: '/QĐ-UBND', number: null, typeCode: 'QĐ'})
  })
})

/**
 * The engine as a whole: public API, input normalisation and offsets, helpers, regular-expression
 * safety on long lines, and the gain over plain chrono on the same tables.
 */
import * as chrono from 'chrono-node'
import {describe, expect, it} from 'vitest'
import * as dates from '../../src/dates/index.js'
import {
  addWorkingDays,
  findDates,
  normalizeText,
  parseCount,
  parseQuarter,
  parseVietnameseNumber,
  romanToInt,
  TET_NGUYEN_DAN,
  toIsoDate
} from '../../src/dates/index.js'
import {ALL_TABLES as ALL} from './cases/index.js'
import {toTuple} from './table.js'

describe('API', () => {
  it('exports', () => {
    expect(Object.keys(dates).sort()).toEqual([
      'TET_NGUYEN_DAN',
      'addDays',
      'addWorkingDays',
      'createChrono',
      'findDates',
      'normalizeText',
      'parseCount',
      'parseIsoDate',
      'parseQuarter',
      'parseVietnameseNumber',
      'romanToInt',
      'toIsoDate'
    ])
  })

  it('returns every field, in text order, without overlaps', () => {
    const text = 'Ngày 02/6/2026, giao Sở Nội vụ hoàn thành trước ngày 30/6/2026; báo cáo hằng tháng; trong quý III/2026.'
    const found = findDates(text, '2026-06-02')
    expect(found).toEqual([
      {index: 0, length: 14, raw: 'Ngày 02/6/2026', start: '2026-06-02', end: null, kind: 'date', due: null, recurrence: null, anchored: false},
      {
        index: 31,
        length: 31,
        raw: 'hoàn thành trước ngày 30/6/2026',
        start: '2026-06-30',
        end: null,
        kind: 'deadline',
        due: 'before',
        recurrence: null,
        anchored: false
      },
      {index: 72, length: 10, raw: 'hằng tháng', start: null, end: null, kind: 'recurring', due: null, recurrence: 'hằng tháng', anchored: false},
      {
        index: 84,
        length: 18,
        raw: 'trong quý III/2026',
        start: '2026-07-01',
        end: '2026-09-30',
        kind: 'period',
        due: 'by-end-of-period',
        recurrence: null,
        anchored: false
      }
    ])
    for (let index = 1; index < found.length; index++) {
      const previous = found[index - 1]
      const current = found[index]
      if (previous && current) expect(current.index).toBeGreaterThanOrEqual(previous.index + previous.length)
    }
  })

  it('says which dates come from the reference: relative phrases and dates without a year', () => {
    const anchored = findDates('trước ngày 20/6; trong vòng 10 ngày kể từ ngày 10/6/2026; trong vòng 10 ngày; trước ngày 30/6/2026', '2026-06-02').map(
      (mention) => [mention.raw, mention.anchored]
    )
    expect(anchored).toEqual([
      ['trước ngày 20/6', true],
      ['trong vòng 10 ngày kể từ ngày 10/6/2026', false],
      ['trong vòng 10 ngày', true],
      ['trước ngày 30/6/2026', false]
    ])
  })

  it('counts a span "from receiving this document" from the day it was received, else from its date', () => {
    const text = 'báo cáo trong 10 ngày kể từ ngày nhận được văn bản này; trong 15 ngày kể từ ngày nhận được hồ sơ hợp lệ'
    const read = (received?: string): unknown[] => findDates(text, '2026-06-02', received).map((mention) => [mention.raw, mention.start, mention.end])
    expect(read('2026-06-09')).toEqual([
      ['trong 10 ngày kể từ ngày nhận được văn bản này', '2026-06-09', '2026-06-19'],
      // An application's receipt is an event of its own: no date.
      ['trong 15 ngày', null, null]
    ])
    expect(read()[0]).toEqual(['trong 10 ngày kể từ ngày nhận được văn bản này', '2026-06-02', '2026-06-12'])
  })

  it('rejects a reference that is not a date', () => {
    expect(() => findDates('trước ngày 30/6/2026', '2026-02-30')).toThrow(RangeError)
    expect(() => findDates('trước ngày 30/6/2026', '02/06/2026')).toThrow(RangeError)
  })

  it('is pure: the same input gives the same output', () => {
    const text = 'trong vòng 10 ngày làm việc kể từ ngày 10/6/2026; trước ngày 10/12'
    expect(findDates(text, '2026-06-02')).toEqual(findDates(text, '2026-06-02'))
    expect(findDates('', '2026-06-02')).toEqual([])
  })

  it('gives every caller its own list, of mentions no caller can change, for each reference and day of receipt', () => {
    const text = 'trước ngày 30/6'
    const first = findDates(text, '2026-06-02')
    first.pop()
    expect(findDates(text, '2026-06-02')).toHaveLength(1)
    const mention = findDates(text, '2026-06-02')[0] as {start: string | null}
    expect(() => {
      mention.start = null
    }).toThrow(TypeError)
    expect(findDates(text, '2026-06-02')[0]?.start).toBe('2026-06-30')
    expect(findDates(text, '2025-06-02')[0]?.start).toBe('2025-06-30')
    const span = 'trong 10 ngày kể từ ngày nhận được văn bản này'
    expect(findDates(span, '2026-06-02', '2026-06-09')[0]?.start).toBe('2026-06-09')
    expect(findDates(span, '2026-06-02')[0]?.start).toBe('2026-06-02')
  })

  it('does not depend on the time zone of the machine', () => {
    expect(findDates('17 giờ ngày 31/12/2026', '2026-12-31')[0]?.start).toBe('2026-12-31T17:00')
    expect(findDates('năm nay', '2026-01-01')[0]?.start).toBe('2026-01-01')
    expect(findDates('năm nay', '2026-12-31')[0]?.end).toBe('2026-12-31')
  })
})

describe('input normalisation', () => {
  const positives = ALL.flatMap((table) =>
    table.rows.filter((row) => row.length > 1).map((row) => [row[0], table.reference] as const)
  )

  it.each(positives)('NFD and NBSP: %j', (text, reference) => {
    const nfc = findDates(text, reference)
    const odd = text.normalize('NFD').replace(/ /g, '\u00A0')
    const found = findDates(odd, reference)
    expect(found.map((mention) => toTuple({...mention, raw: mention.raw.normalize('NFC').replace(/\u00A0/g, ' ')}))).toEqual(
      nfc.map(toTuple)
    )
    for (const mention of found) expect(odd.slice(mention.index, mention.index + mention.length)).toBe(mention.raw)
  })

  it('maps offsets back through NFC and removed zero-width characters', () => {
    const text = 'Ca\u0301c nhie\u0323\u0302m vu\u0323 hoa\u0300n tha\u0300nh\u200B tru\u031Bo\u031B\u0301c nga\u0300y 30/6/2026\u200B.'
    const [mention] = findDates(text, '2026-06-02')
    expect(mention?.raw).toBe(text.slice(text.indexOf('hoa'), text.indexOf('2026') + 4))
    expect(mention?.start).toBe('2026-06-30')
    const normalized = normalizeText(text)
    expect(normalized.text).toBe('Các nhiệm vụ hoàn thành trước ngày 30/6/2026.')
    expect(normalized.toOriginal(0)).toBe(0)
    expect(normalized.toOriginalEnd(normalized.text.length)).toBe(text.length)
  })

  it('keeps NFC text as it is', () => {
    const normalized = normalizeText('trước ngày 30/6/2026')
    expect(normalized.text).toBe('trước ngày 30/6/2026')
    expect(normalized.toOriginal(5)).toBe(5)
  })
})

describe('helpers', () => {
  it.each([
    ['một', 1],
    ['năm', 5],
    ['mười', 10],
    ['mười một', 11],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi tư', 24],
    ['ba mươi lăm', 35],
    ['chín mươi chín', 99],
    ['mười năm', null],
    ['hai mươi năm', null],
    ['một mươi', null],
    ['lăm', null]
  ] as const)('parseVietnameseNumber(%j) = %j', (words, value) => {
    expect(parseVietnameseNumber(words)).toBe(value)
  })

  it('reads counts and numerals', () => {
    expect(parseCount('05')).toBe(5)
    expect(parseCount('mười lăm')).toBe(15)
    expect(romanToInt('XIV')).toBe(14)
    expect(romanToInt('IIII')).toBe(null)
    expect(parseQuarter('III')).toBe(3)
    expect(parseQuarter('4')).toBe(4)
    expect(parseQuarter('V')).toBe(null)
  })

  it('formats and counts days', () => {
    expect(toIsoDate({year: 2026, month: 6, day: 2})).toBe('2026-06-02')
    expect(toIsoDate({year: 2026, month: 6, day: 2, hour: 8, minute: 5})).toBe('2026-06-02T08:05')
    // Friday 5 June 2026 + 1 working day = Monday 8 June.
    expect(addWorkingDays({year: 2026, month: 6, day: 5}, 1)).toEqual({year: 2026, month: 6, day: 8})
  })

  it('has Tết for every year 2020–2035, on the right weekday span', () => {
    for (let year = 2020; year <= 2035; year++) {
      const iso = TET_NGUYEN_DAN[year]
      expect(iso, String(year)).toMatch(new RegExp(`^${year}-0[12]-\\d\\d$`))
      expect(iso && iso >= `${year}-01-21` && iso <= `${year}-02-20`).toBe(true)
    }
  })
})

// No time is measured here (a busy machine would make that flaky): a pattern that backtracks on these
// would not end, which the suite's timeout catches; recheck checks every pattern statically
// (test/robustness/redos.test.ts), and `npm run bench` measures the time against the size.
describe('long lines', () => {
  it.each([
    ['digits', '1'.repeat(1_000_000)],
    ['slashes', '1/'.repeat(500_000)],
    ['dashes', '2020-'.repeat(200_000)],
    ['spaces after a keyword', 'trong vòng' + ' '.repeat(1_000_000) + 'x'],
    ['repeated keywords', 'trước ngày '.repeat(100_000)],
    ['number words', 'mười '.repeat(200_000)],
    ['open parentheses', '(2025 - '.repeat(100_000)]
  ])('reads a long line of %s', (_name, text) => {
    expect(Array.isArray(findDates(text, '2026-06-02'))).toBe(true)
  })

  it('reads a 1 MB line of real phrasing', () => {
    const sentence = 'Các nhiệm vụ trên hoàn thành trước ngày 30/6/2026; báo cáo hằng tháng, đạt 9/10 chỉ tiêu. '
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const found = findDates(text, '2026-06-02')
    expect(found.length).toBe(2 * Math.ceil(1_000_000 / sentence.length))
  })
})

describe('against plain chrono', () => {
  /**
   * A row is fully right when the mentions found give the expected `start` and `end`, in number and order
   * (plain chrono has no kinds or deadline readings, so those are not compared for it).
   */
  const share = (parse: (text: string, reference: string) => Array<{start: string | null; end: string | null}>): number => {
    let right = 0
    let total = 0
    for (const table of ALL) {
      for (const [text, ...expected] of table.rows) {
        total++
        const found = parse(text, table.reference)
        if (JSON.stringify(found) === JSON.stringify(expected.map((mention) => ({start: mention[1], end: mention[2]})))) right++
      }
    }
    return right / total
  }
  const viaChrono = (engine: chrono.Chrono) => (text: string, reference: string) =>
    engine.parse(text, {instant: new Date(`${reference}T12:00:00+07:00`), timezone: 420}).map((result) => ({
      start: iso(result.start),
      end: result.end ? iso(result.end) : null
    }))

  it('ours is fully right on every row; chrono.vi alone on far fewer', () => {
    const ours = share((text, reference) => findDates(text, reference).map(({start, end}) => ({start, end})))
    const strict = share(viaChrono(chrono.vi.strict))
    const casual = share(viaChrono(chrono.vi.casual))
    expect(ours).toBe(1)
    expect(strict).toBeLessThan(0.5)
    expect(casual).toBeLessThan(0.5)
  })
})

/**
 * @param components
 *   chrono components.
 * @returns
 *   ISO date, with the time when chrono knows it.
 */
function iso(components: chrono.ParsedComponents): string {
  const date = toIsoDate({
    year: components.get('year') ?? 0,
    month: components.get('month') ?? 1,
    day: components.get('day') ?? 1
  })
  return components.isCertain('hour')
    ? `${date}T${String(components.get('hour')).padStart(2, '0')}:${String(components.get('minute') ?? 0).padStart(2, '0')}`
    : date
}

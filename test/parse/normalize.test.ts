import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {normalizeDocument} from '../../src/read/normalize.js'
import {SourceMap} from '../../src/source/source-map.js'

describe('normalize', () => {
  const cases: Array<[string, string, string]> = [
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['NBSP and tab become spaces', 'a\u00a0b\tc', 'a b c'],
    ['zero-width and soft hyphen go', 'a\u200bb\u00adc\ufeffd', 'abcd'],
    ['form feed becomes a line break', 'trang 1\ftrang 2', 'trang 1\ntrang 2'],
    ['NFD becomes NFC', 'Vie\u0323\u0302t Nam', 'Việt Nam'],
    ['old tone placement is kept', 'hoà thuỷ', 'hoà thuỷ']
  ]
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(normalizeDocument(input).text).toBe(expected)
    })
  }

  it('maps every normalised character back to where it came from', () => {
    const input = 'Vie\u0323\u0302t\r\nNam\u00a0x'
    const {text, map} = normalizeDocument(input)
    expect(text).toBe('Việt\nNam x')
    expect([...map]).toEqual([0, 1, 2, 2 + 3, 6, 8, 9, 10, 11, 12, 13])
  })

  it('maps spans to original lines, columns and offsets', () => {
    const input = '\u00a0Dòng một\r\nTrước ngày 30/6/2026'
    const normalized = normalizeDocument(input)
    const source = new SourceMap(input, normalized)
    const start = normalized.text.indexOf('30/6')
    const position = source.position(start, start + 9)
    expect(position.start).toEqual({line: 2, column: 12, offset: 22})
    expect(input.slice(position.start.offset, position.end.offset)).toBe('30/6/2026')
  })

  it('keeps spans of NFD text whole', () => {
    const input = 'hạn cho\u0302\u0301t'
    const normalized = normalizeDocument(input)
    const source = new SourceMap(input, normalized)
    const position = source.position(4, normalized.text.length)
    expect(input.slice(position.start.offset, position.end.offset).normalize('NFC')).toBe('chốt')
  })

  it('property: the map is monotonic and slices back to the normalised text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (input) => {
        const {text, map} = normalizeDocument(input)
        expect(map.length).toBe(text.length + 1)
        for (let index = 1; index < map.length; index++) expect(map[index]).toBeGreaterThanOrEqual(map[index - 1] ?? 0)
        expect(map[text.length]).toBe(input.length)
      })
    )
  })
})

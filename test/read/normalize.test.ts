/**
 * `normalize` gives NFC text whatever it is given, with a map back to the input: the fast path's table
 * (src/read/normalize.ts) sends every character that NFC could change to the slow path, including those
 * NFC replaces on their own (found by `npm run fuzz`: U+F900 豈 stayed, so a reference's `raw` was not
 * the NFC text of its span).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../../src/read/normalize.js'
import {parseNotice} from '../../src/pipeline.js'

describe('normalize', () => {
  it('turns every BMP character that NFC changes, alone or after a letter, into NFC', () => {
    const wrong: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const input = `a${String.fromCharCode(code)}b`
      if (input.normalize('NFC') === input) continue
      const {text} = normalizeDocument(input)
      if (text !== text.normalize('NFC')) wrong.push(code.toString(16))
    }

    expect(wrong).toEqual([])
  })

  it('gives NFC text and a map into the input for any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 40}), (input) => {
        const {text, map} = normalizeDocument(input)
        expect(text).toBe(text.normalize('NFC'))
        expect(map).toHaveLength(text.length + 1)
        expect(map[text.length]).toBe(input.length)
        for (let index = 1; index < map.length; index++) expect(map[index]).toBeGreaterThanOrEqual(map[index - 1] ?? 0)
      }),
      {seed: 20261128, numRuns: 2000}
    )
  })

  it('keeps raw text the NFC of the span it came from (a compatibility ideograph in a citation)', () => {
    // A citation in the body (a bare symbol on the first line would be read as the document's own number).
    const input = 'THÔNG BÁO\n\nCăn cứ Quyết định số 2152/QĐ-BNN-TCTL ngày 11/6/2020 của Bộ Nông nghiệp và Phát triển nông\n\uF900\n'
    const notice = parseNotice(input, {reference: '2026-06-10'})
    expect(notice.references.length).toBeGreaterThan(0)
    for (const reference of notice.references) {
      const span = input.slice(reference.position.start.offset, reference.position.end.offset).normalize('NFC')
      expect(span.replace(/\s+/gu, ' ').trim()).toBe(reference.raw)
    }
  })
})

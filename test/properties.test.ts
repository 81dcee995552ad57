/**
 * Robustness properties of the whole pipeline on generated notices (real fragments, numbering, noise):
 * it never throws, its output satisfies the model, every position lies in the input and slices back, and
 * the same input gives the same output.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../src/pipeline.js'
import {Notice} from '../src/model/schema.js'

const seed = readFileSync('fixtures/corpus/000_6f075bdf8dff8ead.txt', 'utf8').split('\n')
const fragments = [
  ...seed.filter((line) => line.trim().length > 0).slice(0, 120),
  'I. ĐÁNH GIÁ', 'II- NHIỆM VỤ', '7.1.', '(1)', '(i)', 'a)', '- ', '+ ', '**', '## ', '| A | B |', '|---|---|',
  'trước ngày 30/6/2026', 'Quý III/2026', '197.810 tỷ đồng', 'Số: 12/QĐ-UBND', 'Nơi nhận:', 'KT. CHỦ TỊCH',
  'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ', 'Các nhiệm vụ trên hoàn thành trước ngày 15/7/2026.',
  '\u00a0', '\u200b', 'e\u0323\u0302', '\r\n', '\f', '\t', '((((', '1.1.1.1.1.1', '//////', '\ufeff'
]

const notice = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 20})), {maxLength: 40})
  .chain((parts) => fc.array(fc.constantFrom('\n', ' ', '\n\n', ''), {minLength: parts.length, maxLength: parts.length}).map((glue) => parts.map((part, index) => part + (glue[index] ?? '')).join('')))

describe('parseNotice on generated notices', () => {
  it('never throws, satisfies the model, grounds every position, is deterministic', () => {
    fc.assert(
      fc.property(notice, (text) => {
        const model = parseNotice(text)
        expect(Notice.safeParse(model).success).toBe(true)
        const input = text.startsWith('\ufeff') ? text.slice(1) : text
        const positions = [
          ...model.tasks.map((task) => task.position),
          ...model.tasks.flatMap((task) => task.deadlines.map((deadline) => deadline.position)),
          ...model.references.map((reference) => reference.position),
          ...model.figures.map((figure) => figure.position)
        ]
        for (const position of positions) {
          expect(position.start.offset).toBeLessThanOrEqual(position.end.offset)
          expect(position.end.offset).toBeLessThanOrEqual(input.length)
        }

        for (const item of [...model.references, ...model.figures, ...model.tasks.flatMap((task) => task.deadlines.filter((d) => !d.inherited))]) {
          const slice = input.slice(item.position.start.offset, item.position.end.offset).normalize('NFC').replace(/[*_]/g, '')
          expect(slice.replace(/\s+/g, ' ').trim()).toBe(item.raw)
        }

        expect(JSON.stringify(parseNotice(text))).toBe(JSON.stringify(model))
      }),
      {numRuns: 150, seed: 20260602}
    )
  })
})

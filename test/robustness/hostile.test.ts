/**
 * Hostile and odd text: each input gives a valid model (or a clear InputError). That the time grows
 * linearly with the size is measured by `npm run bench` (its linearity and adversarial steps), not here:
 * a test must not depend on how busy the machine is.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {Notice} from '../../src/model/schema.js'
import {hostile, spaces} from '../../bench/hostile-inputs.mjs'

const today = '2026-06-10'

function parse(text: string): Notice {
  const model = parseNotice(text, {reference: today})
  const check = Notice.safeParse(model)
  expect(check.success, check.error?.message).toBe(true)
  for (const task of model.tasks) {
    expect(task.position.start.offset).toBeLessThanOrEqual(task.position.end.offset)
    expect(task.position.end.offset).toBeLessThanOrEqual(text.length)
  }

  return model
}

describe('hostile inputs give a valid model', () => {
  it('empty', () => {
    const model = parse('')
    expect(model.tasks).toEqual([])
    expect(model.source.lineCount).toBe(0)
  })

  it('whitespace only', () => {
    const model = parse(' \n\t\r\n\u00a0\u3000\f\u2028'.repeat(1000))
    expect(model.tasks).toEqual([])
    expect(model.document.title).toBeNull()
  })

  it('a letter with no tasks', () => {
    const model = parse('Kính gửi: Các sở, ban, ngành.\n\nVăn phòng Chính phủ thông báo để các cơ quan biết.\n')
    expect(model.tasks).toEqual([])
  })

  for (const [name, build] of Object.entries(hostile)) {
    it(name, () => {
      parse(build(64 * 1024))
    })
  }

  it('10,000 nested list levels', () => {
    parse('- '.repeat(10_000) + 'x')
    parse('> '.repeat(10_000) + 'x')
    parse(Array.from({length: 10_000}, (_, level) => '  '.repeat(level % 500) + '- mục').join('\n'))
  })

  it('5,000 tasks are 5,000 tasks', () => {
    const model = parse(hostile['many tasks']?.(5000 * 110) ?? '')
    expect(model.tasks).toHaveLength(5000)
    expect(model.tasks[4999]?.deadlines[0]?.date).toBe('2026-06-30')
  })

  it('a deadline is read whatever Unicode space separates its words', () => {
    expect(spaces.length).toBeGreaterThanOrEqual(17)
    for (const space of spaces) {
      const text = ['II. NHIỆM VỤ\n1.', 'Giao', 'Sở', 'Nội', 'vụ', 'chủ', 'trì,', 'hoàn', 'thành', 'trước', 'ngày', '30/6/2026.'].join(space)
      const model = parse(text)
      expect(model.tasks[0]?.deadlines[0]?.date, `U+${space.codePointAt(0)?.toString(16)}`).toBe('2026-06-30')
    }
  })
})

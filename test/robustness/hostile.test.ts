/**
 * Hostile and odd text: each input gives a valid model (or a clear InputError) and the time grows
 * linearly with the size. Sizes stay at or below 1–2 MB so the suite is quick; `npm run bench` times the
 * same kinds of input up to 50 MB. Time is CPU time of this process (less noisy than the wall clock on
 * a busy machine), the best of a few runs, and linear means: 4× the input costs less than 10× the time.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {Notice} from '../../src/model/schema.js'
import {hostile, spaces} from '../../bench/hostile-inputs.mjs'

const today = '2026-06-10'

function cpu(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

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

/** Best CPU time of `runs` parses. */
function time(text: string, runs = 2): number {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = cpu()
    parse(text)
    best = Math.min(best, cpu() - start)
  }

  return best
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

describe('time grows linearly with the size (4× the input < 10× the time)', () => {
  const base = 96 * 1024
  for (const [name, build] of Object.entries(hostile)) {
    it(name, () => {
      // A run of a few milliseconds is mostly noise (the other test worker, the collector): the size
      // doubles until the smaller input takes long enough to time, which also makes a super-linear cost
      // stand out more.
      let size = base
      time(build(size), 1) // warm up
      let small = time(build(size))
      while (small < 40 && size < 16 * base) {
        size *= 2
        small = time(build(size))
      }

      const ratio = time(build(4 * size), small < 250 ? 2 : 1) / Math.max(small, 1)
      expect(ratio, `${name} at ${size >> 10} KiB: ${ratio.toFixed(1)}×`).toBeLessThan(10)
    }, 120_000)
  }
})

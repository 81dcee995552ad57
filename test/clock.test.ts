/**
 * Output never depends on when or where it runs: the same notices parsed under other system dates and
 * time zones give the same bytes. Notices without a date of their own (043, 047) leave relative deadlines
 * unresolved rather than counting from the clock; the founding notice is dated.
 */
import {readFileSync} from 'node:fs'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {parseNotice} from '../src/pipeline.js'

const files = ['000_6f075bdf8dff8ead.txt', '043.txt', '047.txt', '049.txt', '028.txt']
const read = (file: string): string => JSON.stringify(parseNotice(readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url)), {path: file}))

const clocks: Array<[string, string]> = [
  ['2026-12-07T10:00:00Z', 'Asia/Ho_Chi_Minh'],
  ['2031-01-01T00:30:00Z', 'America/Los_Angeles'],
  ['2019-07-15T23:59:59Z', 'Pacific/Kiritimati'],
  ['2026-06-30T17:00:00Z', 'UTC']
]

describe('the clock', () => {
  const zone = process.env.TZ
  afterEach(() => {
    vi.useRealTimers()
    process.env.TZ = zone
  })

  for (const file of files) {
    it(`${file}: the same model at any date and in any time zone`, () => {
      const outputs = clocks.map(([now, timeZone]) => {
        process.env.TZ = timeZone
        vi.useFakeTimers({toFake: ['Date']})
        vi.setSystemTime(new Date(now))
        const output = read(file)
        vi.useRealTimers()
        return output
      })
      for (const output of outputs.slice(1)) expect(output).toBe(outputs[0])
    })
  }

  it('leaves a relative deadline of an undated notice unresolved, and says so', () => {
    const notice = parseNotice('THÔNG BÁO\n\n1. Giao Sở Nội vụ rà soát văn bản, báo cáo trước ngày 20/6.\n', {path: 'x.md'})
    expect(notice.tasks[0]?.deadlines).toEqual([])
    expect(notice.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('unresolved-deadlines')
    const dated = parseNotice('THÔNG BÁO\n\n1. Giao Sở Nội vụ rà soát văn bản, báo cáo trước ngày 20/6.\n', {path: 'x.md', reference: '2026-06-05'})
    expect(dated.tasks[0]?.deadlines.map((deadline) => deadline.date)).toEqual(['2026-06-20'])
  })
})

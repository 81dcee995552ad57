/** The pieces the checklist (and the CSV) are made of: number paths, urgency, shortening, Markdown escapes. */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import type {Task} from '../../src/model/schema.js'
import {numberPath} from '../../src/emit/tasks-view/number-path.js'
import {urgencyOf} from '../../src/emit/tasks-view/urgency.js'
import {daysBetween, vnDate} from '../../src/emit/tasks-view/dates.js'
import {shorten} from '../../src/emit/tasks-view/shorten.js'
import {actionText} from '../../src/emit/tasks-view/action.js'
import {codeSpan, escapeMarkdown} from '../../src/emit/tasks-view/markdown.js'
import {parseMarkdown, plain} from './markdown-tree.js'

const seedPath = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const seed = parseNotice(readFileSync(seedPath), {path: seedPath})

/** A chain of tasks from [id, number] pairs, each the parent of the next; returns the path of the last. */
function pathOf(chain: [id: string, number: string][]): string {
  const tasks = chain.map(([id, number], index): Task => ({
    id,
    part: null,
    number,
    parent: index > 0 ? (chain[index - 1]?.[0] ?? null) : null,
    text: '',
    assignees: [],
    deadlines: [],
    recurrence: null,
    rrule: null,
    references: [],
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  }))
  return numberPath(tasks.at(-1)!, new Map(tasks.map((task) => [task.id, task])))
}

describe('numberPath', () => {
  it.each([
    ['II.7.2.1.i', 'II.7.2 (1)(i)'],
    ['II.7.2.1.ii', 'II.7.2 (1)(ii)'],
    ['II.7.2.5', 'II.7.2 (5)'],
    ['II.7.1', 'II.7.1'],
    ['II.1', 'II.1']
  ])('seed task %s is %s', (id, expected) => {
    const task = seed.tasks.find((candidate) => candidate.id === id)!
    expect(numberPath(task, new Map(seed.tasks.map((each) => [each.id, each])))).toBe(expected)
  })

  it.each<[string, [string, string][], string]>([
    ['articles take their clauses', [['Điều1', 'Điều 1.'], ['Điều1.1', '1.'], ['Điều1.1.a', 'a)']], 'Điều 1.1 a)'],
    ['appendix rows', [['PL.5', '5'], ['PL.5.14', '5.14']], 'PL.5.14'],
    ['bullets are counted', [['II.7', '7.'], ['II.7.4', '7.4.'], ['II.7.4.b2', '-']], 'II.7.4 •2'],
    ['a plus bullet under a letter', [['3', '3.'], ['3.a', 'a)'], ['3.a.b1', '+']], '3 a) •1'],
    ['an unnumbered paragraph', [['p1', '']], '¶1'],
    ['a repeated label', [['II.2~2', '2.']], 'II.2'],
    ['a two-level number at the top', [['I.1.2', '1.2.']], 'I.1.2'],
    ['a number that does not extend its parent', [['III.1', '1.'], ['III.1.2', '2.']], 'III.1.2']
  ])('%s', (_, chain, expected) => {
    expect(pathOf(chain)).toBe(expected)
  })
})

describe('urgency', () => {
  it.each([
    ['2026-06-09', 'overdue', -1],
    ['2026-06-10', 'soon', 0],
    ['2026-06-17', 'soon', 7],
    ['2026-06-18', 'later', 8],
    ['2027-06-10', 'later', 365]
  ])('a deadline on %s is %s on 2026-06-10 (%i days)', (date, urgency, days) => {
    expect(urgencyOf(date, '2026-06-10')).toBe(urgency)
    expect(daysBetween('2026-06-10', date)).toBe(days)
  })

  it('counts calendar days across months and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(urgencyOf(null, '2026-06-10')).toBe('none')
    expect(vnDate('2026-06-05')).toBe('05/06/2026')
  })
})

describe('shorten', () => {
  it('keeps a text that fits', () => {
    expect(shorten('Xây dựng kế hoạch đào tạo.', 40)).toBe('Xây dựng kế hoạch đào tạo.')
  })

  it('cuts at a word boundary, drops trailing punctuation and adds an ellipsis', () => {
    expect(shorten('Tiếp tục quán triệt, triển khai quyết liệt, đồng bộ', 30)).toBe('Tiếp tục quán triệt, triển…')
    expect(shorten('Rà soát, sắp xếp tài sản công', 10)).toBe('Rà soát…')
  })

  // Vietnamese is written in syllables of at most seven letters, so a word boundary is always near.
  it('never exceeds the limit and always ends on a whole word of the text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zăđơư]{1,7}$/u), {minLength: 1, maxLength: 40}), fc.integer({min: 20, max: 120}), (words, max) => {
        const text = words.join(' ')
        const short = shorten(text, max)
        expect(Array.from(short).length).toBeLessThanOrEqual(max)
        if (short === text) return
        const kept = short.slice(0, -1).split(' ')
        expect(words.slice(0, kept.length)).toEqual(kept)
      })
    )
  })
})

describe('actionText', () => {
  it('gives each own deadline of a two-sentence task its sentence', () => {
    const task = seed.tasks.find((candidate) => candidate.id === 'II.7.2.3')!
    const [first, second] = task.deadlines
    expect(actionText(task, first!)).toMatch(/^Khẩn trương thẩm định.*trước ngày 15\/6\/2026\.$/u)
    expect(actionText(task, second!)).toMatch(/^Tham mưu xây dựng kế hoạch.*hoàn thành trước ngày 30\/6\/2026\.$/u)
  })

  it('keeps the whole text for a single or inherited deadline', () => {
    const task = seed.tasks.find((candidate) => candidate.id === 'II.7.1.1')!
    expect(actionText(task, task.deadlines[0]!)).toBe(task.text)
    expect(actionText(task, null)).toBe(task.text)
  })
})

describe('Markdown escapes', () => {
  it('reads back as the same text inside an item, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'amp; *_[]()<>`~|\\!#&-+.:/w'.split(''))}), (text) => {
        const tree = parseMarkdown(`- [ ] x ${escapeMarkdown(text)} y`)
        const item = tree.children[0]?.type === 'list' ? tree.children[0].children[0] : undefined
        expect(item?.checked).toBe(false)
        expect(plain(item!)).toBe(`x ${text} y`)
      }),
      {numRuns: 2000}
    )
  })

  it('keeps character references as written', () => {
    for (const text of ['&amp;', '&#35;', 'NV&KT'])
      expect(plain(parseMarkdown(`- [ ] x ${escapeMarkdown(text)} y`))).toBe(`x ${text} y`)
  })

  it('keeps underscores inside words as they are', () => {
    expect(escapeMarkdown('000_6f07.txt *nhấn* _a_')).toBe('000_6f07.txt \\*nhấn\\* \\_a\\_')
  })

  it('fences code spans longer than the backticks inside', () => {
    expect(codeSpan('a.txt:3')).toBe('`a.txt:3`')
    expect(plain(parseMarkdown(`x ${codeSpan('a``b`.txt:3')}`))).toBe('x a``b`.txt:3')
  })
})

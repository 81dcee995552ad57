/**
 * One name for a task everywhere (issue 20, item 4): the diagnostics name a task by its id
 * ("II.7.2.1.i"); every view shows the number path as printed ("II.7.2 (1)(i)") and the id beside it, and
 * the review page anchors each task at its id. The founding notice (ids in Latin letters), a decision
 * whose ids are Vietnamese words ("Điều1.1.a"), and the written notice with two sections.
 */
import {readFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import ICAL from 'ical.js'
import {describe, expect, it} from 'vitest'
import {taskAnchor} from '../../src/emit/html/anchors.js'
import {emitters} from '../../src/emit/index.js'
import {taskItems} from '../../src/emit/tasks-view/items.js'
import {numberPath} from '../../src/emit/tasks-view/number-path.js'
import type {Notice} from '../../src/model/schema.js'
import {parseNotice} from '../../src/pipeline.js'
import {readSource} from './html-tree.js'
import {listItems, parseMarkdown} from './markdown-tree.js'
import {notice as routed, text as routedText} from './routed-notice.js'

function emit(format: string, notices: Notice[], options: Record<string, unknown> = {}, sources?: string[]): string {
  const emitter = emitters[format]
  if (!emitter) throw new Error(`${format} is not registered`)
  return emitter.emit(notices, {multiple: notices.length > 1, today: '2026-06-10', options, env: {}, sources})
}

const read = (path: string) => ({notice: parseNotice(readFileSync(path), {path, reference: '2026-06-10'}), text: readFileSync(path, 'utf8')})
const cases = [
  {name: 'the founding notice', ...read('fixtures/corpus/000_6f075bdf8dff8ead.txt')},
  {name: 'a decision with articles (025)', ...read('fixtures/corpus/025.txt')},
  {name: 'the written notice', notice: routed, text: routedText}
]

/** Whether `text` holds `id` as a whole token (not inside a longer id such as II.7.2.1.ii). */
function names(text: string, id: string): boolean {
  let at = text.indexOf(id)
  while (at >= 0) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + id.length)
    if (!/[\p{L}\p{N}.~]/u.test(before) && !/[\p{L}\p{N}~]/u.test(after) && !(after === '.' && /[\p{L}\p{N}]/u.test(text.charAt(at + id.length + 1)))) return true
    at = text.indexOf(id, at + 1)
  }

  return false
}

describe.each(cases)('$name', ({notice, text}) => {
  const byId = new Map(notice.tasks.map((task) => [task.id, task]))
  const items = taskItems([notice], '2026-06-10')

  it('outline: every task’s line ends with its id and line', () => {
    const outline = emit('text', [notice])
    for (const task of notice.tasks) expect(outline, task.id).toContain(`  [${task.id}, dòng ${task.position.start.line}]\n`)
  })

  it('checklist: every item gives the number path, then the id and the file:line in code spans', () => {
    const tree = parseMarkdown(emit('checklist', [notice]))
    const found = listItems(tree).map((item) => {
      const paragraph = item.children[0]
      if (paragraph?.type !== 'paragraph') throw new Error('item without a paragraph')
      return paragraph.children.filter((node) => node.type === 'inlineCode').map((node) => node.value)
    })
    // Grouped by urgency, so compared in any order.
    const sorted = (pairs: string[][]) => pairs.map((pair) => pair.join(' ')).sort()
    expect(sorted(found)).toEqual(sorted(items.map((item) => [item.task.id, `${item.file}:${item.line}`])))
  })

  it('CSV: every row has the id and the number path', () => {
    const [header, ...rows] = parse(emit('csv', [notice], {bom: false, delimiter: ',', lang: 'en'})) as string[][]
    const id = header!.indexOf('task_id')
    const number = header!.indexOf('number')
    expect(rows.map((cells) => [cells[id], cells[number]])).toEqual(items.map((item) => [item.task.id, numberPath(item.task, byId)]))
  })

  it('calendar: each entry’s summary starts with the number path, its description names the id', () => {
    const calendar = new ICAL.Component(ICAL.parse(emit('ics', [notice])))
    const events = calendar.getAllSubcomponents('vevent')
    for (const event of events) {
      const description = String(event.getFirstPropertyValue('description'))
      const id = /\nMã nhiệm vụ: (.+)$/u.exec(description)?.[1] ?? ''
      const task = byId.get(id)
      expect(task, description).toBeDefined()
      expect(String(event.getFirstPropertyValue('summary')).startsWith(`${numberPath(task!, byId)} `)).toBe(true)
    }
  })

  it('review page: every task anchored at its id, linked from its row by the number path, the id beside it and in its tooltip', () => {
    const html = emit('html', [notice], {}, [text])
    const marks = [...readSource(html).marks.values()].filter((mark) => mark.kind === 'task')
    expect(marks.map((mark) => mark.id)).toEqual(notice.tasks.map((task) => task.id))
    for (const [index, task] of notice.tasks.entries()) expect(marks[index]?.tip.split('\n')[0]).toBe(`Nhiệm vụ ${numberPath(task, byId)} (mã ${task.id})`)
    for (const item of items) {
      const escaped = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
      expect(html).toContain(`<a href="#${escaped(item.task.id)}">${escaped(item.path)}</a> <small class="task-id">mã ${escaped(item.task.id)}</small>`)
    }

    // Every id on the page names one element.
    const ids = Array.from(html.matchAll(/\sid="([^"]*)"/gu), (match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every task a diagnostic names is found by that name in the outline and on the page', () => {
    const outline = emit('text', [notice])
    const html = emit('html', [notice], {}, [text])
    const named = notice.tasks.filter((task) => notice.diagnostics.some((diagnostic) => names(diagnostic.message, task.id)))
    for (const task of named) {
      expect(outline).toContain(`[${task.id}, dòng`)
      expect(html).toContain(` id="${task.id.replaceAll('&', '&amp;')}" `)
    }
  })
})

it('the founding notice’s diagnostics name tasks the views can find (II.1 … II.7.2.1.i)', () => {
  const seed = cases[0]!.notice
  const named = seed.tasks.filter((task) => seed.diagnostics.some((diagnostic) => names(diagnostic.message, task.id))).map((task) => task.id)
  expect(named).toEqual(expect.arrayContaining(['II.1', 'II.7.2.1.i']))
  expect(named).not.toContain('II.7.2.1')
})

describe('taskAnchor', () => {
  it.each([
    ['II.7.2.1.i', false, 'II.7.2.1.i'],
    ['Điều1.1.a', false, 'Điều1.1.a'],
    ['II.7.2.1.i', true, 'n0-II.7.2.1.i'],
    // An id the page gives one of its own elements, or one shaped like its numbered ids, is prefixed.
    ['tasks', false, 'n0-tasks'],
    ['routing', false, 'n0-routing'],
    ['n1', false, 'n0-n1'],
    ['n1-d2', false, 'n0-n1-d2'],
    ['nam', false, 'nam'],
    // An HTML id holds no whitespace ("Phần thứ nhất" numbers a part).
    ['Phần thứ nhất.1', false, 'Phần_thứ_nhất.1']
  ])('%s (several notices: %s) is %s', (id, several, anchor) => {
    expect(taskAnchor({id}, 0, several)).toBe(anchor)
  })
})

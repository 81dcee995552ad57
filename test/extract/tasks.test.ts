/**
 * Tasks in paragraphs that are not numbered items: where the paragraphs of a Word or PDF export begin
 * and end, which of them assign work, and which only lead into the numbered items after them.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {covered, fixture} from '../helpers.js'

const today = '2026-06-10'

describe('tasks: paragraphs without numbers', () => {
  it('finds the assigning paragraph among lines with no blank line between them (033, a công văn)', () => {
    const input = fixture('033.txt')
    const {tasks} = parseNotice(input, {reference: today})
    expect(tasks.map((task) => task.id)).toEqual(['p1'])
    const [task] = tasks
    expect(task?.text.startsWith('Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp')).toBe(true)
    // It ends with its own sentence: neither the lead-in before it nor the closing line after it.
    expect(task?.text.endsWith('trình UBND tỉnh xem xét, quyết định trước ngày 15/9/2025.')).toBe(true)
    expect(task?.assignees).toEqual([
      {name: 'Sở Công Thương', role: 'lead', inherited: false},
      {name: 'Sở Tư pháp và các cơ quan có liên quan', role: 'support', inherited: false}
    ])
    expect(task?.deadlines.map((deadline) => deadline.date)).toEqual(['2025-09-15'])
    expect(covered(input, task!.position).startsWith('Giao Sở Công Thương')).toBe(true)
  })

  it.each([
    ['034.txt', 'Sở Công Thương yêu cầu các đơn vị sản xuất', {name: 'các đơn vị sản xuất', role: 'responsible', inherited: false}],
    ['011.txt', 'Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị', {name: 'các cơ quan, đơn vị của Trung ương', role: 'responsible', inherited: false}]
  ])('reads a directive word before a group as assigning work (%s: “%s …”)', (file, phrase, assignee) => {
    const {tasks} = parseNotice(fixture(file), {reference: today})
    const task = tasks.find((candidate) => candidate.text.includes(phrase))
    expect(task, tasks.map((candidate) => candidate.text.slice(0, 60)).join('\n')).toBeDefined()
    expect(task?.assignees).toContainEqual(assignee)
  })

  it('keeps the deadline of such a paragraph (034: “… trước ngày 08 tháng 4 năm 2026”)', () => {
    const {tasks} = parseNotice(fixture('034.txt'), {reference: today})
    expect(tasks.flatMap((task) => task.deadlines.map((deadline) => [deadline.date, deadline.kind]))).toEqual([['2026-04-08', 'before']])
  })

  it('takes the end of the one window of a task without a deadline (011: “treo cờ từ ngày 10/5/2026 đến hết ngày 14/5/2026”)', () => {
    const {tasks} = parseNotice(fixture('011.txt'), {reference: today})
    expect(tasks[0]?.deadlines.map((deadline) => [deadline.date, deadline.kind, deadline.raw])).toEqual([
      ['2026-05-14', 'by-end-of-period', 'từ ngày 10/5/2026 đến hết ngày 14/5/2026']
    ])
  })

  it('takes the day of the one event of a task without a deadline (015: “tổ chức đại hội … vào ngày 09/4/2025”)', () => {
    const {tasks} = parseNotice(fixture('015.txt'), {reference: today})
    expect(tasks[0]?.deadlines.map((deadline) => [deadline.date, deadline.kind, deadline.raw])).toEqual([['2025-04-09', 'on', 'ngày 09/4/2025']])
  })

  it.each([
    ['a deadline of its own', 'Yêu cầu Sở Tài chính tổng hợp số liệu từ ngày 01/01/2026 đến ngày 30/6/2026, gửi trước ngày 15/7/2026.', [['2026-07-15', 'before']]],
    ['two windows', 'Yêu cầu Sở Tài chính trực từ ngày 01/7/2026 đến ngày 05/7/2026 và từ ngày 01/9/2026 đến ngày 03/9/2026.', []],
    ['a named period', 'Yêu cầu Sở Tài chính rà soát kế hoạch giai đoạn từ năm 2026 đến năm 2030.', []],
    ['an event and a deadline', 'Yêu cầu Sở Tài chính chuẩn bị hội nghị vào ngày 20/7/2026, gửi tài liệu trước ngày 10/7/2026.', [['2026-07-10', 'before']]],
    ['a window and an event', 'Yêu cầu Sở Tài chính trực từ ngày 01/7/2026 đến ngày 05/7/2026 và họp vào ngày 06/7/2026.', []]
  ])('reads no window or event as a deadline beside %s', (_name, body, expected) => {
    const {tasks} = parseNotice(`CÔNG VĂN\nV/v triển khai\n\nKính gửi: Sở Tài chính\n\n${body}\n\nNơi nhận:\n- Như trên;\n`, {reference: today})
    expect(tasks[0]?.deadlines.map((deadline) => [deadline.date, deadline.kind])).toEqual(expected)
  })

  it('leaves out a sentence that leads into numbered items (013: “… yêu cầu các Bộ trưởng, …:”)', () => {
    const {tasks} = parseNotice(fixture('013.txt'), {reference: today})
    expect(tasks.some((task) => task.text.includes('Thủ tướng Chính phủ yêu cầu các Bộ trưởng'))).toBe(false)
    expect(tasks[0]?.id).toBe('I.1')
  })

  it.each([
    ['a paragraph that goes on after a line break', 'Giao Sở Tài chính chủ trì, phối hợp với các sở\nliên quan tham mưu trước ngày 30/6/2026.', 1],
    ['a sentence ending a line in a wrapped paragraph, the next in lower case', 'Giao Sở Tài chính chủ trì tham mưu.\ntrước ngày 30/6/2026 báo cáo.', 1],
    ['two paragraphs on consecutive lines', 'Giao Sở Tài chính chủ trì tham mưu trước ngày 30/6/2026.\nGiao Sở Nội vụ chủ trì rà soát trước ngày 15/7/2026.', 2],
    ['the noun, not the verb', 'Theo yêu cầu của Bộ Tài chính, nhiệm vụ được giao, công tác năm 2026 đạt kết quả tốt.', 0]
  ])('%s', (_name, body, count) => {
    const {tasks} = parseNotice(`CÔNG VĂN\nV/v triển khai\n\nKính gửi: Sở Tài chính\n\n${body}\n\nNơi nhận:\n- Như trên;\n`, {reference: today})
    expect(tasks).toHaveLength(count)
  })
})

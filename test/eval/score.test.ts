import {describe, expect, it} from 'vitest'
import {figures, findTask, nameHolds, scoreDocument, symbolKey, sumScores} from '../../scripts/eval/score.mjs'

describe('nameHolds: the gold lead as whole words of an assignee', () => {
  it.each([
    ['Sở Xây dựng', 'Sở Xây dựng', true],
    ['Sở Xây dựng chủ trì', 'so xay dung', true],
    ['Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã', true],
    ['Tổng cục Thuế', 'Cục Thuế', false],
    ['Phó Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', false],
    ['Chi cục Thuế khu vực', 'Cục Thuế', false],
    ['Cục Thuế tỉnh', 'Cục Thuế', true],
    ['Bộ Xây dựng', 'Sở Xây dựng', false],
    ['Sở Xây dựngg', 'Sở Xây dựng', false],
    ['Ban Tổ chức Thành ủy', 'Ban Tổ chức Thành uỷ', true],
    // "đồng chí" folds to "dong chi": the "chí" of a title is not the "Chi" of "Chi cục".
    ['Các đồng chí Đảng uỷ viên, Bí thư chi bộ', 'Đảng uỷ viên', true],
    ['Các đồng chí Uỷ viên Ban Thường vụ Đảng uỷ', 'Uỷ viên Ban Thường vụ Đảng uỷ', true],
    ['anything', '', false]
  ])('%s holds %s: %s', (name, gold, expected) => {
    expect(nameHolds(name, gold)).toBe(expected)
  })
})

describe('symbols and snippets', () => {
  it('compares symbols without marks and spaces', () => {
    expect(symbolKey('7432 /UBND-XD')).toBe(symbolKey('7432/UBND-XD'))
    expect(symbolKey('2280/QĐ-UBND')).toBe(symbolKey('2280/QD-UBND'))
    expect(symbolKey('45-TB/TU')).not.toBe(symbolKey('45-TB/ĐU'.replace('Đ', 'X')))
  })

  it('finds the shortest task that holds a snippet, Markdown and spaces aside', () => {
    const tasks = [
      {id: '1', text: 'Giao Sở Xây dựng chủ trì rà soát hồ sơ và báo cáo kết quả'},
      {id: '1.a', text: 'rà soát **hồ sơ**   và báo cáo'}
    ]
    expect(findTask(tasks, 'rà soát hồ sơ và báo cáo')?.id).toBe('1.a')
    expect(findTask(tasks, 'không có trong văn bản')).toBeNull()
  })
})

describe('scoreDocument', () => {
  const answer = {
    file: 'x.txt',
    issuer: 'party',
    document: {typeCode: 'TB', number: '45-TB/ĐU', date: '2025-10-01', signer: 'Vũ Thị Trang'},
    receipt: null,
    deadlineDates: ['2025-12-01', '2025-12-31'],
    tasks: [
      {snippet: 'Văn phòng Đảng ủy tham mưu tổ chức hội nghị', dates: ['2025-12-01'], lead: 'Văn phòng Đảng ủy'},
      {snippet: 'các chi bộ quán triệt nghị quyết đến đảng viên', dates: [], lead: 'chi bộ'},
      {snippet: 'rà soát danh sách đảng viên trong năm 2025', dates: ['2025-12-31'], lead: null}
    ],
    references: ['18-KL/TW', '300/2025/NĐ-CP'],
    unscored: ['signer']
  }
  const notice = {
    document: {type: {code: 'TB'}, number: '45-TB/DU', date: '2025-10-02'},
    signature: {name: 'Someone else'},
    receipt: null,
    tasks: [
      {
        id: '1',
        text: 'Văn phòng Đảng ủy tham mưu tổ chức hội nghị trước ngày 01/12/2025',
        assignees: [{name: 'Văn phòng Đảng ủy', role: 'lead'}],
        deadlines: [{date: '2025-12-01'}]
      },
      {
        id: '2',
        text: 'Các chi bộ quán triệt nghị quyết đến đảng viên',
        assignees: [],
        deadlines: [{date: '2026-01-15'}]
      }
    ],
    references: [{number: '18-KL/TW'}, {number: null}, {number: '99/QĐ-UBND'}]
  }

  it('counts every field', () => {
    const score = scoreDocument(notice, answer)
    // typeCode and number right (marks ignored), date wrong, signer unscored, receipt right (both none).
    expect(score.header).toMatchObject({right: 3, total: 4})
    expect(score.dates).toMatchObject({hits: 1, found: 2, expected: 2, extra: ['2026-01-15'], missed: ['2025-12-31']})
    // The second snippet starts in lower case: snippets are exact, so it is not found.
    expect(score.tasks).toMatchObject({sampled: 3, found: 1, attached: 1, leads: 2, leadRight: 1})
    expect(score.references).toMatchObject({hits: 1, found: 2, expected: 2})
    const values = figures(sumScores([score, score]))
    expect(values.datesPrecision).toBe(0.5)
    expect(values.found).toBeCloseTo(1 / 3)
    expect(values.lead).toBe(0.5)
  })

  it('wants a task with no gold dates to carry none', () => {
    const score = scoreDocument(
      {...notice, tasks: [{...notice.tasks[1], text: 'các chi bộ quán triệt nghị quyết đến đảng viên'}]},
      {...answer, tasks: [answer.tasks[1]]}
    )
    expect(score.tasks).toMatchObject({found: 1, attached: 0})
  })
})

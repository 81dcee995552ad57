/**
 * uncovered-deadlines, case by case: which deadline phrases outside the tasks it counts, per region, and
 * which it leaves alone (history, horizons, starts, citations, what a task carries).
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import type {RuleSettings} from '../../src/rules/run.js'

const id = 'uncovered-deadlines'
const header =
  'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n\nSố: 123/TB-UBND\n\nHải Phòng, ngày 05 tháng 6 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch Ủy ban nhân dân thành phố về cải cách hành chính\n\n'
const closing = '\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An\n'
const dated = '1. Giao Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.'
const undated = '1. Giao Sở Nội vụ chủ trì rà soát thủ tục hành chính.'
const appendix = (rows: string): string =>
  `\nPHỤ LỤC I\n\nDANH MỤC NHIỆM VỤ\n\n(Kèm theo Thông báo số 123/TB-UBND ngày 05/6/2026)\n\n${rows}\n`

/** A notice: header, `body` (its opening and tasks), closing, then what is attached after the signature. */
function findings(body: string, attached = '', settings?: RuleSettings): Array<{line: number; column: number; quoted: string; message: string}> {
  const text = `${header}${body}${closing}${attached}`
  return parseNotice(text, {reference: '2026-06-20', rules: settings})
    .diagnostics.filter((diagnostic) => diagnostic.ruleId === id)
    .map((diagnostic) => ({
      line: diagnostic.position?.start.line ?? 0,
      column: diagnostic.position?.start.column ?? 0,
      quoted: text.slice(diagnostic.position?.start.offset, diagnostic.position?.end.offset),
      message: diagnostic.message
    }))
}

describe('uncovered-deadlines reports', () => {
  it.each([
    [
      'two phrases before the tasks',
      `Để chuẩn bị kỳ họp, Sở Nội vụ hoàn thành dự thảo trước ngày 15/7/2026 và Sở Tài chính gửi báo cáo chậm nhất ngày 31/7/2026. Chủ tịch kết luận:\n\n${dated}`,
      'trước ngày 15/7/2026',
      'Unexpected 2 deadline phrases in the body that no task carries, such as “trước ngày 15/7/2026”, expected each deadline to belong to a task'
    ],
    [
      'one phrase when no task has a deadline',
      `Sở Nội vụ hoàn thành dự thảo trước ngày 15/7/2026. Chủ tịch kết luận:\n\n${undated}`,
      'trước ngày 15/7/2026',
      'Unexpected 1 deadline phrase in the body that no task carries, such as “trước ngày 15/7/2026”, expected each deadline to belong to a task'
    ],
    [
      'a whole year with a completion word',
      `Sở Nội vụ hoàn thành trong năm 2026 việc sắp xếp bộ máy. Chủ tịch kết luận:\n\n${undated}`,
      'hoàn thành trong năm 2026',
      'Unexpected 1 deadline phrase in the body that no task carries, such as “hoàn thành trong năm 2026”, expected each deadline to belong to a task'
    ],
    [
      'a heading’s deadline that its tasks do not inherit',
      `Chủ tịch kết luận:\n\nII. Một số nhiệm vụ trọng tâm từ nay đến Tết Nguyên đán Đinh Mùi 2027:\n\n${undated}`,
      'từ nay đến Tết Nguyên đán Đinh Mùi 2027',
      'Unexpected 1 deadline phrase in the body that no task carries, such as “từ nay đến Tết Nguyên đán Đinh Mùi 2027”, expected each deadline to belong to a task'
    ]
  ])('in the body: %s', (_, body, quoted, message) => {
    expect(findings(body).map((found) => [found.quoted, found.message])).toEqual([[quoted, message]])
  })

  it('in an appendix whose rows are not read as tasks, at its first phrase, apart from the body', () => {
    const rows = '| STT | Nội dung | Thời hạn |\n|---|---|---|\n| | Rà soát quy trình nội bộ | Trước ngày 15/7/2026 |\n| | Công bố thủ tục | Chậm nhất ngày 31/7/2026 |'
    const found = findings(`Sở Nội vụ hoàn thành dự thảo trước ngày 15/7/2026. Chủ tịch kết luận:\n\n${dated}`, appendix(rows))
    expect(found.map((each) => [each.line, each.quoted, each.message])).toEqual([
      [
        33,
        'Trước ngày 15/7/2026',
        'Unexpected 2 deadline phrases in appendix PHỤ LỤC I that no task carries, such as “Trước ngày 15/7/2026”, expected each deadline to belong to a task'
      ]
    ])
  })
})

describe('uncovered-deadlines leaves alone', () => {
  it.each([
    ['deadlines inside numbered tasks', `Chủ tịch kết luận:\n\n${dated}\n\n2. Giao Sở Tài chính bố trí kinh phí, chậm nhất ngày 31/7/2026.`],
    ['a shared closing sentence the tasks inherit', `Chủ tịch kết luận:\n\n${undated}\n\n2. Giao Sở Tài chính bố trí kinh phí.\n\nCác nhiệm vụ trên hoàn thành trước ngày 30/6/2026.`],
    ['one phrase when a task has a deadline', `Sở Nội vụ hoàn thành dự thảo trước ngày 15/7/2026. Chủ tịch kết luận:\n\n${dated}`],
    ['history before the notice’s date', `Theo báo cáo, đến ngày 31/5/2026 đã có 15 sở hoàn thành; trong tháng 5/2026 đã giải quyết 1.200 hồ sơ, thời hạn trước ngày 01/6/2026.\n\n${undated}`],
    ['a report’s time frame', `Trong quý II năm 2026, mặc dù còn nhiều khó khăn, các sở đã hoàn thành chỉ tiêu. Chủ tịch kết luận:\n\n${undated}`],
    ['horizons', `Kế hoạch giai đoạn 2026 - 2030, tầm nhìn đến năm 2045 được triển khai trong năm 2026, đến năm 2030 đạt 100%.\n\n${undated}`],
    ['starts', `Quyết định có hiệu lực kể từ ngày 01/7/2026; thực hiện từ ngày 15/7/2026.\n\n${undated}`],
    ['a cited document', `Thực hiện Kế hoạch số 45/KH-UBND ngày 30/6/2026 của Ủy ban nhân dân thành phố, Chủ tịch kết luận:\n\n${undated}`],
    ['dates without a deadline word', `Ngày 02/6/2026, Chủ tịch chủ trì cuộc họp; hội nghị tổ chức vào ngày 10/7/2026.\n\n${undated}`]
  ])('%s', (_, body) => {
    expect(findings(body)).toEqual([])
  })

  it('an appendix whose rows are tasks', () => {
    const rows =
      '| STT | Nội dung | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Rà soát quy trình nội bộ | Sở Nội vụ | Trước ngày 15/7/2026 |\n| 2 | Công bố thủ tục | Sở Tư pháp | Chậm nhất ngày 31/7/2026 |'
    expect(findings(`Chủ tịch kết luận:\n\n${dated}`, appendix(rows))).toEqual([])
  })
})

describe('uncovered-deadlines options', () => {
  const setting = (options: {threshold: number; thresholdWithoutDeadlines: number}): RuleSettings => new Map([[id, {severity: 'warning' as const, options}]])
  const one = `Sở Nội vụ hoàn thành dự thảo trước ngày 15/7/2026. Chủ tịch kết luận:\n\n`

  it.each([
    ['`threshold` 1 counts a single phrase beside dated tasks', one + dated, {threshold: 1, thresholdWithoutDeadlines: 1}, 1],
    ['`threshold` 3 needs three', `Sở Nội vụ hoàn thành trước ngày 15/7/2026, Sở Tài chính chậm nhất ngày 31/7/2026. Chủ tịch kết luận:\n\n${dated}`, {threshold: 3, thresholdWithoutDeadlines: 1}, 0],
    ['`thresholdWithoutDeadlines` 2 spares a lone phrase when no task is dated', one + undated, {threshold: 2, thresholdWithoutDeadlines: 2}, 0]
  ])('%s', (_, body, options, count) => {
    expect(findings(body, '', setting(options))).toHaveLength(count)
  })
})

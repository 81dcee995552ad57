/**
 * What holds tasks: lists of names and parts that list names, criteria or forms do not; an article that
 * makes bodies answerable does, even when "chịu trách nhiệm" wraps over a line.
 */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

const today = '2026-06-10'
const closing = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A\n'

describe('what holds tasks', () => {
  it.each([
    [
      'items under a "Danh sách …" line are names',
      'CÔNG VĂN\n\n1. Giao Sở Tài chính rà soát trước ngày 30/6/2026.\n\nDanh sách các đơn vị chưa báo cáo\n\n1. Công ty Cổ phần A\n2. Công ty TNHH B\n',
      ['1']
    ],
    [
      'a list after an ordinary paragraph is read again',
      'CÔNG VĂN\n\nDanh sách các đơn vị chưa báo cáo: Công ty A, Công ty B.\n\nYêu cầu các đơn vị thực hiện:\n\n1. Rà soát hồ sơ trước ngày 30/6/2026.\n2. Báo cáo kết quả.\n',
      ['1', '2']
    ],
    [
      'an appendix that lists names holds no task',
      `CÔNG VĂN\n\n1. Yêu cầu các đơn vị báo cáo trước ngày 30/6/2026.${closing}\nPhụ lục 1: Danh sách các đơn vị đã báo cáo\n(Kèm theo Công văn số 12/SCT-CN)\n\n1. Công ty A\n2. Công ty B\n`,
      ['1']
    ],
    [
      'an attached plan holds tasks under its id',
      `QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Sở Nội vụ chịu\ntrách nhiệm thi hành Quyết định này./.${closing}\nKẾ HOẠCH\nCải cách hành chính năm 2026\n(Kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Sở Nội vụ chủ trì rà soát thủ tục trước ngày 30/9/2026.\n`,
      ['Điều2', 'KH.1']
    ],
    [
      'a numbered item that assesses, at any level',
      'THÔNG BÁO\n\nI. NỘI DUNG\n\n1. Kết quả đạt được: trong quý III năm 2025 xã hoàn thành các chỉ tiêu.\n\n2. Những hạn chế, tồn tại:\n- Tiến độ giải ngân chậm.\n\n3. Nhiệm vụ, giải pháp trọng tâm: Giao Văn phòng tham mưu trước ngày 30/11/2025.\n',
      ['I.3']
    ],
    [
      'a heading over sub-items that assesses',
      'THÔNG BÁO\n\n1. Tình hình thực hiện\n\na) Đã hoàn thành 10 nhiệm vụ.\n\n2. Giao Sở Nội vụ rà soát trước ngày 30/6/2026.\n',
      ['2']
    ],
    [
      'an assessment word that starts a task is no heading',
      'THÔNG BÁO\n\n1. Giao các xã thực hiện:\n\na) Hạn chế khoan, đào mới các giếng khai thác nước.\n\nb) Căn cứ vào\ntình hình thực tế, rà soát quy hoạch.\n',
      ['1', '1.a', '1.b']
    ]
  ])('%s', (_name, text, ids) => {
    expect(parseNotice(text, {reference: today}).tasks.map((task) => task.id)).toEqual(ids)
  })

  it.each([
    ['a dated report of what was done', 'Ngày 12/5/2026, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 45/KH-UBND.', 0],
    ['what a body has reported', 'Sở Tài chính đã báo cáo kết quả rà soát tại Văn bản số 12/STC-NS.', 0],
    ['what was assigned before, now asked again', 'Ủy ban nhân dân tỉnh đã giao Sở Tài chính rà soát; yêu cầu Sở Tài chính hoàn thành trước ngày 30/6/2026.', 0],
    ['a request after a look at the past', 'Ủy ban nhân dân các xã chủ trì rà soát các khoản chi đã phát sinh, báo cáo trước ngày 30/6/2026.', 1]
  ])('background is no task: %s', (_name, paragraph, count) => {
    const {tasks} = parseNotice(`CÔNG VĂN\nV/v triển khai\n\nKính gửi: Sở Tài chính\n\n${paragraph}${closing}`, {reference: today})
    expect(tasks).toHaveLength(count)
  })

  it.each([
    ['a bulleted list', 'Kính gửi:\n- Công an tỉnh;\n- Sở Tư pháp;\n- Ủy ban nhân dân các xã, phường.'],
    ['OCR bullets with numbers', 'Kính gửi:\n•1 Công an tỉnh;\n•2 Sở Tư pháp;\n•3 Ủy ban nhân dân các xã, phường.'],
    ['one line', 'Kính gửi: Công an tỉnh; Sở Tư pháp; Ủy ban nhân dân các xã, phường.']
  ])('never reads the addressees as tasks: %s', (_name, addressees) => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 12/UBND-KT\nV/v triển khai Kết luận\n\n${addressees}\n\nChủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện như sau:\n\n1. Rà soát các thủ tục hành chính, báo cáo trước ngày 30/3/2026.\n\n2. Tổng hợp kết quả, gửi Sở Tư pháp trước ngày 15/4/2026.${closing}`
    expect(parseNotice(text, {reference: today}).tasks.map((task) => task.id)).toEqual(['1', '2'])
  })

  it.each([
    ['a name wrapped in lower case', '4. Sở Nông\nnghiệp và Môi trường\n\nChủ trì rà soát các giếng khai thác nước dưới đất.', 'Sở Nông nghiệp và Môi trường'],
    ['a long line cut before a capital', '1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,\nChủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này.', 'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh'],
    ['a short heading, then its duties', '1. Công an tỉnh\nChủ trì, phối hợp với các sở kiểm tra an toàn phòng cháy.', 'Công an tỉnh']
  ])('reads the head of an item over the lines it wraps onto: %s', (_name, item, name) => {
    const {tasks} = parseNotice(`CÔNG VĂN\nV/v triển khai\n\nKính gửi: Các cơ quan\n\n${item}${closing}`, {reference: today})
    expect(tasks[0]?.assignees.map((assignee) => assignee.name)).toContain(name)
  })

  it.each([
    [
      'a part that assesses keeps the items of what to do',
      'THÔNG BÁO\n\nI. VỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025\n\n1. Kết quả đạt được: các chỉ tiêu cơ bản hoàn thành.\n\n2. Hạn chế: tiến độ giải ngân còn chậm.\n\n3. Phương hướng, nhiệm vụ, giải pháp năm 2026\n\na) Giao Sở Tài chính rà soát trước ngày 30/6/2026.\n',
      ['I.3', 'I.3.a']
    ],
    [
      'an item that assigns outright under a part that assesses (the next heading lost to OCR)',
      'THÔNG BÁO\n\nI. ĐÁNH GIÁ CHUNG\n\n1. Ban Thường vụ đánh giá cao kết quả đạt được trong năm.\n\n2. Giao Sở Nội vụ chủ trì rà soát trước ngày 30/6/2026.\n',
      ['I.2']
    ],
    [
      'items quoted from a regulation are the law’s, not tasks',
      'CÔNG VĂN\n\n1. Yêu cầu các tổ chức thực hiện đúng Điều 5 Nghị định số 10/2025/NĐ-CP, quy định:\n\na) “Tổ chức khai thác khoáng sản phải lập báo cáo định kỳ;\n\nb) Tổ chức khai thác khoáng sản phải nộp báo cáo đúng hạn.”\n\n2. Giao Sở Nông nghiệp và Môi trường kiểm tra trước ngày 30/6/2026.\n',
      ['1', '2']
    ],
    [
      'thanks alone are no task, a request in thanks is',
      'CÔNG VĂN\n\nKính gửi: Các cơ quan\n\nYêu cầu các cơ quan báo cáo trước ngày 30/6/2026.\n\nỦy ban nhân dân tỉnh trân trọng cảm ơn sự phối hợp của các cơ quan.\n\nỦy ban nhân dân tỉnh trân trọng cảm ơn và đề nghị các cơ quan tiếp tục phối hợp.\n',
      ['p1', 'p2']
    ]
  ])('%s', (_name, text, ids) => {
    expect(parseNotice(`${text}${closing}`, {reference: today}).tasks.map((task) => task.id)).toEqual(ids)
  })

  it.each([
    ['a request to a group', 'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện như sau:', 'responsible: các sở, ban, ngành'],
    ['an assignment of a lead', 'Giao Bộ Công an chủ trì, phối hợp với các bộ, ngành hoàn thiện dự thảo với các yêu cầu sau:', 'lead: Bộ Công an']
  ])('gives the bodies a lead-in names to the bare items after it: %s', (_name, leadIn, assignee) => {
    const text = `CÔNG VĂN\nV/v triển khai\n\nKính gửi: Các cơ quan\n\n${leadIn}\n\n1. Rà soát các thủ tục hành chính, báo cáo trước ngày 30/3/2026.\n\n2. Sở Tư pháp thẩm định các dự thảo trước ngày 15/4/2026.${closing}`
    const [first, second] = parseNotice(text, {reference: today}).tasks.map((task) =>
      task.assignees.map((item) => `${item.role}: ${item.name}${item.inherited ? ' (inherited)' : ''}`)
    )
    expect(first).toContain(`${assignee} (inherited)`)
    // An item that names its own body keeps to it.
    expect(second).toEqual(['responsible: Sở Tư pháp'])
  })

  it('ends a task’s text at "./." (OCR debris after it is not the task’s)', () => {
    const {tasks} = parseNotice(`QUYẾT ĐỊNH\n\nĐiều 1. Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./. Ñ ff i H\n${closing}`, {reference: today})
    expect(tasks.map((task) => task.text)).toEqual(['Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.'])
  })

  it('reads a Party công văn’s type without a code (047: “-CV/ĐU”)', () => {
    const {document} = parseNotice(fixture('047.txt'), {reference: today})
    expect(document.type).toMatchObject({code: null, name: 'Công văn'})
  })

  it('reads no task in the list of companies of a real appendix (034)', () => {
    const {tasks} = parseNotice(fixture('034.txt'), {reference: today})
    expect(tasks.map((task) => task.id)).toEqual(['p1'])
  })
})

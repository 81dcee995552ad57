/** The addressees of a letter do its bare items: "Kính gửi: X", or a short list under "Kính gửi:". */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {fixture} from '../helpers.js'

const today = '2026-06-10'
const closing = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A\n'

function assigneesOf(addressees: string): string[][] {
  const text = `BỘ CÔNG THƯƠNG\nSố: 12/BCT-ATMT\nV/v triển khai\n\n${addressees}\n\n1. Rà soát các quy định về vật liệu nổ công nghiệp.\n\n2. Sở Công Thương báo cáo kết quả trước ngày 30/4/2026.${closing}`
  return parseNotice(text, {reference: today}).tasks.map((task) => task.assignees.map((item) => `${item.role}: ${item.name}${item.inherited ? ' (inherited)' : ''}`))
}

describe('addressees', () => {
  it.each([
    ['one on the line', 'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố', [['responsible: Ủy ban nhân dân các tỉnh, thành phố (inherited)'], ['responsible: Sở Công Thương']]],
    ['a short list', 'Kính gửi:\n- Công an tỉnh;\n- Sở Tư pháp.', [['responsible: Công an tỉnh (inherited)', 'responsible: Sở Tư pháp (inherited)'], ['responsible: Sở Công Thương']]],
    ['a stamp’s debris before it', 'ĐẾN”? ¬ Kính gửi: Bộ trưởng Bộ Lao động - Thương binh và Xã hội.', [['responsible: Bộ trưởng Bộ Lao động - Thương binh và Xã hội (inherited)'], ['responsible: Sở Công Thương']]],
    ['a whole distribution is not who acts', 'Kính gửi:\n- Bộ A;\n- Bộ B;\n- Bộ C;\n- Bộ D;\n- Bộ E;\n- Bộ F;\n- Bộ G.', [[], ['responsible: Sở Công Thương']]]
  ])('%s', (_name, addressees, expected) => {
    expect(assigneesOf(addressees)).toEqual(expected)
  })

  it('gives a real letter’s addressee to its bare items (070)', () => {
    const {tasks} = parseNotice(fixture('070.txt'), {reference: today})
    const item = tasks.find((task) => task.text.startsWith('Ủy quyền Bộ trưởng'))
    expect(item?.assignees.map((assignee) => assignee.name)).toEqual(['Bộ trưởng Bộ Lao động - Thương binh và Xã hội'])
  })
})

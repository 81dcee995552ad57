import {describe, expect, it} from 'vitest'
import {deglue} from '../../src/text/deglue.js'

describe('deglue: words PDF extraction ran together', () => {
  it.each([
    ['Đảng uỷchủtrì', 'Đảng uỷ chủ trì'],
    ['căn cứchức năng', 'căn cứ chức năng'],
    ['từngày 01/7/2025', 'từ ngày 01/7/2025'],
    ['ĐềnghịĐảng uỷUBND xã', 'Đề nghị Đảng uỷ UBND xã'],
    ['Uỷban MTTQVN xã', 'Uỷ ban MTTQVN xã'],
    ['Ban Thường vụĐảng uỷtrước ngày 01/12/2025', 'Ban Thường vụ Đảng uỷ trước ngày 01/12/2025'],
    ['ứng dụng VNeID và eKYC', 'ứng dụng VNeID và eKYC'],
    ['Nguyễn Thành Sinh, nghiêng, khuỷu', 'Nguyễn Thành Sinh, nghiêng, khuỷu'],
    ['Hồ Chí Minh', 'Hồ Chí Minh'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaàaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaàaaaaaaaaaaaaaaaaaa']
  ])('%s → %s', (text, expected) => {
    expect(deglue(text)).toBe(expected)
  })
})

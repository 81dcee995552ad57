import {describe, expect, it} from 'vitest'
import {foldKey, foldLower, foldTone} from '../../src/text/fold.js'
import {wordAlternation} from '../../src/text/words.js'

describe('foldKey: upper case, no diacritics, same length', () => {
  it.each([
    ['Quyết định', 'QUYET DINH'],
    ['ĐẢNG ủy', 'DANG UY']
  ])('%s → %s', (text, expected) => {
    expect(foldKey(text)).toBe(expected)
  })
})

describe('foldLower: lower case, no diacritics, NFD too', () => {
  it.each([
    ['Chỉ thị', 'chi thi'],
    ['Kế hoạch'.normalize('NFD'), 'ke hoach'],
    ['ĐẢNG', 'dang']
  ])('%s → %s', (text, expected) => {
    expect(foldLower(text)).toBe(expected)
  })
})

describe('foldTone: case and tone placement, other marks kept', () => {
  it.each([
    ['UỶ BAN', 'Ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['khoẻ', 'khỏe'],
    ['cuả', 'của'],
    ['Thuỷ'.normalize('NFD'), 'thủy']
  ])('%s = %s', (a, b) => {
    expect(foldTone(a)).toBe(foldTone(b))
  })

  it('keeps the other marks and the length', () => {
    expect(foldTone('Cổng')).not.toBe(foldTone('Công'))
    expect(foldTone('Ủy ban nhân dân tỉnh Hoà Bình')).toHaveLength('Ủy ban nhân dân tỉnh Hoà Bình'.length)
  })
})

describe('wordAlternation', () => {
  it('escapes, joins the words of a phrase, puts the longest first', () => {
    expect(wordAlternation(['mưa', 'mưa bão', 'v/v'])).toBe('mưa\\s+bão|mưa|v\\/v')
    expect(wordAlternation(['HOI NGHI', 'KY HOP'], ' ')).toBe('HOI NGHI|KY HOP')
  })

  it('builds a pattern that matches whole phrases across spaces', () => {
    const pattern = new RegExp(`^(?:${wordAlternation(['thực hiện', 'dừng'])})$`, 'iu')
    expect(pattern.test('Thực  hiện')).toBe(true)
    expect(pattern.test('thực')).toBe(false)
  })
})

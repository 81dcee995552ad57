/** The syllable shape the encoding detector scores decodings by. */
import {describe, expect, it} from 'vitest'
import {isVietnameseSyllable, plausibility} from '../../src/read/vietnamese-syllables.js'

describe('isVietnameseSyllable', () => {
  const syllables = [
    'Việt', 'nghiêng', 'người', 'được', 'khuyến', 'quốc', 'giữa', 'gì', 'thuở', 'ỦY', 'uỷ', 'hòa', 'hoà', 'Đảng',
    'xã', 'chủ', 'nghĩa', 'ấy', 'yêu', 'khoảng', 'Hạnh', 'phúc', 'tập', 'lập', 'CỘNG', 'Vie\u0323\u0302t'
  ]
  const others = [
    'héi', 'hßa', 'x·', 'nghÜa', 'ViÖt', 'Coäng', 'hoøa', 'chuû', // legacy codes read as Windows-1252
    'été', 'mère', 'Größe', 'façade', // other languages
    'việtt', 'vịệt', 'ầằ', 'lập̀', // two tones, no nucleus
    'hàt', 'mèc', // huyền before a final p, t, c, ch
    'Cá»™ng' // UTF-8 read as Windows-1252
  ]
  for (const word of syllables) it(`${word} is a syllable`, () => expect(isVietnameseSyllable(word)).toBe(true))
  for (const word of others) it(`${word} is not`, () => expect(isVietnameseSyllable(word)).toBe(false))
})

describe('plausibility', () => {
  it('counts only words with non-ASCII letters, and not one-letter words', () => {
    expect(plausibility('Cộng hòa xã hội chủ nghĩa Việt Nam, đ/c Hà, 30/6/2026')).toEqual({good: 8, bad: 0})
    expect(plausibility('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toEqual({good: 1, bad: 6})
    expect(plausibility('“Trích yếu” – ngày')).toEqual({good: 3, bad: 0})
  })
})

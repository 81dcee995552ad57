/** The syllable shape the encoding detector scores decodings by. */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {foreignShare, isVietnameseSyllable, plausibility} from '../../src/read/vietnamese-syllables.js'

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

describe('foreignShare', () => {
  // [text, lowest, highest]: notices have a few abbreviations in ASCII, English prose most of its words.
  const cases: Array<[string, number, number]> = [
    ['Giao Sở Nội vụ chủ trì, phối hợp với UBND các quận, huyện rà soát, hoàn thành trước ngày 30/6/2026.', 0, 0.1],
    ['Giao So Noi vu chu tri, phoi hop voi cac quan huyen ra soat, bao cao truoc ngay 30/6/2026.', 0, 0.15], // no diacritics
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam, ®éc lËp tù do h¹nh phóc', 0, 0.15], // TCVN3 read as Windows-1252
    ['CÃ¡c Sá»Ÿ, ban, ngÃ nh chá»§ trÃ¬ thá»±c hiá»‡n', 0, 0.2], // UTF-8 read as Windows-1252
    ['This folder holds the week’s notices as text files. Run the check before committing.', 0.6, 1],
    ['- `parse` writes notices in one format; several files give one output with a section each.', 0.6, 1],
    ['steps:\n  - uses: actions/checkout@v4\n  - run: npx --no-install directive validate notices/', 0.6, 1],
    ['', 0, 0],
    ['30/6/2026 — 12.345', 0, 0]
  ]
  for (const [text, lowest, highest] of cases) {
    it(`${JSON.stringify(text.slice(0, 40))} is between ${lowest} and ${highest}`, () => {
      const share = foreignShare(text)
      expect(share).toBeGreaterThanOrEqual(lowest)
      expect(share).toBeLessThanOrEqual(highest)
    })
  }
})

describe('foreignShare of the corpus', () => {
  const directory = new URL('../../fixtures/corpus/', import.meta.url)
  it('is low for every real notice, abbreviations and all', () => {
    const shares = readdirSync(directory).filter((name) => /\.(txt|md)$/.test(name)).map((name) => [name, foreignShare(readFileSync(new URL(name, directory), 'utf8'))] as const)
    expect(shares.filter(([, share]) => share > 0.25)).toEqual([])
  })
})

/**
 * VNI ↔ Unicode: the DOMAIN.md §6 test vectors both ways, every Vietnamese letter both ways, and what a
 * VNI font does with mistyped case and with bytes that are not letters.
 */
import {describe, expect, it} from 'vitest'
import {decodeVni, encodeVni} from '../../src/read/vni.js'

/** VNI text as it looks in a Windows-1252 view (one character per byte) → its bytes. */
function bytes(latin: string): Uint8Array {
  return Uint8Array.from(Buffer.from(latin, 'latin1'))
}

const vectors: Array<[string, string]> = [
  ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ['ñöôïc', 'được'],
  ['ngöôøi', 'người'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ['UÛY BAN NHAÂN DAÂN', 'ỦY BAN NHÂN DÂN'],
  ['thuôû', 'thuở'],
  ['khuyeán khích', 'khuyến khích'],
  ['naêm, aên, ñaëc bieät, khaúng ñònh, ñaõ', 'năm, ăn, đặc biệt, khẳng định, đã'],
  ['kyø hoïp, Kyû luaät, lyù do, Myõ, ñònh kyø', 'kỳ họp, Kỷ luật, lý do, Mỹ, định kỳ'],
  ['ngaøy 30/6/2026', 'ngày 30/6/2026']
]

describe('VNI', () => {
  for (const [vni, unicode] of vectors) {
    it(`decodes ${vni}`, () => {
      expect(decodeVni(bytes(vni))).toBe(unicode)
    })

    it(`encodes ${unicode}`, () => {
      expect([...encodeVni(unicode)]).toEqual([...bytes(vni)])
    })
  }

  it('writes and reads back all 134 Vietnamese letters', () => {
    const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']
    const letters = [...vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC'))), 'đ']
    const all = [...letters, ...letters.map((letter) => letter.toUpperCase())]
    expect(all).toHaveLength(2 * (12 * 6 + 1))
    for (const letter of all) {
      const encoded = encodeVni(letter)
      expect(encoded.length, letter).toBeGreaterThan(0)
      expect(encoded.length, letter).toBeLessThanOrEqual(2)
      expect(decodeVni(encoded), letter).toBe(letter)
    }
  })

  it('reads a capital with a small mark (mistyped case) as the capital letter', () => {
    expect(decodeVni(bytes('Aù Oà'))).toBe('Á Ồ')
  })

  it('keeps Windows-1252 punctuation and digits', () => {
    expect(decodeVni(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x31, 0x2c, 0x35, 0x25]))).toBe('“A” – 1,5%')
  })

  it('does not pair a mark with a consonant', () => {
    expect(decodeVni(bytes('bù'))).toBe('bù')
  })
})

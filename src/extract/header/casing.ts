/**
 * Upper-case body names → the mixed case they take in running text (NĐ 30 Appendix II capitalisation):
 * `ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI` → `Ủy ban nhân dân thành phố Hà Nội`, `BAN THƯỜNG VỤ THÀNH ỦY` →
 * `Ban Thường vụ Thành ủy`. Known words and phrases come from `lexicon/name-case.ts`; other words are
 * taken to be proper names (places) and get a capital initial; abbreviations (`UBND`) stay as written.
 */
import {nameCase} from '../../lexicon/name-case.js'
import {foldTone} from '../../text/fold.js'
import {lookupAbbreviation} from './abbreviations.js'

interface Phrase {
  words: string[]
  display: string[]
}

const table = new Map<string, Phrase[]>()
let longest = 1
for (const phrase of nameCase) {
  const display = phrase.split(' ')
  const words = display.map((word) => foldTone(word.replace(/,$/u, '')))
  const first = words[0] ?? ''
  const list = table.get(first) ?? []
  list.push({words, display})
  list.sort((a, b) => b.words.length - a.words.length)
  table.set(first, list)
  longest = Math.max(longest, words.length)
}

/**
 * Mixed-case form of an upper-case body name.
 *
 * @param text
 *   Name as written (upper case, possibly over several lines, already joined).
 * @returns
 *   The name as it is written in running text, first letter capital.
 */
export function displayCase(text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean)
  const out: string[] = []
  let index = 0
  while (index < words.length) {
    const matched = matchPhrase(words, index)
    if (matched) {
      out.push(...matched.display.map((word, offset) => keepPunctuation(words[index + offset] ?? '', word)))
      index += matched.words.length
      continue
    }

    const word = words[index] ?? ''
    out.push(displayWord(word))
    index++
  }

  const result = out.join(' ')
  return result.charAt(0).toUpperCase() + result.slice(1)
}

function matchPhrase(words: string[], index: number): Phrase | null {
  const first = foldTone(stripPunctuation(words[index] ?? ''))
  const candidates = table.get(first)
  if (!candidates) return null
  for (const candidate of candidates) {
    let ok = true
    for (const [offset, key] of candidate.words.entries()) {
      const word = words[index + offset]
      // Inner punctuation (a comma after "Văn hóa,") must match; a trailing one only on the last word.
      if (word === undefined || foldTone(stripPunctuation(word)) !== key) {
        ok = false
        break
      }
    }

    if (ok) return candidate
  }

  return null
}

function displayWord(word: string): string {
  const bare = stripPunctuation(word)
  if (!/\p{sc=Latn}/u.test(bare)) return word
  // Abbreviations keep their capitals: UBND, HĐND, TP.
  if (lookupAbbreviation(bare) || !/[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u.test(bare)) {
    return word
  }

  const lower = word.toLowerCase()
  const first = lower.search(/\p{sc=Latn}/u)
  return lower.slice(0, first) + lower.charAt(first).toUpperCase() + lower.slice(first + 1)
}

function stripPunctuation(word: string): string {
  return word.replace(/^[^\p{sc=Latn}\d\p{No}]+|(?<![^\p{sc=Latn}\d\p{No}])[^\p{sc=Latn}\d\p{No}]+$/gu, '')
}

/** Display form of a table word with the punctuation the written word had around it. */
function keepPunctuation(written: string, display: string): string {
  const lead = /^[^\p{sc=Latn}\d\p{No}]*/u.exec(written)?.[0] ?? ''
  const trail = /(?<![^\p{sc=Latn}\d\p{No}])[^\p{sc=Latn}\d\p{No}]*$/u.exec(written)?.[0] ?? ''
  return lead + stripPunctuation(display) + trail
}

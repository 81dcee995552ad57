/**
 * Words that PDF extraction ran together ("Đảng uỷchủtrì", "căn cứchức năng", "ĐềnghịĐảng uỷUBND xã"),
 * split where the join is certainly not Vietnamese: a word with Vietnamese letters that is not one
 * syllable, cut into syllables (or an acronym after a lower-case letter). For matching names and words
 * only: the text a model item quotes is never changed.
 */
import {isVietnameseSyllable} from '../read/vietnamese-syllables.js'
import {CharClass, nextCharacter} from './char-class.js'
import {documentCache, RecentCache} from './recent-cache.js'

/** Letters: a run of them with one outside ASCII is a candidate (English and codes such as VNeID stay). */
const latin = new CharClass('\\p{sc=Latn}')
const vietnamese = /[^\p{ASCII}]/u

/** Initial consonants by length, to prefer "từ|ngày" over "từn|gày". */
const initials = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr']

/**
 * The text with glued words split.
 *
 * @param text
 *   Any text.
 * @returns
 *   The text, a space inserted at each certain join.
 */
export function deglue(text: string): string {
  // The same task text is read by several readers: each is split once.
  return texts.get(text, splitWords)
}

const texts = documentCache<string, string>(500)

function splitWords(text: string): string {
  // Most texts have no glued word: they are returned as they are, not copied.
  let split = ''
  let copied = 0
  for (let index = 0; index < text.length; ) {
    const end = latin.runEnd(text, index)
    if (end === index) {
      index = nextCharacter(text, index)
      continue
    }

    if (end - index >= 4 && end - index <= 40) {
      const letters = text.slice(index, end)
      // Words repeat within a document and across a batch: each is judged once.
      const judged = words.get(letters, judge)
      if (judged !== letters) {
        split += text.slice(copied, index) + judged
        copied = end
      }
    }

    index = end
  }

  return copied === 0 ? text : split + text.slice(copied)
}

function judge(letters: string): string {
  return !vietnamese.test(letters) || isVietnameseSyllable(letters) ? letters : (split(letters, new Map()) ?? letters)
}

const words = new RecentCache<string, string>(10_000)

/** The word cut into syllables and acronyms, or null when it cannot be (each tail tried once). */
function split(word: string, tried: Map<string, string | null>): string | null {
  if (isVietnameseSyllable(word)) return word
  const known = tried.get(word)
  if (known !== undefined) return known
  tried.set(word, null)
  const result = cut(word, tried)
  tried.set(word, result)
  return result
}

function cut(word: string, tried: Map<string, string | null>): string | null {
  // An upper-case letter after a lower-case one starts a new word ("vụĐảng", "uỷUBND").
  const caseJoin = /\p{Ll}(?=\p{Lu})/u.exec(word)
  if (caseJoin) {
    const left = split(word.slice(0, caseJoin.index + 1), tried)
    const right = word.slice(caseJoin.index + 1)
    return left ? `${left} ${isAcronym(right) ? right : (split(right, tried) ?? right)}` : null
  }

  // Of the cuts into syllables, the one whose next syllable opens with the longest consonant cluster
  // ("từ|ngày", not "từn|gày"), then the one with the fewest pieces ("Uỷ|ban", not "U|ỷ|ban").
  let best: string | null = null
  let bestScore = -Infinity
  for (let at = 1; at < word.length; at++) {
    const left = word.slice(0, at)
    if (!isVietnameseSyllable(left)) continue
    const rest = word.slice(at)
    const right = split(rest, tried)
    if (!right) continue
    const initial = initials.find((cluster) => rest.toLowerCase().startsWith(cluster))?.length ?? 1
    const score = initial * 100 - right.split(' ').length
    if (score > bestScore) {
      best = `${left} ${right}`
      bestScore = score
    }
  }

  return best
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word)
}

/**
 * The stretch of the original text that a stretch of its deglued form stands for: "Uỷ ban Kiểm tra" read
 * from "Uỷban Kiểm tra" is written "Uỷban Kiểm tra". Deglue only inserts spaces, so the two texts walk
 * together.
 *
 * @param original
 *   Text before `deglue`.
 * @param deglued
 *   `deglue(original)`.
 * @param from
 *   Start of the stretch in `deglued`.
 * @param to
 *   End of the stretch in `deglued`.
 */
export function gluedSpan(original: string, deglued: string, from: number, to: number): string {
  if (original.length === deglued.length) return original.slice(from, to)
  let at = 0
  let start = 0
  for (let index = 0; index <= deglued.length && index <= to; index++) {
    if (index === from) start = at
    if (index === to) return original.slice(start, at)
    if (deglued[index] === original[at]) at++
  }

  return deglued.slice(from, to)
}

/**
 * Words and phrase tables: the one word-boundary convention of the domain's vocabulary. Text is cut into
 * words (runs of letters and digits) and punctuation marks, each with its folded key (`foldKey`: no
 * diacritics, upper case), so a table written with diacritics matches OCR text that lost them, and a
 * phrase can never match inside a longer word.
 */
import {CharClass, nextCharacter} from './char-class.js'
import {escapeRegExp} from './escape-regexp.js'
import {foldKey} from './fold.js'
import {documentCache, RecentCache} from './recent-cache.js'
import {hasWordChar} from './word-boundary.js'

export type Word = {
  /** As written. */
  text: string
  /** Folded: no diacritics, upper case. */
  key: string
  /** Lower case, diacritics kept: how a one-word phrase must match. */
  lower: string
  /** Offset of the first character in the text. */
  start: number
  /** Offset after the last character. */
  end: number
  /** Starts with a capital letter (a name's word, or a sentence's first). */
  capital: boolean
  /** A punctuation mark rather than a word. */
  mark: boolean
}

/**
 * A word: a run of letters and digits, runs joined by `/`, `.` or a dash ("UBND", "389/BCĐ", "Covid-19").
 * Every other character of {@link marks} is a word of its own; anything else separates words.
 */
const letters = new CharClass('[\\p{sc=Latn}\\p{M}\\d\\p{No}]')
const joiners = '/.-–'
const marks = ',;:.()-–+&/'

/**
 * Cuts text into words and punctuation marks.
 *
 * @param text
 *   NFC text.
 * @returns
 *   Words in order, with their offsets and folded keys.
 */
export function wordsOf(text: string): readonly Word[] {
  // A task's text is read by several readers (assignees, headings, scope): it is cut once.
  return texts.get(text, cut)
}

/** Texts cut (a document reads a few hundred), and what each word seen is. */
const texts = documentCache<string, readonly Word[]>(500)
const shapes = new RecentCache<string, Shape>(10_000)

/** What a word is, whatever its place: the same for every time it is written. */
type Shape = Pick<Word, 'key' | 'lower' | 'capital' | 'mark'>

function shapeOf(value: string): Shape {
  const first = value[0] ?? ''
  return {key: foldKey(value), lower: value.toLowerCase(), capital: first !== first.toLowerCase(), mark: !hasWordChar(first)}
}

function cut(text: string): readonly Word[] {
  const words: Word[] = []
  let index = 0
  while (index < text.length) {
    let end = letters.runEnd(text, index)
    if (end > index) {
      // A joiner with letters on both sides is inside the word.
      while (joiners.includes(text[end] ?? ' ')) {
        const after = letters.runEnd(text, end + 1)
        if (after === end + 1) break
        end = after
      }
    } else if (marks.includes(text[index] ?? ' ')) {
      end = index + 1
    } else {
      index = nextCharacter(text, index)
      continue
    }

    words.push(wordAt(text, index, end))
    index = end
  }

  return words
}

function wordAt(text: string, start: number, end: number): Word {
  const value = text.slice(start, end)
  const shape = shapes.get(value, shapeOf)
  return {text: value, key: shape.key, lower: shape.lower, start, end, capital: shape.capital, mark: shape.mark}
}

/**
 * A set of phrases looked up by words: which phrase of the table starts at a word, longest first.
 * Matching is on folded keys, whole words only. A phrase of one word must also match with its diacritics
 * (case aside): folded, short words collide ("từ" and "tư", "Quý" and "Quỹ", "đang" and "đảng").
 */
export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>()
  private readonly single = new Set<string>()
  /** Words of the longest phrase. */
  private longest = 0
  /**
   * Bit `c & 31` set for the first unit `c` of every phrase's first key: a word whose bit is clear starts
   * no phrase, which a bit test tells sooner than a lookup. A table is tried at every word of a text and
   * most words start none of its phrases.
   */
  private firstUnits = 0

  /**
   * @param phrases
   *   Phrases as written in the lexicon ("Ủy ban nhân dân", "chủ trì"); punctuation inside a phrase
   *   ("tổ chức chính trị - xã hội") is matched as its own word.
   */
  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const keys = wordsOf(phrase).map((word) => word.key)
      const first = keys[0]
      if (first === undefined) continue
      if (keys.length === 1) this.single.add(phrase.toLowerCase())
      this.longest = Math.max(this.longest, keys.length)
      this.firstUnits |= 1 << (first.charCodeAt(0) & 31)
      const list = this.byFirst.get(first) ?? []
      list.push(keys)
      this.byFirst.set(first, list)
    }

    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length)
  }

  /** Number of words of the longest phrase that starts at `words[at]`; 0 when none does. */
  match(words: readonly Word[], at: number): number {
    const key = words[at]?.key
    if (key === undefined || (this.firstUnits & (1 << (key.charCodeAt(0) & 31))) === 0) return 0
    const candidates = this.byFirst.get(key)
    if (!candidates) return 0
    next: for (const keys of candidates) {
      if (keys.length === 1 && !this.single.has(words[at]?.lower ?? '')) continue
      for (let index = 1; index < keys.length; index++) if (words[at + index]?.key !== keys[index]) continue next
      return keys.length
    }

    return 0
  }

  /** Number of words of the longest phrase of the table that ends right before `words[end]`; 0 when none does. */
  matchBefore(words: readonly Word[], end: number): number {
    for (let length = Math.min(this.longest, end); length > 0; length--) if (this.match(words, end - length) === length) return length
    return 0
  }

  /** Index of the first word where a phrase of the table starts, or -1. */
  findIn(words: readonly Word[], from = 0): number {
    for (let index = from; index < words.length; index++) if (this.match(words, index) > 0) return index
    return -1
  }

  /** Whether the whole text is one phrase of the table. */
  is(text: string): boolean {
    const words = wordsOf(text)
    return words.length > 0 && this.match(words, 0) === words.length
  }
}

/**
 * A regular-expression alternation of a word list, for the lists a pattern matches in place rather than
 * by `PhraseTable`: each phrase escaped, its words joined by `space`, longest first so that a phrase wins
 * over its own beginning ("mưa bão" before "mưa"). No group and no boundary: the caller adds them.
 *
 * @param phrases
 *   Phrases as written in the lexicon, single-spaced.
 * @param space
 *   Pattern between the words of a phrase; `\s+` unless given.
 * @returns
 *   `a|b|…` source.
 */
export function wordAlternation(phrases: Iterable<string>, space = '\\s+'): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).split(' ').join(space))
    .join('|')
}

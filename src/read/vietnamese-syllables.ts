/**
 * How much a text reads as Vietnamese: its words with non-ASCII letters are checked against the shape of
 * a Vietnamese syllable (initial consonant, vowel nucleus, final consonant, at most one tone, and only
 * sắc or nặng before a final p, t, c, ch). A wrong decoding of legacy bytes yields symbols inside words,
 * two tones on one syllable, vowel runs Vietnamese does not have or a huyền on `…t`; the right one yields
 * syllables. Used to choose an encoding, and to tell a text in another language (a README, notes in
 * English) from a notice; never to judge a notice.
 */

/** Tone marks (NFD): sắc, huyền, hỏi, ngã, nặng. */
const toneMarks = new Set(['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'])
const sacOrNang = new Set(['\u0301', '\u0323'])

/** Initial consonants, longest first so `ngh` is tried before `ng` and `n`. */
const initials = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '']

/** Final consonants, longest first. */
const finals = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', '']

/** Finals after which the tone can only be sắc or nặng. */
const stopFinals = new Set(['c', 'ch', 'p', 't'])

/** Vowel nuclei without tone, glides included (`oa`, `uyê`, `ươi`). */
const nuclei = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu yêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu'
  ).split(' ')
)

/** The nuclei as written without diacritics (`ươ` → `uo`), for Vietnamese typed in plain ASCII. */
const asciiNuclei = new Set([...nuclei].map((nucleus) => nucleus.normalize('NFD').replace(/[^a-z]/g, '')))

/** The Vietnamese alphabet without tones (f, j, w, z only occur in loan words, written in ASCII). */
const letters = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy')

/**
 * Characters that separate words: whitespace, ASCII punctuation, digits and general punctuation (quotes,
 * dashes). Latin-1 symbols are not among them: in a misread TCVN3 text `©` or `·` are letters.
 */
function isSeparator(code: number): boolean {
  return (
    code <= 0x40 || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7f) || code === 0xa0 || (code >= 0x2000 && code <= 0x206f)
  )
}

/**
 * Whether a word is one Vietnamese syllable.
 *
 * @param word
 *   A word, any case, composed or not.
 * @returns
 *   True when it is shaped like a syllable.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length > 12) return false
  let tone = ''
  let bare = ''
  for (const char of word.normalize('NFD')) {
    if (!toneMarks.has(char)) {
      bare += char
      continue
    }

    if (tone !== '') return false
    tone = char
  }

  bare = bare.normalize('NFC').toLowerCase()
  if (bare.length > 7) return false
  for (const char of bare) if (!letters.has(char)) return false
  return shaped(bare, nuclei, (final) => !stopFinals.has(final) || sacOrNang.has(tone))
}

/**
 * Whether a toneless lower-case word splits into an initial, a nucleus of `nucleusSet` and a final that
 * `finalFits`.
 */
function shaped(bare: string, nucleusSet: ReadonlySet<string>, finalFits: (final: string) => boolean): boolean {
  if (bare.length > 7) return false
  for (const initial of initials) {
    if (!bare.startsWith(initial)) continue
    for (const final of finals) {
      if (bare.length - initial.length - final.length < 1 || !bare.endsWith(final)) continue
      if (nucleusSet.has(bare.slice(initial.length, bare.length - final.length)) && finalFits(final)) return true
    }
  }

  return false
}

/** Counts of words with non-ASCII letters that are, or are not, Vietnamese syllables. */
export interface Plausibility {
  good: number
  bad: number
}

/**
 * Scores a text.
 *
 * @param text
 *   Text (a sample is enough: a few kilobytes decide).
 * @returns
 *   How many of its non-ASCII words are syllables and how many are not; one-letter words count for
 *   neither (`đ/c`, a stray symbol).
 */
export function plausibility(text: string): Plausibility {
  const result: Plausibility = {good: 0, bad: 0}
  eachWord(text, (word, ascii) => {
    if (ascii) return
    if (isVietnameseSyllable(word)) result.good++
    else result.bad++
  })
  return result
}

/**
 * How much of a text is in another language: the share of its words (two letters or more) that are
 * plain ASCII and no Vietnamese syllable, even one typed without diacritics. A notice has a few
 * (abbreviations: UBND, KT-XH; loan words), 5 to 15 in 100 words; English prose 55 in 100 and more.
 * Mojibake does not count here: its words carry non-ASCII symbols.
 *
 * @param text
 *   Text (a sample is enough).
 * @returns
 *   A share from 0 to 1; 0 for a text without words.
 */
export function foreignShare(text: string): number {
  let words = 0
  let foreign = 0
  eachWord(text, (word, ascii) => {
    words++
    if (ascii && !isPlainSyllable(word)) foreign++
  })
  return words === 0 ? 0 : foreign / words
}

/**
 * Whether an ASCII word can be a Vietnamese syllable written without diacritics ("truoc", "hop"): any
 * initial, nucleus and final, with no tone to check.
 */
function isPlainSyllable(word: string): boolean {
  return shaped(word.toLowerCase(), asciiNuclei, () => true)
}

/** Calls `visit` with each word of two characters or more and whether it is all ASCII. */
function eachWord(text: string, visit: (word: string, ascii: boolean) => void): void {
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20
    if (!isSeparator(code)) continue
    if (index - start > 1) {
      let ascii = true
      for (let at = start; at < index; at++) if (text.charCodeAt(at) >= 0x80) ascii = false
      visit(text.slice(start, index), ascii)
    }

    start = index + 1
  }
}

/**
 * One number to compare decodings by: syllables count, non-syllables count against twice.
 *
 * @param value
 *   Counts.
 * @returns
 *   The score.
 */
export function plausibilityScore(value: Plausibility): number {
  return value.good - 2 * value.bad
}

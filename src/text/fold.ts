/**
 * Folding, the one home of the domain's matching keys: `foldKey` (no diacritics, upper case, offsets kept)
 * for words and phrase tables, `foldLower` for OCR-damaged keywords in possibly decomposed text, `foldTone`
 * for names compared with their marks; and `fold` for whitespace.
 */

/** Folds runs of whitespace to one space and trims. */
export function fold(text: string): string {
  // Most text handed here has single spaces only: one scan instead of a replace that copies it.
  return UNFOLDED.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim()
}

/** Whitespace that `fold` changes: any but U+0020, or a space followed by more whitespace. */
const UNFOLDED = /[^\S ]| \s/u

/** Removes trailing punctuation that closes a list item or sentence (`;`, `,`, `.`, `:`). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/(?<![\s;,.:])[\s;,.:]+$/u, '')
}

/** Upper case → sentence-like display is not ours to do; this only tells whether text is all capitals. */
export function isUpperCase(text: string): boolean {
  return /\p{sc=Latn}/u.test(text) && text === text.toUpperCase()
}

/**
 * Folds text to a matching key of the same length: every letter loses its diacritics (`đ` → `d`) and
 * is upper-cased, other characters stay. Same length, so an index in the key is an index in the text.
 *
 * @param text
 *   NFC text.
 * @returns
 *   Key with one character per character of `text`.
 */
export function foldKey(text: string): string {
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    result += foldChar(char)
  }

  return result
}

const foldCache = new Map<string, string>()

function foldChar(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  let folded = char
  if (char === 'đ' || char === 'Đ') folded = 'D'
  else {
    const base = char.normalize('NFD')[0] ?? char
    const upper = base.toUpperCase()
    folded = upper.length === 1 && base.length === 1 ? upper : char
  }

  foldCache.set(char, folded)
  return folded
}

/**
 * Lower case without diacritics (`đ` → `d`), decomposed input included: "Chỉ thị" → "chi thi". For
 * keywords that OCR may have damaged ("kê hoạch") where no offset is needed; `foldKey` keeps offsets.
 *
 * @param text
 *   NFC or NFD text.
 * @returns
 *   Lower-case key, marks removed (shorter than NFD text).
 */
export function foldLower(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase()
}

/**
 * Folds case and tone placement, keeping every other diacritic (`Cổng` ≠ `Công`): the old style puts the
 * tone on the second vowel of oa, oe, uy (`hoà`, `khoẻ`, `UỶ BAN`) and typing slips do so on ua (`cuả`),
 * so a tone on a, ă, â, e, ê or y after o or u moves to the o or u (`hòa`, `khỏe`, `ủy ban`, `của`). For
 * names, whose other marks are reliable. Same length as the NFC text, so offsets in the key are offsets
 * in the text.
 *
 * @param text
 *   Text (normalised to NFC first).
 * @returns
 *   Lower-case key in the new tone placement.
 */
export function foldTone(text: string): string {
  const nfc = text.normalize('NFC')
  let lower = nfc.toLowerCase()
  if (lower.length !== nfc.length) {
    // A few letters lower-case to two units (`İ`): keep those as they are, so the length holds.
    lower = ''
    for (const char of nfc) {
      const folded = char.toLowerCase()
      lower += folded.length === char.length ? folded : char
    }
  }

  return lower.replace(/([ou])([\u00e0-\u1ef9])/gu, moveTone)
}

/** `o`/`u` and the marked vowel after it, with the tone moved onto the `o`/`u`; as written when not such a pair. */
function moveTone(pair: string, first: string, marked: string): string {
  const parts = marked.normalize('NFD')
  const bare = parts[0] ?? ''
  const tone = /[\u0300\u0301\u0303\u0309\u0323]/u.exec(parts.slice(1))?.[0]
  if (tone === undefined || bare.length !== 1 || !'aey'.includes(bare)) return pair
  const moved = (first + tone).normalize('NFC') + (bare + parts.slice(1).replace(tone, '')).normalize('NFC')
  return moved.length === 2 ? moved : pair
}

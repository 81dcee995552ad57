/**
 * Looks up the abbreviations of `lexicon/abbreviations.ts` (`expandAbbreviation`) and reads routing-table
 * row labels with them; the routing reader and the `unknown-abbreviation` rule use it.
 *
 * Keys are compared ignoring case, spaces and tone placement (`P. NV&KT,GS` = `P.NV&KT,GS`).
 */
import {abbreviations, type Abbreviation, type AbbreviationKind} from '../../lexicon/abbreviations.js'
import {foldTone} from '../../text/fold.js'

const byKey = new Map<string, Abbreviation[]>()
for (const entry of abbreviations) {
  const key = abbreviationKey(entry.abbreviation)
  const list = byKey.get(key) ?? []
  list.push(entry)
  byKey.set(key, list)
}

/**
 * Lookup key of an abbreviation: lower case, no spaces, one tone placement.
 *
 * @param text
 *   Abbreviation as written.
 * @returns
 *   Key.
 */
export function abbreviationKey(text: string): string {
  return foldTone(text).replace(/\s+/gu, '')
}

/**
 * Looks an abbreviation up.
 *
 * @param text
 *   Abbreviation as written, e.g. `PCT TT`, `P. NV&KT,GS`.
 * @param kind
 *   Prefer an entry of this kind when the abbreviation is ambiguous (`TP`: Trưởng phòng or thành phố).
 * @returns
 *   The entry, or null when unknown.
 */
export function lookupAbbreviation(text: string, kind?: AbbreviationKind): Abbreviation | null {
  const list = byKey.get(abbreviationKey(text))
  if (!list) return null
  return list.find((entry) => entry.kind === kind) ?? list[0] ?? null
}

/**
 * Expansion of an abbreviation.
 *
 * @param text
 *   Abbreviation as written.
 * @param kind
 *   Preferred kind for ambiguous ones.
 * @returns
 *   Expansion, or null when unknown.
 */
export function expandAbbreviation(text: string, kind?: AbbreviationKind): string | null {
  return lookupAbbreviation(text, kind)?.expansion ?? null
}

// Initials of family and middle names + given name: `Đ.T.Trung`, `P.T.T.Huyền`, `L.A. Quân`.
const initialsName = /(?<![\p{sc=Latn}\d\p{No}])((?:\p{Lu}\.\s?){1,4}\p{Lu}\p{Ll}+)$/u
const fullNameWord = /^\p{Lu}\p{Ll}*$/u

/**
 * Reads a routing-table row label: an official (`PCT V.T.Phụng` → title Phó Chủ tịch, person V.T.Phụng)
 * or a unit (`P. TH` → Phòng Tổng hợp).
 *
 * @param unit
 *   The label as written.
 * @returns
 *   Expanded title (null when unknown) and the person's name or initials (null for a unit).
 */
export function readRoutingUnit(unit: string): {title: string | null; person: string | null} {
  const text = unit.replace(/\s+/gu, ' ').trim().slice(0, 200)
  const initials = initialsName.exec(text)
  if (initials && initials.index > 0) {
    const prefix = text.slice(0, initials.index).trim()
    return {title: expandAbbreviation(prefix, 'title'), person: initials[1]?.replace(/\s+/gu, '') ?? null}
  }

  const whole = expandAbbreviation(text, 'unit')
  if (whole) return {title: whole, person: null}

  // A title followed by a full name: `PCT Nguyễn Văn A`.
  const words = text.split(' ')
  for (let count = Math.min(2, words.length - 2); count >= 1; count--) {
    const title = expandAbbreviation(words.slice(0, count).join(' '), 'title')
    const rest = words.slice(count)
    if (title && rest.length >= 2 && rest.every((word) => fullNameWord.test(word))) {
      return {title, person: rest.join(' ')}
    }
  }

  return {title: null, person: null}
}

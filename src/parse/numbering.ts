/**
 * The numbering of these documents, as an ordered table: which label a line starts with and how deep it
 * sits. The first pattern that matches wins, so more specific forms come first.
 */

/** Families of labels; items of one family are siblings, a new family opens a deeper level. */
export type LabelKind =
  | 'part' // Phần thứ nhất, A.
  | 'roman' // I. II- III.
  | 'article' // Điều 1.
  | 'number' // 1. 7.1. 1.1.1. (the family key adds the depth)
  | 'paren-number' // (1)
  | 'paren-roman' // (i) (ii)
  | 'paren-letter' // (a)
  | 'letter' // a) đ)
  | 'bullet' // - + • *

export interface Label {
  kind: LabelKind
  /** Family key: `number:2` for 7.1., else the kind. */
  family: string
  /** The label as written, e.g. `7.1.`, `(1)`, `a)`, `-`. */
  text: string
  /** Normalised value used in ids: `7.1`, `1`, `i`, `a`, or `-`. */
  value: string
  /** Characters of the line taken by the label and the spaces after it. */
  length: number
}

interface Pattern {
  kind: LabelKind
  pattern: RegExp
  value: (match: RegExpExecArray) => string
  family?: (match: RegExpExecArray) => string
}

/** Roman numerals as OCR misreads them. */
const ocrRoman: Record<string, string> = {
  LI: 'II',
  Il: 'II',
  lI: 'II',
  ll: 'II',
  HI: 'III',
  Hl: 'III',
  IIl: 'III',
  IlI: 'III',
  lII: 'III',
  IH: 'III',
  TV: 'IV',
  IY: 'IV'
}

/** Vietnamese alphabet order of point letters (NĐ 30): no f, j, w, z; đ after d. */
export const pointLetters = 'abcdđeghiklmnopqrstuvxy'

const patterns: Pattern[] = [
  {kind: 'part', pattern: /^(Phần\s+thứ\s+\p{sc=Latn}+)\s*[.:-]?\s*/iu, value: (m) => m[1] ?? ''},
  {kind: 'article', pattern: /^(Điều\s+(\d{1,3})\s*[.:])\s*/u, value: (m) => m[2] ?? ''},
  // OCR reads II and III of upper-case part headings as LI, Il, HI ...: accepted only before a capitalised heading.
  {
    kind: 'roman',
    pattern: /^((LI|Il|lI|ll|HI|Hl|IIl|IlI|lII|IH|TV|IY)\s?[.\-–])\s*(?=\p{Lu}{2})/u,
    value: (m) => ocrRoman[m[2] ?? ''] ?? ''
  },
  {kind: 'roman', pattern: /^(([IVXL]{1,6})\s?(?:[.\-–]|\/(?=\s+\p{Lu})))(?:\s+|(?=\p{Lu}{2}))/u, value: (m) => m[2] ?? ''},
  {
    kind: 'number',
    // "1.", "7.1.", "1 -", "1)", and "1/" before a capital (a slash numbering some offices use).
    pattern: /^((\d{1,2}(?:\.\d{1,2}){0,4})(?:\.(?!\d)|\s?-(?=\s)|\)(?=\s)|\/(?=\s+\p{Lu}))|(\d{1,2}(?:\.\d{1,2}){1,4})(?=\s))\s*/u,
    value: (m) => m[2] ?? m[3] ?? '',
    family: (m) => `number:${(m[2] ?? m[3] ?? '').split('.').length}`
  },
  {kind: 'paren-number', pattern: /^(\((\d{1,2})\))\s*/u, value: (m) => m[2] ?? ''},
  {kind: 'paren-roman', pattern: /^(\(((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv))\))\s*/u, value: (m) => m[2] ?? ''},
  {kind: 'paren-letter', pattern: /^(\(([a-zđ])\))\s*/u, value: (m) => m[2] ?? ''},
  {kind: 'letter', pattern: /^(([a-zđ])\))\s+/u, value: (m) => m[2] ?? ''},
  {kind: 'bullet', pattern: /^([-–—+•*])\s+/u, value: () => '-'}
]

/**
 * Reads the label a line starts with.
 *
 * @param text
 *   Line text (plain, trimmed).
 * @returns
 *   The label, or null when the line does not start with one.
 */
export function readLabel(text: string): Label | null {
  for (const entry of patterns) {
    const match = entry.pattern.exec(text)
    if (!match) continue
    const rest = text.slice(match[0].length)
    // A label needs something after it, and a number must not be the start of a figure ("197.810 tỷ").
    if (rest.length === 0 && entry.kind !== 'roman' && entry.kind !== 'number') continue
    if (entry.kind === 'number' && /^[\d,]/.test(rest)) continue
    return {
      kind: entry.kind,
      family: entry.family ? entry.family(match) : entry.kind,
      text: (match[1] ?? '').trim(),
      value: entry.value(match),
      length: match[0].length
    }
  }

  return null
}

/** Roman numeral → number, or 0 when not a valid one. */
export function romanValue(roman: string): number {
  const values: Record<string, number> = {i: 1, v: 5, x: 10, l: 50}
  let total = 0
  const lower = roman.toLowerCase()
  for (let index = 0; index < lower.length; index++) {
    const value = values[lower[index] ?? ''] ?? 0
    const next = values[lower[index + 1] ?? ''] ?? 0
    if (value === 0) return 0
    total += value < next ? -value : value
  }

  return total
}

/** Ordinal of a label value within its family, for gap and sequence checks. */
export function ordinal(label: Label): number {
  switch (label.kind) {
    case 'roman':
    case 'paren-roman':
      return romanValue(label.value)
    case 'letter':
    case 'paren-letter':
      return pointLetters.indexOf(label.value) + 1
    case 'number':
      return Number(label.value.split('.').at(-1))
    case 'article':
    case 'paren-number':
      return Number(label.value)
    default:
      return 0
  }
}

/**
 * Reads `(i)`, `(v)`, `(x)` as letters when they continue a lettered list (`(h)` then `(i)`).
 *
 * @param label
 *   Label as first read.
 * @param previousLetter
 *   The last label of an open lettered family of the same bracket style, if any.
 * @returns
 *   The label, re-read if needed.
 */
export function asLetterIfContinuing(label: Label, previousLetter: Label | undefined): Label {
  if (label.kind !== 'paren-roman' || !previousLetter || previousLetter.kind !== 'paren-letter') return label
  if (pointLetters.indexOf(label.value) !== pointLetters.indexOf(previousLetter.value) + 1) return label
  return {...label, kind: 'paren-letter', family: 'paren-letter'}
}

/**
 * Words and codes the reference finder recognises: document-type words, type abbreviations of the
 * State (NĐ 30/2020 Appendix III, normative symbols) and Party (HD 36) systems. Well-known issuers are
 * in `lexicon/issuers.ts`. See /work/shared/DOMAIN.md §1.1–1.2 and §4.
 */
import {foldLower} from '../text/fold.js'

/** Horizontal whitespace (anything `\s` matches except a line feed). */
export const HS = '[^\\S\\n]'
/** One or more spaces, possibly across one line break (hard-wrapped OCR text). Unambiguous, so linear. */
export const WS1 = `(?:${HS}+(?:\\n${HS}*)?|\\n${HS}*)`
/** Zero or more spaces, at most one line break. */
export const WS0 = `${HS}*(?:\\n${HS}*)?`

/** Regex-escapes a literal. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/** Every Latin letter with diacritics, grouped by its bare lower-case letter ("e" → "eéèẻẽẹêếềểễệEÉ…"). */
const FAMILIES: ReadonlyMap<string, string> = (() => {
  const families = new Map<string, string>()
  const add = (c: string): void => {
    const base = foldLower(c)
    if (base.length !== 1 || !/[a-z]/.test(base)) return
    families.set(base, (families.get(base) ?? base + base.toUpperCase()) + c)
  }
  for (let code = 0xc0; code <= 0x1b0; code++) add(String.fromCodePoint(code))
  for (let code = 0x1ea0; code <= 0x1ef9; code++) add(String.fromCodePoint(code))
  add('đ')
  add('Đ')
  return families
})()

/**
 * A case-insensitive pattern for a phrase, built per character because the `i` flag would also
 * case-fold `\p{Lu}` in the symbol patterns. Spaces become {@link WS1}. With `loose`, every letter
 * also matches its other diacritic forms, for OCR that lost or changed marks ("Chi thị", "Quyêt định").
 */
export function phrasePattern(phrase: string, options: {capitalFirst?: boolean; loose?: boolean} = {}): string {
  let out = ''
  let first = true
  for (const char of phrase) {
    if (char === ' ') {
      out += WS1
      continue
    }
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    const family = options.loose === true ? FAMILIES.get(foldLower(char)) : undefined
    if (lower === upper || lower.length !== 1 || upper.length !== 1) out += escape(char)
    else if (first && options.capitalFirst === true) {
      const capitals = family === undefined ? upper : [...family].filter((c) => c !== c.toLowerCase()).join('')
      out += capitals.length > 1 ? `[${capitals}]` : escape(upper)
    } else if (family !== undefined && family.length > 2) out += `[${family}]`
    else out += `[${lower}${upper}]`
    first = false
  }
  return out
}

/** Document-type words: what is written → the kind reported. `null` kind = generic word, infer from the symbol. */
export interface TypeWord {
  /** Spellings, lower case, single-spaced. */
  readonly spellings: readonly string[]
  readonly kind: string | null
  /** May carry a name before the number ("Luật Đất đai số 31/2024/QH15"). */
  readonly named?: boolean
  /** Only recognised with a capital first letter (e.g. "Luật", not "pháp luật"). */
  readonly capital?: boolean
}

export const TYPE_WORDS: readonly TypeWord[] = [
  {spellings: ['kết luận'], kind: 'Kết luận'},
  {spellings: ['nghị quyết liên tịch'], kind: 'Nghị quyết liên tịch'},
  {spellings: ['nghị quyết'], kind: 'Nghị quyết'},
  {spellings: ['nghị định'], kind: 'Nghị định'},
  {spellings: ['quyết định'], kind: 'Quyết định'},
  {spellings: ['quy định', 'qui định'], kind: 'Quy định'},
  {spellings: ['quy chế', 'qui chế'], kind: 'Quy chế'},
  {spellings: ['chỉ thị'], kind: 'Chỉ thị'},
  {spellings: ['thông tư liên tịch'], kind: 'Thông tư liên tịch'},
  {spellings: ['thông tư'], kind: 'Thông tư'},
  {spellings: ['thông báo'], kind: 'Thông báo'},
  {spellings: ['thông tri'], kind: 'Thông tri'},
  {spellings: ['thông cáo'], kind: 'Thông cáo'},
  {spellings: ['công văn'], kind: 'Công văn'},
  {spellings: ['công điện'], kind: 'Công điện'},
  {spellings: ['kế hoạch'], kind: 'Kế hoạch'},
  {spellings: ['hướng dẫn'], kind: 'Hướng dẫn'},
  {spellings: ['chương trình'], kind: 'Chương trình'},
  {spellings: ['đề án'], kind: 'Đề án'},
  {spellings: ['báo cáo'], kind: 'Báo cáo'},
  {spellings: ['tờ trình'], kind: 'Tờ trình'},
  {spellings: ['biên bản'], kind: 'Biên bản'},
  {spellings: ['văn bản'], kind: null},
  {spellings: ['bộ luật'], kind: 'Bộ luật', named: true, capital: true},
  {spellings: ['luật'], kind: 'Luật', named: true, capital: true},
  {spellings: ['pháp lệnh'], kind: 'Pháp lệnh', named: true, capital: true},
  {spellings: ['lệnh'], kind: 'Lệnh', capital: true}
]

/** Alternation of every type word (longest first), no capture groups. */
export const TYPE_WORD_PATTERN = TYPE_WORDS.flatMap((t) =>
  t.spellings.map((s) => ({s, p: phrasePattern(s, {capitalFirst: t.capital === true, loose: true})}))
)
  .sort((a, b) => b.s.length - a.s.length)
  .map((x) => x.p)
  .join('|')

/** The type word for a matched spelling (compared without diacritics, lower-cased and single-spaced). */
export function typeWordFor(matched: string): TypeWord | null {
  return TYPE_BY_KEY.get(foldLower(matched).replace(/\s+/gu, ' ')) ?? null
}

const TYPE_BY_KEY: ReadonlyMap<string, TypeWord> = new Map(
  TYPE_WORDS.flatMap((t) => t.spellings.map((s) => [foldLower(s), t] as const))
)

/** Capitalised type words only (a law's name may contain "văn bản", but not "Quyết định"). */
export const CAPITAL_TYPE_WORD_PATTERN = TYPE_WORDS.flatMap((t) =>
  t.spellings.map((s) => phrasePattern(s, {capitalFirst: true, loose: true}))
).join('|')

/** Type abbreviations shared by both systems (and the normative symbols). */
const COMMON_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  ĐA: 'Đề án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  CV: 'Công văn'
}

/** State-only type abbreviations (NĐ 30 Appendix III, older TT 01/2011 values, normative types). */
export const STATE_CODES: Readonly<Record<string, string>> = {
  ...COMMON_CODES,
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  PA: 'Phương án',
  DA: 'Dự án',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  GN: 'Bản ghi nhớ',
  TTh: 'Bản thỏa thuận',
  UQ: 'Giấy ủy quyền',
  NP: 'Giấy nghỉ phép',
  L: 'Lệnh'
}

/** Party type codes (HD 36 §1.3; `QĐi` is the 2018–2020 spelling of quy định). */
export const PARTY_CODES: Readonly<Record<string, string>> = {
  ...COMMON_CODES,
  KL: 'Kết luận',
  QĐi: 'Quy định',
  TT: 'Thông tri'
}

/** Party codes as a regex alternation (for the "84 QĐ/TWĐTN" variant without a hyphen). */
export const PARTY_CODE_PATTERN = Object.keys(PARTY_CODES)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')

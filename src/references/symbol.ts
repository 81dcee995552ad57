/**
 * Document symbols ("số, ký hiệu"): patterns, canonical form, parsing and the well-formedness check.
 *
 * State (NĐ 30/2020): `123/QĐ-UBND`, normative `300/2025/NĐ-CP`, laws `64/2025/QH15`, công văn
 * (no type code) `3722/VPCP-CN`. Party (HD 36): `18-KL/TW`, `367-QĐ/TWĐTN-VP`.
 */

import {fastRegExp} from '../text/first-chars.js'
import {HS, PARTY_CODE_PATTERN, PARTY_CODES, STATE_CODES} from './vocabulary.js'

/** Longer than any real symbol (or header line worth parsing): rejected before any regex runs. */
const MAX_SYMBOL = 200
/*
 * Every repetition is bounded: with the `u` flag a class holding astral letters (`\p{sc=Latn}`) is not a
 * simple loop for V8, and an unbounded one overflows the stack on a multi-megabyte run of letters.
 * A symbol group is at most 24 characters and a symbol at most 8 groups after the first.
 */
const CHARS = '[\\p{sc=Latn}\\d\\p{No}&]{0,24}'
const CODE = `\\p{Lu}${CHARS}`
/** A group of the issuer part after a tight hyphen, or an all-capitals group after a spaced or line-broken hyphen. */
const GROUPS =
  `(?:-[\\p{sc=Latn}\\d\\p{No}&]{1,24}|(?:${HS}-${HS}?|-${HS}|-\\r?\\n)[\\p{Lu}\\d\\p{No}][\\p{Lu}\\d\\p{No}&]{0,24}(?![\\p{Ll}]))` +
  `{0,8}(?![\\p{sc=Latn}\\d\\p{No}&])`
const SP = `${HS}?`

/** Party symbol: number, hyphen (or one space before a known code), type code, slash, issuer groups. */
const PARTY =
  `\\d{1,5}(?:${SP}-${SP}\\p{Lu}\\p{sc=Latn}{0,4}|${HS}(?:${PARTY_CODE_PATTERN}))${SP}\\/${SP}${CODE}${GROUPS}`
/** State symbol: number, slash, optional year and slash, code groups. */
const STATE = `\\d{1,6}${SP}\\/${SP}(?:\\d{4}${SP}\\/${SP})?${CODE}${GROUPS}`

/**
 * A symbol starting exactly where it is run (sticky), spaces tolerated: group 1 when it has its number
 * (`18-NQ/TW`, `6240 /BGDĐT-KHCNTT`), no group when it starts at its type code or slash (a header's blank
 * `Số:   /QĐ-UBND`). Party first: `18-NQ/TW` must not be read as State.
 */
const SYMBOL_AT = new RegExp(
  `(${PARTY}|${STATE})|(?:-${SP}\\p{Lu}\\p{sc=Latn}{0,4}${SP}\\/${SP}${CODE}|\\/${SP}(?:\\d{4}${SP}\\/${SP})?${CODE})${GROUPS}`,
  'uy'
)

/** The symbol, number included, that starts at `at` in `text`, as written; null when none does. */
export function numberedSymbolAt(text: string, at: number): string | null {
  SYMBOL_AT.lastIndex = at
  return SYMBOL_AT.exec(text)?.[1] ?? null
}

/** Symbols anywhere in running text, not glued to a preceding letter, digit or `/ . - _`. */
export const SYMBOL_ANYWHERE = fastRegExp(`(?<![\\p{sc=Latn}\\d\\p{No}_\\/.\\-])(?:${PARTY}|${STATE})`, 'gu')

/** OCR glued the next word on: `47/NQ-CPngày`. Returns how many characters to drop. */
export function gluedTail(symbol: string): number {
  const m = /[\p{Lu}\d\p{No}](ngày|về|của)$/u.exec(symbol)
  return m?.[1]?.length ?? 0
}

export interface ParsedSymbol {
  /** Canonical symbol: whitespace removed, Ð→Đ, a few OCR repairs (`KI`→`KL`, `QĐUBND`→`QĐ-UBND`). */
  symbol: string
  /** The number as written (leading zeros kept), or null when left blank (`Số:   /QĐ-UBND`). */
  number: string | null
  /** Year of a normative symbol (`300/2025/NĐ-CP` → 2025), else null. */
  year: number | null
  /** Type abbreviation (`QĐ`, `KL`, `NĐ`), or null (công văn, `QH15`). */
  typeCode: string | null
  /** Everything after the type code: `TW`, `UBND`, `TWĐTN-VP`, `VPCP-CN` (công văn), `QH15`. */
  issuerCode: string | null
  system: 'state' | 'party'
}

/** Issuer codes a State type code is sometimes glued to by OCR or typing (`5969/QĐUBND`). */
const GLUED_ISSUERS = ['UBND', 'HĐND', 'CTUBND', 'CP', 'TTg', 'VPCP']

/** Removes whitespace and applies the OCR repairs listed on {@link ParsedSymbol.symbol}. */
export function canonicalSymbol(symbol: string): string {
  if (symbol.length > MAX_SYMBOL) return symbol.normalize('NFC').replace(/\s+/gu, '')
  const compact = symbol.normalize('NFC').replace(/\s+/gu, '').replace(/Ð/gu, 'Đ').replace(/ð/gu, 'đ')
  // Party: the hyphen may be missing ("84 QĐ/TWĐTN"); a State symbol has "/" right after its digits.
  const party = /^(\d*)-?([^/\d-][^/]*)\/(.+)$/u.exec(compact)
  if (party !== null) {
    const [, number = '', type = '', issuer = ''] = party
    const fixed = type === 'KI' || type === 'Kl' || type === 'K1' ? 'KL' : type
    return `${number}-${fixed}/${issuer}`
  }
  const state = /^(\d*)\/((?:\d{4}\/)?)([^/]+)$/u.exec(compact)
  if (state !== null) {
    const [, number = '', year = '', rest = ''] = state
    const groups = rest.split('-')
    const first = groups[0] ?? ''
    if (groups.length === 1 || !Object.hasOwn(STATE_CODES, first)) {
      for (const code of Object.keys(STATE_CODES)) {
        const tail = first.slice(code.length)
        if (first.startsWith(code) && GLUED_ISSUERS.includes(tail)) {
          groups.splice(0, 1, code, tail)
          break
        }
      }
    }
    // "Tg" as the issuer of a Prime Minister's document is a dropped T (`866/QĐ-Tg`).
    if (groups.length === 2 && groups[1] === 'Tg' && Object.hasOwn(STATE_CODES, groups[0] ?? '')) groups[1] = 'TTg'
    return `${number}/${year}${groups.join('-')}`
  }
  return compact
}

/** Label before a header symbol: `Số:`, `Số`, `SỐ`, with Markdown/table decoration. */
const HEADER_LABEL = /^[\s>*#|_]*(?:[Ss][ốỐoOôÔ])[\s*]*:?[\s*]*/u

/**
 * Splits a symbol into its parts. Accepts a bare symbol (`18-KL/TW`, `6240 /BGDĐT-KHCNTT`) or a header
 * line (`Số: 123/QĐ-UBND`, `Số 1400 - CV/VPTU`, `Số:   /QĐ-UBND`); text after the symbol that is
 * separated by whitespace (`Hà Nội, ngày …`) is ignored. Returns null when no symbol starts the input.
 */
export function parseSymbol(input: string): ParsedSymbol | null {
  if (typeof input !== 'string') return null
  const text = input.slice(0, MAX_SYMBOL).normalize('NFC')
  const label = HEADER_LABEL.exec(text)
  const body = text.slice(label?.[0].length ?? 0).replace(/^\s+/u, '')
  const found = symbolAt(body)
  if (found === null) return null
  const after = body.slice(found.end)
  if (after !== '' && !/^[\s.,;:)\]]/u.test(after)) return null
  return found.parsed
}

/** A symbol read at the start of a text, and where it lies in that text. */
export interface SymbolMatch {
  parsed: ParsedSymbol
  /** Characters the symbol takes in the text, spaces inside it included, a word OCR glued on not. */
  length: number
  /** Characters matched, a glued-on word included: what follows the symbol starts here. */
  end: number
}

/**
 * Reads a symbol (number optional, spaces tolerated) that starts exactly at the start of `text`, such as
 * the rest of a header's `Số:` line; whatever follows it is left to the caller. `text` is NFC.
 *
 * @param text
 *   Text starting with the symbol.
 * @returns
 *   The symbol and its extent, or null when none starts the text.
 */
export function symbolAt(text: string): SymbolMatch | null {
  // An en dash typed for a hyphen (`1400 – CV/VPTU`) is one; the swap keeps every offset.
  SYMBOL_AT.lastIndex = 0
  const m = SYMBOL_AT.exec(text.slice(0, MAX_SYMBOL).replaceAll('–', '-'))
  if (m === null) return null
  const length = m[0].length - gluedTail(m[0])
  const parsed = splitCanonical(canonicalSymbol(m[0].slice(0, length)))
  return parsed === null ? null : {parsed, length, end: m[0].length}
}

/** Splits an already canonical symbol. */
export function splitCanonical(symbol: string): ParsedSymbol | null {
  if (symbol.length > MAX_SYMBOL) return null
  const party = /^(\d*)-([^/-]+)\/(.+)$/u.exec(symbol)
  if (party !== null) {
    const [, number = '', typeCode = '', issuerCode = ''] = party
    return {symbol, number: number === '' ? null : number, year: null, typeCode, issuerCode, system: 'party'}
  }
  const state = /^(\d*)\/(?:(\d{4})\/)?(.+)$/u.exec(symbol)
  if (state === null) return null
  const [, number = '', year, rest = ''] = state
  const groups = rest.split('-')
  const first = groups[0] ?? ''
  const known = Object.hasOwn(STATE_CODES, first)
  const typed = groups.length > 1 ? known : year === undefined && known
  return {
    symbol,
    number: number === '' ? null : number,
    year: year === undefined ? null : Number(year),
    typeCode: typed ? first : null,
    issuerCode: typed ? (groups.length > 1 ? groups.slice(1).join('-') : null) : rest,
    system: 'state'
  }
}

const STRICT_STATE = new RegExp(`^\\d{1,6}\\/(?:\\d{4}\\/${CODE}(?:-${CODE}){0,8}|${CODE}(?:-${CODE}){1,8})$`, 'u')
const STRICT_PARTY = new RegExp(
  `^\\d{1,5}-(?:${Object.keys(PARTY_CODES).join('|')})\\/\\p{Lu}[\\p{sc=Latn}\\d\\p{No}]{0,24}(?:-[\\p{sc=Latn}\\d\\p{No}]{1,24}){0,8}$`,
  'u'
)


/**
 * True when a symbol fits the State (NĐ 30) or Party (HD 36) pattern exactly as written: no spaces,
 * a number, and for State an issuer part (`123/QĐ-UBND`, `3722/VPCP-CN`, `300/2025/NĐ-CP`,
 * `64/2025/QH15`), for Party a known type code (`18-KL/TW`, `08-QĐi/TW`). Leading/trailing
 * whitespace is ignored; OCR-damaged or spaced symbols are false (use parseSymbol to repair them).
 */
export function isWellFormedSymbol(symbol: string): boolean {
  if (typeof symbol !== 'string' || symbol.length > MAX_SYMBOL) return false
  const s = symbol.normalize('NFC').trim()
  return STRICT_STATE.test(s) || STRICT_PARTY.test(s)
}

/** The kind a symbol's type code implies: KL → Kết luận; a State symbol without a type code → Công văn. */
export function kindFromSymbol(parsed: ParsedSymbol): string | null {
  const code = parsed.typeCode
  if (parsed.system === 'party') return code !== null && Object.hasOwn(PARTY_CODES, code) ? (PARTY_CODES[code] ?? null) : null
  if (code !== null) return Object.hasOwn(STATE_CODES, code) ? (STATE_CODES[code] ?? null) : null
  // No type code: a công văn (issuer-unit, `VPCP-CN`), unless it is a bare normative `64/2025/QH15`.
  return parsed.year === null && (parsed.issuerCode ?? '').includes('-') ? 'Công văn' : null
}

/**
 * Finds citations of other documents in running text.
 *
 * Two passes over the NFC text, both linear:
 * 1. typed citations, anchored on a type word: `Kết luận số 18-KL/TW, ngày 02/4/2026 của Ban Chấp hành
 *    Trung ương`, `Quyết định của Bộ Chính trị số 31-QĐ/TW`, `Luật Đất đai số 31/2024/QH15`,
 *    `Nghị quyết số 57`, `Chỉ thị 11`, `Quyết định 41/2017/QĐ-UBND`;
 * 2. bare symbols outside those spans: `theo 460/TB-VPCP`, and list continuations
 *    (`Nghị quyết số 18-NQ/TW, 19-NQ/TW của …`, `…, số 85/BTNMT-QHPTTNĐ … và số 1713/…`), which inherit
 *    the kind of the item before them and share their issuer back along the list.
 * Each step after the anchor is a sticky regex run once at a known position, so a failed attempt costs
 * at most the length of one whitespace run.
 */
import {
  issuerStops,
  lawNameStops,
  quantityWords,
  typeQualifiers,
  unfinishedNameEnds,
  wrappedNameWords
} from '../lexicon/citations.js'
import {issuers} from '../lexicon/issuers.js'
import {fastRegExp} from '../text/first-chars.js'
import {fold, foldTone} from '../text/fold.js'
import {normalizeText} from '../text/normalize-text.js'
import {wordAlternation} from '../text/words.js'
import {
  canonicalSymbol,
  gluedTail,
  kindFromSymbol,
  numberedSymbolAt,
  splitCanonical,
  SYMBOL_ANYWHERE,
  type ParsedSymbol
} from './symbol.js'
import {
  CAPITAL_TYPE_WORD_PATTERN,
  HS,
  phrasePattern,
  TYPE_WORD_PATTERN,
  typeWordFor,
  WS0,
  WS1
} from './vocabulary.js'
import {WORD_END, WORD_START} from '../text/word-boundary.js'

export interface ReferenceMatch {
  /** UTF-16 offset into the text given to {@link findReferences}. */
  index: number
  /** UTF-16 length in that text: `text.slice(index, index + length) === raw`. */
  length: number
  /** The citation as written in the given text (not normalised). */
  raw: string
  /** Type word in its usual spelling ("Kết luận", "Nghị định", …), from the symbol's type code when no word precedes; null if unknown. */
  kind: string | null
  /** Symbol as it should be written, spaces removed ("18-KL/TW", "300/2025/NĐ-CP"), or the bare number ("57"). */
  number: string | null
  /** `YYYY-MM-DD` from the "ngày …" right after the number; null when absent or not a real date. */
  date: string | null
  /** Issuer from "của X" (or "TYPE của X số …"), whitespace folded; null when absent. */
  issuer: string | null
}

const SO = '[Ss][ốỐoOôÔ]'
/** The "số" label with an optional colon. */
const LABEL = `${SO}(?!\\p{sc=Latn})(?:${HS}*:)?${WS0}`

const TYPE_RE = fastRegExp(`${WORD_START}(?:${TYPE_WORD_PATTERN})${WORD_END}`, 'gu')
const QUALIFIER_AT = new RegExp(`${WS1}(?:${typeQualifiers.map((q) => phrasePattern(q)).join('|')})${WORD_END}`, 'uy')
/** A law's name between "Luật" and "số": capitalised first word, at most 10 words. */
const NAME_AT = new RegExp(
  `${WS1}\\p{Lu}\\p{sc=Latn}{0,30},?(?:${WS1}\\p{sc=Latn}{1,30},?){0,9}?(?=${WS1}${LABEL}\\d)`,
  'uy'
)
/** Issuer between the type word and the number: "Quyết định của Bộ Chính trị số 31-QĐ/TW". */
const INTERPOSED_AT = new RegExp(
  `${WS1}${phrasePattern('của')}${WS1}(\\p{Lu}\\p{sc=Latn}{0,30}(?:${WS1}\\p{sc=Latn}{1,30}){0,7}?)(?=${WS1}${LABEL}\\d)`,
  'uy'
)
const LABEL_AT = new RegExp(`${WS1}${LABEL}`, 'uy')
const SPACE_AT = new RegExp(WS1, 'uy')
/** A number after "số" when no symbol follows; also a truncated Party symbol ("số 23-QĐ về …"). */
const NUMBER_AT = new RegExp(
  `\\d{1,6}(?:${HS}?-${HS}?\\p{Lu}\\p{sc=Latn}{0,4}(?![\\p{sc=Latn}\\d\\p{No}\\/]))?(?![\\p{sc=Latn}\\d\\p{No}%]|[.,\\/]\\d)`,
  'uy'
)
/** A bare number right after a capitalised type word ("Chỉ thị 11", "Nghị quyết 57"), not a quantity. */
const BARE_NUMBER_AT = new RegExp(
  `\\d{1,4}(?![\\p{sc=Latn}\\d\\p{No}%]|[.,\\/\\-]\\d|${HS}*[\\/\\-])(?!${WS1}(?:${wordAlternation(quantityWords, WS1)})${WORD_END})`,
  'uy'
)
const DATE_AT = new RegExp(
  `(?:${HS}*,)?${WS0}[Nn]gày${WS1}(?:` +
    `(\\d{1,2})${HS}*[\\/.\\-]${HS}*(\\d{1,2})${HS}*[\\/.\\-]${HS}*(\\d{4})(?!\\d)` +
    `|(\\d{1,2})${WS1}${phrasePattern('tháng')}${WS1}(\\d{1,2})${WS1}${phrasePattern('năm')}${WS1}(\\d{4})(?!\\d)` +
    `|\\d{1,2}[\\/.\\-]\\d{1,2}[\\/.\\-]\\d{2,6}(?!\\d))`,
  'uy'
)
/** A type word inside an interposed issuer means the "của" belonged to something else ("quy định của Nghị định số …"). */
const TYPE_INSIDE = new RegExp(`${WORD_START}(?:${TYPE_WORD_PATTERN})${WORD_END}`, 'u')
/** Words that cannot be part of a law's name: the match ran past it ("Luật Đất đai được giao theo Quyết định số …"). */
const NAME_STOP = new RegExp(
  `${WORD_START}(?:${wordAlternation(lawNameStops, WS1)}|${CAPITAL_TYPE_WORD_PATTERN})${WORD_END}`,
  'u'
)
const OF_AT = new RegExp(`${WS1}${phrasePattern('của')}${WS1}`, 'uy')

const ISSUER_STOP = new RegExp(
  `[;,.()\\[\\]:"“”!?|*<>\\/]|\\n|${HS}+(?:${wordAlternation(issuerStops, WS1)})${WORD_END}|${HS}+${phrasePattern('và')}${WS1}(?:${TYPE_WORD_PATTERN}|${SO}${WORD_END})`,
  'u'
)
/** Last words after which a name continues on the next line ("Ủy ban nhân dân tỉnh⏎Trà Vinh"). */
const INCOMPLETE = new Set(unfinishedNameEnds)
/** Two-syllable words a hard line wrap may split inside a name ("UBND Thành⏎phố", "Bộ Chính⏎trị"). */
const BIGRAMS = new Set(wrappedNameWords.map(foldTone))
const MAX_ISSUER_WORDS = 12
const ISSUER_WINDOW = 160

/** Known issuers, folded and split into words, longest first. */
const KNOWN = issuers.map((name) => foldTone(name).split(' ')).sort((a, b) => b.join(' ').length - a.join(' ').length)
const KNOWN_BY_FIRST = new Map<string, string[][]>()
for (const words of KNOWN) {
  const first = words[0] ?? ''
  KNOWN_BY_FIRST.set(first, [...(KNOWN_BY_FIRST.get(first) ?? []), words])
}

/** A citation found in the NFC text, offsets in NFC. */
interface Found {
  start: number
  end: number
  /** End of the number/symbol (before date and issuer). */
  numberEnd: number
  kind: string | null
  number: string | null
  date: string | null
  issuer: string | null
  /** The item this one continues in a list ("…18-NQ/TW, 19-NQ/TW"), if any. */
  continues: Found | null
}

/** Every citation of another document, in text order. */
export function findReferences(text: string): ReferenceMatch[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const nfc = normalizeText(text)
  const n = nfc.text
  const typed = typedPass(n)
  const all = barePass(n, typed)
  return all.map((f) => {
    const index = nfc.toOriginal(f.start)
    const end = nfc.toOriginalEnd(f.end)
    return {
      index,
      length: end - index,
      raw: text.slice(index, end),
      kind: f.kind,
      number: f.number,
      date: f.date,
      issuer: f.issuer
    }
  })
}

function exec(re: RegExp, n: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(n)
}

function typedPass(n: string): Found[] {
  const out: Found[] = []
  TYPE_RE.lastIndex = 0
  for (let m = TYPE_RE.exec(n); m !== null; m = TYPE_RE.exec(n)) {
    const found = typedAt(n, m.index, m[0])
    if (found !== null) {
      out.push(found)
      TYPE_RE.lastIndex = found.end
    }
  }
  return out
}

function typedAt(n: string, start: number, word: string): Found | null {
  const type = typeWordFor(word)
  if (type === null) return null
  let pos = start + word.length
  const qualifier = exec(QUALIFIER_AT, n, pos)
  if (qualifier !== null) pos += qualifier[0].length
  if (type.named === true) {
    const name = exec(NAME_AT, n, pos)
    if (name !== null && !NAME_STOP.test(name[0])) pos += name[0].length
  }
  let issuer: string | null = null
  const interposed = capitalised(word) ? exec(INTERPOSED_AT, n, pos) : null
  if (interposed !== null && !TYPE_INSIDE.test(interposed[1] ?? '')) {
    issuer = fold(interposed[1] ?? '')
    pos += interposed[0].length
  }
  const label = exec(LABEL_AT, n, pos)
  if (label !== null) pos += label[0].length
  else {
    const space = exec(SPACE_AT, n, pos)
    if (space === null) return null
    pos += space[0].length
  }

  let number: string
  let parsed: ParsedSymbol | null = null
  const symbol = numberedSymbolAt(n, pos)
  if (symbol !== null) {
    const length = symbol.length - gluedTail(symbol)
    number = canonicalSymbol(symbol.slice(0, length))
    parsed = splitCanonical(number)
    pos += length
  } else {
    const plain = exec(label !== null ? NUMBER_AT : BARE_NUMBER_AT, n, pos)
    if (plain === null) return null
    if (label === null) {
      // "Chỉ thị 11": a capitalised word, the number on the same line, and not a year ("Luật Báo chí 2016").
      const value = Number(plain[0])
      if (!capitalised(word) || n.slice(start, pos).includes('\n')) return null
      if (plain[0].length === 4 && value >= 1900 && value <= 2099) return null
    }
    number = plain[0].replace(/\s+/gu, '')
    pos += plain[0].length
  }
  const kind = type.kind ?? (parsed === null ? null : kindFromSymbol(parsed))
  const numberEnd = pos
  const tail = tailAt(n, pos, issuer === null)
  return {
    start,
    end: tail.end,
    numberEnd,
    kind,
    number,
    date: tail.date,
    issuer: issuer ?? tail.issuer,
    continues: null
  }
}

/** Optional date ("ngày …") and issuer ("của X") after the number. */
function tailAt(n: string, pos: number, wantIssuer: boolean): {end: number; date: string | null; issuer: string | null} {
  let end = pos
  let date: string | null = null
  const d = exec(DATE_AT, n, end)
  if (d !== null) {
    end += d[0].length
    date = d[1] !== undefined ? isoDate(d[1], d[2], d[3]) : d[4] !== undefined ? isoDate(d[4], d[5], d[6]) : null
  }
  let issuer: string | null = null
  if (wantIssuer) {
    const of = exec(OF_AT, n, end)
    if (of !== null) {
      const found = issuerAt(n, end + of[0].length)
      if (found !== null) {
        issuer = found.name
        end = found.end
      }
    }
  }
  return {end, date, issuer}
}

function capitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

function isoDate(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  const d = Number(day)
  const m = Number(month)
  const y = Number(year)
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > days) return null
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The issuer name starting at `pos` (just after "của "), up to the next clause boundary. */
function issuerAt(n: string, pos: number): {name: string; end: number} | null {
  const window = n.slice(pos, pos + ISSUER_WINDOW)
  let cut = 0
  let rest = window
  for (let line = 0; line < 3; line++) {
    const stop = ISSUER_STOP.exec(rest)
    const at = stop === null ? rest.length : stop.index
    cut += at
    if (stop === null || stop[0] !== '\n' || line === 2) break
    // Hard-wrapped line: continue when the name is visibly unfinished and the next line goes on with a capital.
    const lastWord = foldTone(/(\p{sc=Latn}+)\s*$/u.exec(window.slice(0, cut))?.[1] ?? '')
    const next = window.slice(cut + 1)
    const nextWord = foldTone(/^[^\S\n]*(\p{sc=Latn}+)/u.exec(next)?.[1] ?? '')
    const unfinished = INCOMPLETE.has(lastWord) && /^[^\S\n]*\p{Lu}/u.test(next)
    if (!unfinished && !BIGRAMS.has(`${lastWord} ${nextWord}`)) break
    cut += 1
    rest = next
  }
  let candidate = window.slice(0, cut).replace(/\s+$/u, '')
  const words = candidate.split(/\s+/u)
  if (words.length > MAX_ISSUER_WORDS) {
    candidate = candidate.slice(0, wordsEnd(candidate, MAX_ISSUER_WORDS))
  }
  // A known name wins when the clause rule cut it short ("Bộ Văn hóa, Thể thao và Du lịch") or ran past
  // it into lower-case words OCR garbled ("Chính phủ sửa đôi", "Bộ Chính trị khóa XII").
  const known = knownIssuerLength(window)
  if (known > candidate.length || (known > 0 && /^[^\S\n]+\p{Ll}/u.test(window.slice(known, known + 4)))) {
    candidate = window.slice(0, known)
  }
  if (!/^\p{Lu}/u.test(candidate)) return null
  return {name: fold(candidate), end: pos + candidate.length}
}

/** Offset just after the k-th word of `text`. */
function wordsEnd(text: string, k: number): number {
  const re = /\S+/gu
  let end = 0
  for (let i = 0; i < k; i++) {
    const m = re.exec(text)
    if (m === null) break
    end = m.index + m[0].length
  }
  return end
}

/** Length of the longest known issuer at the start of `window` (case and tone-placement folded), or 0. */
function knownIssuerLength(window: string): number {
  const firstWord = /^\p{sc=Latn}{1,12}/u.exec(window)?.[0]
  if (firstWord === undefined) return 0
  const candidates = KNOWN_BY_FIRST.get(foldTone(firstWord))
  if (candidates === undefined) return 0
  const head = window.slice(0, 120)
  const folded = foldTone(head)
  if (folded.length !== head.length) return 0
  for (const words of candidates) {
    let at = 0
    let ok = true
    for (let i = 0; i < words.length && ok; i++) {
      const w = words[i] ?? ''
      if (i > 0) {
        const after = skipSpace(folded, at)
        ok = after > at
        at = after
      }
      if (ok && folded.startsWith(w, at)) at += w.length
      else ok = false
    }
    if (ok && !/^[\p{sc=Latn}\d\p{No}]/u.test(folded.slice(at, at + 2))) return at
  }
  return 0
}

/** Offset after the spaces (at most one line break) starting at `at`. */
function skipSpace(text: string, at: number): number {
  let i = at
  let breaks = 0
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      if (++breaks > 1) break
    } else if (!(c === 32 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000)) {
      break
    }
  }
  return i
}

/** Text before a symbol that makes it the document's own number: a line starting "Số:". */
const HEADER_PREFIX = /^[\s>*#|_]*(?:Số|SỐ|So|SO|Sô|SÔ)[\s*]*(?::[\s*]*)?$/u
/** Place and date after a symbol on the same line: the document's own number line. */
const HEADER_SUFFIX = /^[^\S\n]*(?:[_|—–-][^\S\n]*)?\p{Lu}[\p{sc=Latn}. ]{1,30},[^\S\n]*[Nn]gày/u
/** Text between two list items: ", " / " và " / ", và ", optionally "số" before the next one. */
const CONTINUATION = new RegExp(`^${WS0}(?:,${WS0}(?:${phrasePattern('và')}${WS1})?|${phrasePattern('và')}${WS1})(${LABEL})?$`, 'u')
/** "số" right before a bare symbol on the same line. */
const LABEL_BEFORE = new RegExp(`${WORD_START}${SO}(?:${HS}*:)?${HS}*$`, 'u')

function barePass(n: string, typed: readonly Found[]): Found[] {
  const out: Found[] = []
  let k = 0
  let last: Found | null = null
  SYMBOL_ANYWHERE.lastIndex = 0
  for (let m = SYMBOL_ANYWHERE.exec(n); m !== null; m = SYMBOL_ANYWHERE.exec(n)) {
    const symStart = m.index
    // Flush typed citations that end before this symbol.
    while (k < typed.length && (typed[k]?.end ?? 0) <= symStart) {
      const t = typed[k]
      if (t !== undefined) {
        out.push(t)
        last = t
      }
      k++
    }
    const next = typed[k]
    const rawLength = m[0].length - gluedTail(m[0])
    if (next !== undefined && next.start < symStart + rawLength) {
      // Inside (or overlapping) a typed citation: already covered.
      if (next.end > SYMBOL_ANYWHERE.lastIndex) SYMBOL_ANYWHERE.lastIndex = next.end
      continue
    }
    const found = bareAt(n, symStart, m[0].slice(0, rawLength), last)
    if (found === null) continue
    if (next !== undefined && found.end > next.start) {
      found.end = found.numberEnd
      found.date = null
      found.issuer = null
    }
    out.push(found)
    last = found
    if (found.end > SYMBOL_ANYWHERE.lastIndex) SYMBOL_ANYWHERE.lastIndex = found.end
  }
  for (; k < typed.length; k++) {
    const t = typed[k]
    if (t !== undefined) out.push(t)
  }
  return out
}

function bareAt(n: string, symStart: number, symbolText: string, last: Found | null): Found | null {
  const before = n.slice(Math.max(0, symStart - 80), symStart)
  const lineBreak = before.lastIndexOf('\n')
  const linePrefix = lineBreak >= 0 ? before.slice(lineBreak + 1) : symStart <= 80 ? before : null
  if (linePrefix !== null && HEADER_PREFIX.test(linePrefix)) return null

  // "… 41 /CT-TTg Hà Nội, ngày …": the header line of the document itself, number before place and date.
  if (HEADER_SUFFIX.test(n.slice(symStart + symbolText.length, symStart + symbolText.length + 60))) return null

  const number = canonicalSymbol(symbolText)
  const parsed = splitCanonical(number)
  if (parsed === null) return null
  // A State symbol in running text must look like one: a year, or a code starting with two capitals
  // ("5/KH-UBND", not "Tổ 5/Khu 3").
  if (parsed.system === 'state' && parsed.year === null && !/^\d+\/\p{Lu}{2}/u.test(number)) return null

  let start = symStart
  let continues: Found | null = null
  if (last !== null && symStart - last.end <= 40) {
    const gap = n.slice(last.end, symStart)
    const c = CONTINUATION.exec(gap)
    if (c !== null) {
      continues = last
      if (c[1] !== undefined) start = symStart - c[1].length
    }
  }
  if (continues === null) {
    const label = LABEL_BEFORE.exec(before.slice(-12))
    // Never reach back into the previous citation ("…/BGDĐT-so 6240 /…": "so" was its last group).
    if (label !== null && symStart - label[0].length >= (last?.end ?? 0)) start = symStart - label[0].length
  }

  const numberEnd = symStart + symbolText.length
  const tail = tailAt(n, numberEnd, true)
  const found: Found = {
    start,
    end: tail.end,
    numberEnd,
    kind: continues?.kind ?? kindFromSymbol(parsed),
    number,
    date: tail.date,
    issuer: tail.issuer,
    continues
  }
  // "Nghị quyết số 18-NQ/TW, 19-NQ/TW của Bộ Chính trị": the issuer closes the whole list.
  if (found.issuer !== null) {
    for (let p = continues; p !== null && p.issuer === null; p = p.continues) p.issuer = found.issuer
  }
  return found
}

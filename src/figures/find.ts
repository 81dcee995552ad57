/**
 * Finds measured quantities in running text (DOMAIN.md §5).
 *
 * A figure is a number written Vietnamese-style, optionally preceded by a qualifier and followed by an
 * optional scale word, then — always — a unit from `UNIT_TABLE`:
 *
 *     [qualifier] NUMBER [scale] UNIT        gần 105 nghìn tỷ đồng · 11,81% · ước đạt 97.471 tỷ đồng
 *
 * Requiring a unit is what keeps plain counts, periods, years, ranks, dates, symbols and headings out
 * (`11 năm`, `02 con số`, `06 thành phố`, `05 tháng`, `thứ 3`, `30/6/2026`, `300/2025/NĐ-CP`, `7.1.`).
 *
 * Linear time: one global scan for digit runs (no nested quantifiers, nothing after the run to backtrack
 * into), then for each run only sticky matches at a known position and look-backs over bounded windows
 * that never reach past the previous figure.
 */
import {escapeRegExp} from '../text/escape-regexp.js'
import {foldLower} from '../text/fold.js'
import {normalizeText} from '../text/normalize-text.js'
import {decimalToNumber, splitNumberToken} from './number.js'
import {
  BOUND_WORDS,
  COMPARATIVES,
  CONNECTORS,
  COUNT_VERBS,
  ESTIMATE_WORDS,
  PREDICATE_NOUNS,
  PREDICATES,
  RANK_WORDS,
  RELATION_HEADS,
  RELATION_STOPS,
  SCALE_TABLE,
  UNIT_TABLE,
  type UnitSpec
} from '../lexicon/figures.js'
import {hasWordChar, WORD_START} from '../text/word-boundary.js'

export interface FigureMatch {
  /** UTF-16 offset into the given text; `text.slice(index, index + length) === raw`. */
  index: number
  length: number
  /** The quantity as written, qualifier and unit included: "gần 30 tỷ USD", "11,81%". */
  raw: string
  /** Scaled value: "197.810 tỷ đồng" → 197810000000000; "11,81%" → 11.81. */
  value: number
  /** Normalised unit: "VND", "USD", "%", "percentage points", "ha", "km", "m2", "tấn", "lượt" … */
  unit: string
  /** Qualified by gần, khoảng, trên, hơn, ước (đạt/tính), xấp xỉ, sơ bộ, dự kiến … */
  approximate: boolean
  /**
   * What is measured (NFC): `subject` or `subject (relation)`, see `findFigures`; null if none found.
   */
  metric: string | null
}

// ---------------------------------------------------------------------------------------------------
// Patterns built from the tables

/** Horizontal whitespace inside a multi-word key: `[^\S\r\n]` spelled out (see {@link wordEndOnce}). */
const HS = '[\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]'
/** Not a letter, digit or mark: a word boundary that works for Vietnamese (ASCII `\b` does not). */
const NOT_WORD_BEFORE = '(?<![\\p{sc=Latn}\\d\\p{No}\\p{M}])'
const NOT_WORD_AFTER = '(?![\\p{sc=Latn}\\d\\p{No}\\p{M}])'

/** One key as a pattern: spaces match any horizontal whitespace; a word-final key needs a boundary. */
function keyPattern(key: string): string {
  return /[\p{sc=Latn}\d\p{No}]$/u.test(key) ? keyBody(key) + NOT_WORD_AFTER : keyBody(key)
}

/** One key without its boundary: its words, any horizontal whitespace between them. */
function keyBody(key: string): string {
  return key.split(' ').map((part) => escapeRegExp(part)).join(`${HS}+`)
}

/** Alternation of keys, longest first so the first one to match is the longest; `caseless`: for the `i` flag. */
function alternation(keys: readonly string[], caseless: boolean): string {
  const sorted = [...keys].sort((a, b) => b.length - a.length)
  const once = wordEndOnce(sorted, caseless)
  return once ?? sorted.map((key) => keyPattern(key)).join('|')
}

/** Lower-cases and collapses spaces: the lookup key of a case-insensitive match. */
function wordKey(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ')
}

const unitEntries = Object.entries(UNIT_TABLE)
const wordUnits = new Map(unitEntries.filter(([, spec]) => spec.words).map(([key, spec]) => [wordKey(key), spec]))
const symbolUnits = new Map(unitEntries.filter(([, spec]) => !spec.words))
const WORD_UNIT = new RegExp(`(?:${alternation([...wordUnits.keys()], true)})`, 'iuy')
const SYMBOL_UNIT = new RegExp(`(?:${alternation([...symbolUnits.keys()], false)})`, 'uy')

const scales = new Map(Object.entries(SCALE_TABLE).map(([key, exponent]) => [wordKey(key), exponent]))
const SCALE = new RegExp(`(?:${alternation([...scales.keys()], true)})`, 'iuy')

/**
 * Digit runs with `.`/`,` separators, not glued to a letter or digit before, nor after `/` (dates,
 * symbols, `24/24`), `±` (tolerances) or a digit and separator (the tail of a run skipped as a whole,
 * `1202.5` in `4414/1202.5%`). Greedy with nothing after it, so it cannot backtrack; `(?=\d)` skips ahead.
 */
const NUMBER = /(?=\d)(?<![\p{sc=Latn}\d\p{No}\p{M}_±/]|\d[.,])\d+(?:[.,]\d+)*/gu

/** Qualifier chain ending right before the number (tested on a short window ending there). */
const QUALIFIER = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:${alternation(ESTIMATE_WORDS, true)})(?:${HS}+đạt${NOT_WORD_AFTER})?` +
    `(?:${HS}+(?:${alternation(BOUND_WORDS, true)}))?|(?:${alternation(BOUND_WORDS, true)}))\\s+$`,
  'iu'
)

const COUNT_VERB_BEFORE = new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(COUNT_VERBS, true)})\\s+$`, 'iu')
const GAP_BEFORE = /(?<![\p{sc=Latn}\d\p{No}\p{M}])gấp\s+$/iu
const LAST_WORD = /([\p{sc=Latn}\p{M}]+)[^\S\r\n]*$/u
const NEXT_SYLLABLE = /[^\S\r\n]+([\p{sc=Latn}\p{M}]+)/uy

const PREDICATE = new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(PREDICATES, true)})`, 'giu')
/** Characters of a subject's tail that the patterns below look at. */
const TAIL = 48
const RANGE_START = /(?:(?<![\p{sc=Latn}\d\p{No}\p{M}])(?:từ|khoảng)\s+)?\d[\d.,]*\s*(?:[-–÷~]|đến|tới)\s*$/u
const TRAILING_PUNCTUATION = /[\s,;:.\-–—+<>≤≥=~÷]+$/u
/** Prepositions left dangling at the end of a subject: "lượng mưa đến | 70mm/h". */
const TRAILING_PREPOSITION = /(?<![\p{sc=Latn}\d\p{No}\p{M}])(?:đến|tới|từ|với|của|ở|vào|khoảng)$/iu
/** A comparative left at the end of a subject: "Năng suất cao hơn | 5%". */
const TRAILING_COMPARATIVE = new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(COMPARATIVES, true)})${HS}+hơn$`, 'iu')
const CONNECTOR = new RegExp(`^(?:${alternation(CONNECTORS, true)})\\s*`, 'iu')
/** A line opening with a list label: (1) (a) (iv). */
const LIST_PAREN = /^\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)/iu
const LIST_MARKER = /^(?:[-+•–—]+|\(?(?:\d{1,2}|[a-zđ]|[ivxIVX]{1,4})[.)]+)\s*/u

const rankWords = new Set<string>(RANK_WORDS)
const comparatives = new Set<string>(COMPARATIVES)
const relationStops = new Set<string>(RELATION_STOPS)
const relationHeads = RELATION_HEADS.map((head) => foldLower(head).split(' '))
const relationFirstWords = new Set(relationHeads.map((parts) => parts[0] ?? ''))

/** Look-back / look-ahead limits (characters). */
const QUALIFIER_WINDOW = 40
const CLAUSE_WINDOW = 200
const SENTENCE_GAP = 400
const RELATION_WINDOW = 100
const RELATION_WORDS = 6
const SUBJECT_WORDS = 16

// ---------------------------------------------------------------------------------------------------
// Public

/**
 * Every measured quantity (money, percentage, area, length, volume, flow, weight, power, and counts with
 * a measurement unit) in text order.
 *
 * Rules, in order:
 * - Number: Vietnamese notation (`197.810`, `11,81`, `1.234.567,89`); as a fallback a single `.` before
 *   one or two digits is a decimal point (`+2.80m`). Runs glued to letters (`QH15`), after `/` or `±`,
 *   or followed by `/digit` (dates, `24/24`) are skipped, as are ranks (`thứ 3`, `top 5`).
 * - Then optional scale word (`nghìn`, `ngàn`, `triệu`, `tỷ`/`tỉ`, `nghìn tỷ`), then a unit from
 *   `UNIT_TABLE` (whitespace, at most one line break, may separate them; none is needed: `9ha`).
 *   A scale word without a unit is not a figure.
 * - Counted units (lượt, hồ sơ, doanh nghiệp) need evidence: a scale word, a value of 1.000 or more, a
 *   qualifier, or a verb such as tiếp nhận/giải quyết/đạt before the number — and no leading zero.
 *   `lần` needs `gấp` before the number.
 * - Qualifier: `ESTIMATE_WORDS` (+ optional `đạt`) and/or `BOUND_WORDS` right before the number are
 *   part of `raw` and set `approximate`; `hơn` after a comparative (cao hơn) is not a qualifier.
 *
 * Metric rule (all on NFC text, whitespace folded):
 * - Clause: text back from the figure (before its qualifier) to the nearest delimiter — `,` `;` `:`
 *   `(` `)` `|`, a sentence end, a blank line or a list line — never past the previous figure (and
 *   its relation), at most 200 characters. Leading list markers and connectors (trong đó, và …) go.
 * - Subject: the clause before its first predicate word (đạt, tăng, giảm, bằng, chiếm, vượt, là …; not
 *   `tăng trưởng`); the whole clause if there is none. A clause that begins with a predicate ("tăng",
 *   "và bằng", "tăng gấp") has no subject of its own: after `(` or `:` the segment before that
 *   delimiter is used ("Phú Đô (31,5 ha)" → "Phú Đô"), after `)` the clause before the parenthesis,
 *   otherwise the previous figure's subject in the same sentence. A trailing range start ("từ 50 ÷"),
 *   comparative ("cao hơn") or dangling preposition is dropped; at most the last 16 words are kept.
 * - Relation: words after the unit that start with `RELATION_HEADS` (dự toán, kế hoạch, so với …,
 *   matched without diacritics) up to a delimiter or a `RELATION_STOPS` word, at most 6 words.
 * - metric = `subject (relation)`, or `subject`, or `relation`, or null.
 * Examples: "GRDP thành phố tăng 11,81%" → "GRDP thành phố"; "…đạt 197.810 tỷ đồng, bằng 134,2% dự toán,
 * tăng 29,6% so với năm 2024" → "Tổng thu ngân sách nhà nước năm 2025", "… (dự toán)",
 * "… (so với năm 2024)".
 *
 * Input may be NFD: matching runs on an NFC view; `index`/`length`/`raw` refer to the given string.
 *
 * Known limits: spelled numbers (hai con số, ba tỷ) are not read; in a range ("100 - 150m3/h",
 * "50 ÷ 70mm/h") only the number carrying the unit is a figure; OCR-split decimals ("6, 8km") read as
 * the part glued to the unit; `metric` is a heuristic over the written words, not a parse.
 *
 * @param text
 *   Any text.
 * @returns
 *   Figures in text order.
 */
export function findFigures(text: string): FigureMatch[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const view = normalizeText(text)
  const norm = view.text
  const figures: FigureMatch[] = []
  /** End of the previous figure and its relation: nothing looks back past it. */
  let floor = 0
  let previous: {end: number; subject: string | null} | null = null

  // The module's pattern itself, not a copy per call (a copy costs a walk over its long source). A
  // search that runs to its end leaves lastIndex at 0; one cut short by a throw is reset here.
  NUMBER.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = NUMBER.exec(norm)) !== null) {
    const found = readFigure(norm, match.index, match[0], floor)
    if (!found) continue

    const relation = relationAt(norm, found.end)
    const own = subjectBefore(norm, found.start, floor)
    let subject = own
    if (subject === null && previous !== null && !hasSentenceBreak(norm, previous.end, found.start)) {
      subject = previous.subject
    }

    const metric =
      subject && relation ? `${subject} (${relation.phrase})` : subject || (relation ? relation.phrase : null)
    const index = view.toOriginal(found.start)
    const end = view.toOriginalEnd(found.end)
    figures.push({
      index,
      length: end - index,
      raw: text.slice(index, end),
      value: found.value,
      unit: found.spec.unit,
      approximate: found.approximate,
      metric
    })

    floor = relation ? relation.end : found.end
    previous = {end: floor, subject}
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, found.end)
  }

  return figures
}

// ---------------------------------------------------------------------------------------------------
// One figure

interface Found {
  /** NFC offsets of the whole figure (qualifier start … unit end). */
  start: number
  end: number
  value: number
  spec: UnitSpec
  approximate: boolean
}

function readFigure(norm: string, numberStart: number, token: string, floor: number): Found | null {
  const numberEnd = numberStart + token.length
  // Dates and ratios: 30/6/2026, 24/24, 5/34.
  if (norm[numberEnd] === '/' && isDigit(norm.charCodeAt(numberEnd + 1))) return null

  const digits = splitNumberToken(token)
  if (!digits) return null

  let position = skipGap(norm, numberEnd)
  let exponent = 0
  SCALE.lastIndex = position
  const scale = SCALE.exec(norm)
  if (scale) {
    exponent = scales.get(wordKey(scale[0])) ?? 0
    position = skipGap(norm, position + scale[0].length)
  }

  const unit = unitAt(norm, position)
  if (!unit) return null

  const windowStart = Math.max(floor, numberStart - QUALIFIER_WINDOW)
  const before = norm.slice(windowStart, numberStart)
  if (rankWords.has((LAST_WORD.exec(before)?.[1] ?? '').toLowerCase())) return null

  let start = numberStart
  let approximate = false
  const qualifier = QUALIFIER.exec(before)
  if (qualifier) {
    const head = qualifier[0].toLowerCase()
    const comparative =
      head.startsWith('hơn') &&
      comparatives.has((LAST_WORD.exec(before.slice(0, qualifier.index))?.[1] ?? '').toLowerCase())
    if (!comparative) {
      start = windowStart + qualifier.index
      approximate = true
    }
  }

  const leading = norm.slice(windowStart, start)
  if (unit.spec.kind === 'ratio' && !GAP_BEFORE.test(leading)) return null

  const value = decimalToNumber(digits.intDigits, digits.fracDigits, exponent)
  if (value === null) return null

  if (unit.spec.kind === 'count') {
    const leadingZero = token.length > 1 && token[0] === '0' && isDigit(token.charCodeAt(1))
    const evidence = exponent > 0 || value >= 1000 || approximate || COUNT_VERB_BEFORE.test(leading)
    if (leadingZero || !evidence) return null
  }

  return {start, end: unit.end, value, spec: unit.spec, approximate}
}

/** The unit written at `position` (longest of the word and symbol matches), checked against `notBefore`. */
function unitAt(norm: string, position: number): {spec: UnitSpec; end: number} | null {
  WORD_UNIT.lastIndex = position
  SYMBOL_UNIT.lastIndex = position
  const word = WORD_UNIT.exec(norm)
  const symbol = SYMBOL_UNIT.exec(norm)
  let best: {spec: UnitSpec; end: number} | null = null
  if (word) {
    const spec = wordUnits.get(wordKey(word[0]))
    if (spec) best = {spec, end: position + word[0].length}
  }

  if (symbol && (!best || symbol[0].length > best.end - position)) {
    const spec = symbolUnits.get(symbol[0])
    if (spec) best = {spec, end: position + symbol[0].length}
  }

  if (!best) return null
  if (best.spec.notBefore) {
    NEXT_SYLLABLE.lastIndex = best.end
    const next = NEXT_SYLLABLE.exec(norm)?.[1]?.toLowerCase()
    if (next !== undefined && best.spec.notBefore.includes(next)) return null
  }

  return best
}

// ---------------------------------------------------------------------------------------------------
// Metric

/**
 * Delimiter strength at `index`: 0 none, 1 clause (`,` `;`), 2 opening (`(` `[` `:`), 3 sentence,
 * 4 closing (`)` `]`).
 */
function delimiterAt(norm: string, index: number): 0 | 1 | 2 | 3 | 4 {
  const char = norm[index]
  switch (char) {
    case ',':
    case ':': {
      // 11,81 and 24:00 are not delimiters.
      if (isDigit(norm.charCodeAt(index - 1)) && isDigit(norm.charCodeAt(index + 1))) return 0
      return char === ',' ? 1 : 2
    }

    case ';':
      return 1
    case ')':
    case ']':
      return 4
    case '(':
    case '[':
      return 2
    case '|':
    case '!':
    case '?':
      return 3
    case '.': {
      const next = norm.charCodeAt(index + 1)
      return Number.isNaN(next) || isSpace(next) ? 3 : 0
    }

    case '\n': {
      // A wrapped line is not a boundary; a blank line or a list/heading/table line is.
      let next = index + 1
      while (next < norm.length && isHorizontalSpace(norm.charCodeAt(next))) next++
      if (next >= norm.length) return 3
      const code = norm.charCodeAt(next)
      if (code === 10 || code === 13) return 3
      if ('-+•*#>|–—'.includes(norm[next] ?? '')) return 3
      if (norm[next] === '(' && LIST_PAREN.test(norm.slice(next, next + 7))) return 3
      if (isDigit(code)) {
        let after = next
        while (after < norm.length && isDigit(norm.charCodeAt(after))) after++
        if (norm[after] === '.' || norm[after] === ')') return 3
      }

      return 0
    }

    default:
      return 0
  }
}

/** Whether a sentence ends somewhere in `[from, to)` (a long gap counts as one). */
function hasSentenceBreak(norm: string, from: number, to: number): boolean {
  if (to - from > SENTENCE_GAP) return true
  for (let index = from; index < to; index++) if (delimiterAt(norm, index) === 3) return true
  return false
}

/** Nearest delimiter before `end`, not before `floor`, within the clause window. */
function clauseBefore(norm: string, end: number, floor: number): {start: number; strength: number} {
  const limit = Math.max(floor, end - CLAUSE_WINDOW)
  for (let index = end - 1; index >= limit; index--) {
    const strength = delimiterAt(norm, index)
    if (strength > 0) return {start: index + 1, strength}
  }

  return {start: limit, strength: limit === floor ? 1 : 0}
}

/** The subject of the clause ending at `end`, or null when the clause is only a predicate or empty. */
function subjectBefore(norm: string, end: number, floor: number): string | null {
  const clause = clauseBefore(norm, end, floor)
  const subject = subjectOf(norm.slice(clause.start, end))
  if (subject !== '') return subject
  // "Phú Đô (31,5 ha)", "Kinh phí: 5 tỷ đồng": the thing measured precedes the opening delimiter.
  if (clause.strength === 2 && clause.start - 1 > floor) {
    const outer = clauseBefore(norm, clause.start - 1, floor)
    return subjectOf(norm.slice(outer.start, clause.start - 1)) || null
  }

  // "mực nước hạ lưu đập (sông Nhuệ) đạt 4,5 m": skip the parenthesis, read the clause before it.
  if (clause.strength === 4) {
    const open = openingBefore(norm, clause.start - 1, Math.max(floor, end - CLAUSE_WINDOW))
    if (open > floor) {
      const outer = clauseBefore(norm, open, floor)
      return subjectOf(norm.slice(outer.start, open)) || null
    }
  }

  return null
}

/** Offset of the `(`/`[` opening the bracket closed at `close`, or -1 (no nesting, bounded). */
function openingBefore(norm: string, close: number, limit: number): number {
  const opener = norm[close] === ']' ? '[' : '('
  for (let index = close - 1; index >= limit; index--) {
    const char = norm[index]
    if (char === opener) return index
    if (char === ')' || char === ']' || char === '\n') return -1
  }

  return -1
}

/** Cleans a clause and cuts it at its first predicate; '' when nothing is left. */
function subjectOf(clause: string): string {
  if (!hasWordChar(clause)) return ''
  let text = clause
    .replace(/[*_#>|`\\"“”]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  for (let guard = 0; guard < 8; guard++) {
    const before = text
    text = text.replace(LIST_MARKER, '').replace(CONNECTOR, '')
    if (text === before) break
  }

  let cut = -1
  let atStart = false
  PREDICATE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = PREDICATE.exec(text)) !== null) {
    const word = match[0]
    const after = text.slice(match.index + word.length)
    if (/^[\p{sc=Latn}\d\p{No}\p{M}]/u.test(after)) continue
    const next = /^\s+([\p{sc=Latn}\p{M}]+)/u.exec(after)?.[1]?.toLowerCase()
    const nouns = PREDICATE_NOUNS[word.toLowerCase()]
    if (next !== undefined && nouns?.includes(next)) continue
    if (match.index === 0) atStart = true
    else cut = match.index
    break
  }

  if (cut >= 0) text = text.slice(0, cut)
  else if (atStart) text = ''
  // Tidy the end. The patterns only ever see a short tail, so their unanchored starts stay cheap.
  const keep = Math.max(0, text.length - TAIL)
  const tail = text
    .slice(keep)
    // The first number of a range is not part of the subject: "lượng mưa từ 50 ÷ | 70mm/h".
    .replace(RANGE_START, '')
    .replace(TRAILING_PUNCTUATION, '')
    .replace(TRAILING_PREPOSITION, '')
    .replace(TRAILING_COMPARATIVE, '')
  text = (text.slice(0, keep) + tail).trim()
  const words = text.split(' ')
  if (words.length > SUBJECT_WORDS) text = words.slice(-SUBJECT_WORDS).join(' ')
  return text
}

/** A relation phrase right after the figure ("dự toán", "so với năm 2024"), with its end offset. */
function relationAt(norm: string, end: number): {phrase: string; end: number} | null {
  // Cheap test first: the next word must be the first word of some head.
  const first = skipGap(norm, end)
  let wordEnd = first
  while (wordEnd < norm.length && wordEnd - first < 12 && isWordChar(norm.charCodeAt(wordEnd))) wordEnd++
  if (wordEnd === first || !relationFirstWords.has(foldLower(norm.slice(first, wordEnd)))) return null

  const window = norm.slice(end, end + RELATION_WINDOW)
  const words: Array<{text: string; end: number}> = []
  const word = /[^\s,;:()[\]|]+/gu
  let match: RegExpExecArray | null
  let last = 0
  while ((match = word.exec(window)) !== null && words.length < RELATION_WORDS + 3) {
    const gap = window.slice(last, match.index)
    if (words.length > 0 && (/[,;:()[\]|]/u.test(gap) || /\n\s*\n/u.test(gap))) break
    let text = match[0]
    // The next figure ("… so với 5% …") is never part of a relation.
    if (isDigit(text.charCodeAt(0)) && startsFigure(norm, end + match.index)) break
    const closes = /[.!?]$/u.test(text)
    if (closes) text = text.replace(/[.!?]+$/u, '')
    words.push({text, end: match.index + text.length})
    last = match.index + match[0].length
    if (closes) break
  }

  const folded = words.slice(0, 3).map((item) => foldLower(item.text))
  const head = relationHeads.find((parts) => parts.every((part, index) => folded[index] === part))
  if (!head) return null
  let count = head.length
  while (count < words.length && count < RELATION_WORDS) {
    const text = (words[count]?.text ?? '').toLowerCase()
    if (relationStops.has(text) || text === '') break
    count++
  }

  // "so với" needs what it compares with.
  if (count === head.length && head.at(-1) === 'voi') return null
  const taken = words.slice(0, count)
  const lastWord = taken.at(-1)
  if (!lastWord) return null
  return {phrase: taken.map((item) => item.text).join(' '), end: end + lastWord.end}
}

/** Whether a number at `position` is followed by a unit (scale word allowed): a figure starts there. */
function startsFigure(norm: string, position: number): boolean {
  let index = position
  while (index < norm.length && (isDigit(norm.charCodeAt(index)) || norm[index] === '.' || norm[index] === ',')) {
    index++
  }

  index = skipGap(norm, index)
  SCALE.lastIndex = index
  const scale = SCALE.exec(norm)
  if (scale) index = skipGap(norm, index + scale[0].length)
  return unitAt(norm, index) !== null
}

// ---------------------------------------------------------------------------------------------------
// Characters

/** ASCII letters and anything beyond Latin-1 punctuation (Vietnamese letters and marks). */
function isWordChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isHorizontalSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

function isSpace(code: number): boolean {
  return isHorizontalSpace(code) || code === 10 || code === 13 || code === 11 || code === 12
}

/** Skips horizontal whitespace and at most one line break (OCR wraps "69 triệu\nđồng"). */
function skipGap(norm: string, position: number): number {
  let index = position
  while (index < norm.length && isHorizontalSpace(norm.charCodeAt(index))) index++
  if (norm.charCodeAt(index) === 13) index++
  if (norm.charCodeAt(index) === 10) {
    index++
    while (index < norm.length && isHorizontalSpace(norm.charCodeAt(index))) index++
  }

  return index
}

/**
 * The alternation of `keys` (in order) with the word-end test written once after it rather than after
 * each key, or null when that would not be the same pattern. V8 spends about half a millisecond
 * compiling each `\p{…}` class (more under the `i` flag, which also folds the complement in
 * `[^\S\r\n]`, hence {@link HS} spelled out), and these lists were most of a cold start's pattern
 * compilation. `(?:k1|k2|…)(?:(?<![\p{sc=Latn}\d\p{No}])|(?![\p{sc=Latn}\d\p{No}\p{M}]))` tries the keys in the same order and
 * accepts the same ones as `k1(?!…)|k2|…`, where only keys ending in a letter or digit have the test, as
 * long as the last character matched is a letter or digit exactly when the key's last character is:
 * always without the `i` flag, and with it for keys ending in a Latin character (U+0000–U+024F,
 * U+1E00–U+1EFF: all their case variants agree, checked over the whole of Unicode).
 */
function wordEndOnce(keys: readonly string[], caseless: boolean): string | null {
  if (caseless && !keys.every((key) => /[\u0000-\u024f\u1e00-\u1eff]$/u.test(key))) return null
  return `(?:${keys.map((key) => keyBody(key)).join('|')})(?:${WORD_START}|${NOT_WORD_AFTER})`
}

/**
 * Reads the header block once for the `document` and `receipt` extractors: number and symbol, place and
 * date, type line and title (trích yếu), issuer, and the incoming (ĐẾN) stamp that a receiving office adds.
 *
 * Works line by line on the lines before the body, because converters scatter the header's two columns:
 * pdftotext splits cells (`Số:173` … `/KH-UBND`; `Hà Nội, ngày 28` / `tháng 4` / `năm 2026`), OCR glues
 * them (`VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI …`) and lays the stamp over the title lines.
 */
import type {Line} from '../../parse/line.js'
import {joinLines, subLine} from '../../parse/line.js'
import {authorityBodies, authorityTitles} from '../../lexicon/authority.js'
import {fold, foldKey} from '../../text/fold.js'
import {wordAlternation} from '../../text/words.js'
import type {ExtractContext} from '../extractor.js'
import {displayCase} from './casing.js'
import {findNumericDate, findWordDate} from './dates.js'
import {codeFits, foldedTypeNames, typeByCode, typeByName, type DocumentTypeEntry} from '../../lexicon/document-types.js'
import {nationalHeader} from '../../lexicon/structure.js'
import type {Part} from './span.js'
import {wholeLine} from './span.js'
import {firstWordIndex, hasLower, isUpperText, maxFieldLine, tokens, upperRun} from './text.js'
import {analyzeClosing} from './closing.js'
import {symbolAt, type ParsedSymbol} from '../../references/symbol.js'

export interface HeaderType {
  code: string | null
  name: string | null
  raw: string | null
  part: Part | null
}

export interface Stamp {
  office: string | null
  number: string | null
  date: string | null
  forwardedTo: string | null
  file: string | null
  parts: Part[]
}

export interface Header {
  type: HeaderType
  title: string | null
  titleParts: Part[]
  issuer: string | null
  issuerParts: Part[]
  number: string | null
  numberParts: Part[]
  date: string | null
  place: string | null
  dateParts: Part[]
  stamp: Stamp | null
  /** Index of the last line the header reader used (title, stamp, Kính gửi …); -1 if none. */
  lastLine: number
}

const cache = new WeakMap<Line[], Header>()

/**
 * The header of the document in context (computed once per document).
 *
 * @param context
 *   Extraction context.
 * @returns
 *   What the header says.
 */
export function analyzeHeader(context: ExtractContext): Header {
  const cached = cache.get(context.lines)
  if (cached) return cached
  const header = readHeader(context)
  cache.set(context.lines, header)
  return header
}

/** Where a line starts being about the national or Party header (to cut it off an issuer cell). */
const recipientsOrAddress = /^[^\p{sc=Latn}\d\p{No}]{0,8}KINH GUI(?![\p{sc=Latn}])/u
/** Lines that open a body and never a title. */
const bodyOpeners = /^[^\p{sc=Latn}\d\p{No}]{0,3}(?:CAN CU|XET DE NGHI|THEO DE NGHI|NOI NHAN|NGAY \d)/u
/** Words that open a body paragraph but may also open a title (so they end a title only after its first line). */
const openers = /^[^\p{sc=Latn}\d\p{No}]{0,3}(?:THUC HIEN|TRONG |NHAM |DE |QUA )/u
const placeWords = /^(?:TINH(?! UY)|THANH PHO|TP\.?|XA|PHUONG|HUYEN(?! UY)|QUAN(?! UY)|THI XA|THI TRAN|DAC KHU)(?![\p{sc=Latn}])/u
const numberPrefix = /^[^\p{sc=Latn}\d\p{No}]{0,4}(?:Số|SỐ|Sô|So)(?![\p{sc=Latn}\d\p{No}])\s{0,3}:?\s{0,40}/u
/** A number alone: not a symbol's, whose rest (`/KH-UBND`) may follow on a later line. */
const numericOnly = /^\d{1,7}(?![\p{sc=Latn}\d\p{No}]|\s*[/\-–])/u
const fragmentPattern = /^[/\-–]\s*\p{sc=Latn}/u
/** Where a State number stands alone on a line (`173/KH-UBND`), read from there by `symbolAt`. */
const symbolInText = /(?<![\p{sc=Latn}\d\p{No}])\d{1,6} ?\/ ?\p{Lu}[\p{sc=Latn}\d\p{No}&]{0,10}-[\p{sc=Latn}\d\p{No}&-]{1,30}/u
const vvPattern = /^[^\p{sc=Latn}\d\p{No}]{0,3}V ?\/ ?[vV](?![\p{sc=Latn}\d\p{No}])/u
const stampMarker = /^[^\p{sc=Latn}\d\p{No}]{0,4}(DEN)(?![\p{sc=Latn}\d\p{No}])/u
const stampNumberLine = /^[^\p{sc=Latn}\d\p{No}]{0,4}(?:Số|SỐ)\s{0,3}:?\s{0,10}(\d{1,7})\s{0,10}$/u
const stampNumberInline = /(?:Số|SỐ)\s{0,3}:?\s{0,10}(\d{1,7})(?![\d\p{No}/-])/u
const stampDateField = /^[^\p{sc=Latn}\d\p{No}]{0,4}NGAY\s{0,3}:/u
const stampForward = /(?<![\p{sc=Latn}])CHUYEN\s{0,3}:/u
const stampFile = /(?:SO VA KY HIEU(?: HO SO| HS)?|LUU HO SO SO)\s{0,3}:/u
const stampTime = /(?<![\p{sc=Latn}])GIO\s{0,3}[:.]/u
const blankValue = /^[\s.…_·:-]*$/u

interface ZoneLine {
  index: number
  line: Line
  /** Folded key of the text (same length). */
  key: string
}

function readHeader(context: ExtractContext): Header {
  const {lines, layout} = context
  const limit = Math.min(lines.length, layout.closingStart, 60)
  const zoneEnd = Math.min(limit, Math.max(layout.bodyStart, 12))
  const zone: ZoneLine[] = []
  for (let index = 0; index < zoneEnd; index++) {
    const line = lines[index]
    if (!line) continue
    zone.push({index, line, key: line.text.length <= maxFieldLine ? foldKey(line.text) : ''})
  }

  const used = new Set<number>()
  const number = readNumber(zone, used)
  const type = readType(zone, number.code, number.system, Boolean(findVv(zone)))
  if (type.part) used.add(indexOf(zone, type.part.line))
  const date = readDate(zone, used)
  const stamp = readStamp(zone, used, type)
  const title = readTitle(zone, used, type, stamp, layout.bodyStart)
  const firstStop = Math.min(
    ...[number.parts, date.parts, title.parts, type.part ? [type.part] : []].flatMap((parts) =>
      parts.map((part) => indexOf(zone, part.line))
    ),
    ...zone.filter((entry) => recipientsOrAddress.test(entry.key) || vvPattern.test(entry.line.text)).map((entry) => entry.index),
    zoneEnd
  )
  const issuer = readIssuer(zone, firstStop, stamp)
  let issuerName = issuer.name
  if (!issuerName) issuerName = inferIssuer(title.text, context)

  let lastLine = -1
  for (const parts of [number.parts, date.parts, title.parts, issuer.parts, stamp?.parts ?? [], type.part ? [type.part] : []]) {
    for (const part of parts) lastLine = Math.max(lastLine, indexOf(zone, part.line))
  }

  for (const entry of zone) {
    if (recipientsOrAddress.test(entry.key) && entry.index > lastLine && entry.index <= lastLine + 3) lastLine = entry.index
  }

  return {
    type,
    title: title.text,
    titleParts: title.parts,
    issuer: issuerName,
    issuerParts: issuer.parts,
    number: number.value,
    numberParts: number.parts,
    date: date.date,
    place: date.place,
    dateParts: date.parts,
    stamp,
    lastLine
  }
}

function indexOf(zone: ZoneLine[], line: Line): number {
  // Parts may be sub-lines: compare by first offset.
  const offset = line.offsets[0] ?? -1
  let found = -1
  for (const entry of zone) {
    const start = entry.line.offsets[0] ?? -2
    const end = entry.line.offsets[entry.line.text.length] ?? -2
    if (entry.line === line || (offset >= start && offset < end)) {
      found = entry.index
      break
    }
  }

  return found
}

// ---------------------------------------------------------------------------------------------------------
// Number and symbol

interface NumberResult {
  value: string | null
  code: string | null
  system: 'state' | 'party'
  parts: Part[]
}

/** Which lines hold the number is the header's business; reading the symbol is `references/symbol.ts`'s. */
function readNumber(zone: ZoneLine[], used: Set<number>): NumberResult {
  for (const [position, entry] of zone.entries()) {
    if (!entry.key) continue
    const prefix = numberPrefix.exec(entry.line.text)
    if (!prefix || /^SO VA KY HIEU/u.test(entry.key.slice(firstWordIndex(entry.key)))) continue
    const restStart = prefix.index + prefix[0].length
    const rest = entry.line.text.slice(restStart)
    const partStart = prefix.index + firstWordIndex(prefix[0])

    const found = symbolAt(rest)
    if (found) {
      used.add(entry.index)
      return numberOf(found.parsed, [{line: entry.line, from: partStart, to: restStart + found.length}])
    }

    const numeric = numericOnly.exec(rest)
    if (!numeric) continue
    // A bare number is the document's only when its symbol follows a few lines below (a split table cell);
    // otherwise it is the stamp's số đến.
    for (const next of zone.slice(position + 1, position + 5)) {
      if (!next.key) continue
      const lead = Math.max(0, next.line.text.search(/\S/u))
      const fragment = next.line.text.slice(lead)
      if (!fragmentPattern.test(fragment)) continue
      const joined = symbolAt(numeric[0] + fragment)
      if (!joined) continue
      used.add(entry.index)
      used.add(next.index)
      return numberOf(joined.parsed, [
        {line: entry.line, from: partStart, to: restStart + numeric[0].length},
        {line: next.line, from: lead, to: lead + joined.length - numeric[0].length}
      ])
    }
  }

  // No "Số" line: a symbol standing alone before the title (OCR lost the word "Số").
  for (const entry of zone) {
    if (!entry.key || nationalHeader.test(entry.key)) continue
    if (typeLineMatch(entry)) break
    const match = symbolInText.exec(entry.line.text)
    const found = match && symbolAt(entry.line.text.slice(match.index))
    if (!match || !found) continue
    used.add(entry.index)
    return numberOf(found.parsed, [{line: entry.line, from: match.index, to: match.index + found.length}])
  }

  return {value: null, code: null, system: 'state', parts: []}
}

/**
 * The number as the document model holds it (null when left blank), and the code after the number that
 * names the type: a Party symbol's type code, a State symbol's first group (a công văn's is its issuer's).
 */
function numberOf(parsed: ParsedSymbol, parts: Part[]): NumberResult {
  const code = (parsed.typeCode ?? parsed.issuerCode ?? '').split('-')[0] || null
  return {value: parsed.number === null ? null : parsed.symbol, code, system: parsed.system, parts}
}

// ---------------------------------------------------------------------------------------------------------
// Type line

/** The type name on a line: the whole line, or its end after stamp or OCR debris. */
function typeLineMatch(entry: ZoneLine): {from: number; to: number; name: string} | null {
  const text = entry.line.text
  if (!entry.key || text.length > 80 || /:\s*$/u.test(text) || nationalHeader.test(entry.key)) return null
  let end = text.length
  while (end > 0 && /[^\p{sc=Latn}]/u.test(text[end - 1] ?? '')) end--
  const start = firstWordIndex(text)
  if (end <= start) return null
  const core = text.slice(start, end)
  if (isUpperText(core) && typeByName(core)) return {from: start, to: end, name: core}
  const key = entry.key.slice(0, end)
  for (const name of foldedTypeNames) {
    if (!key.endsWith(' ' + name)) continue
    const from = end - name.length
    const suffix = text.slice(from, end)
    const prefix = text.slice(0, from)
    // Debris before the name (lower case, digits, symbols), not an upper-case heading that ends in it.
    if (isUpperText(suffix) && /[\p{Ll}\d\p{No}:;|_¬()/]/u.test(prefix)) return {from, to: end, name: suffix}
  }

  return null
}

function readType(zone: ZoneLine[], symbolCode: string | null, system: 'state' | 'party', hasVv: boolean): HeaderType {
  for (const entry of zone) {
    const match = typeLineMatch(entry)
    if (!match) continue
    const type = typeByName(match.name)
    if (!type) continue
    let code = system === 'party' ? (type.party ?? type.state) : (type.state ?? type.party ?? null)
    if (symbolCode && codeFits(type, symbolCode) && hasCode(type)) code = symbolCode
    return {code, name: type.name, raw: fold(match.name), part: {line: entry.line, from: match.from, to: match.to}}
  }

  const fromSymbol = symbolCode ? typeByCode(symbolCode, system) : null
  if (fromSymbol && symbolCode) return {code: hasCode(fromSymbol) ? symbolCode : null, name: fromSymbol.name, raw: null, part: null}
  if (hasVv) return {code: null, name: 'Công văn', raw: null, part: null}
  return {code: null, name: null, raw: null, part: null}
}

/** Whether documents of a type carry a type code (a công văn does not). */
function hasCode(type: DocumentTypeEntry): boolean {
  return type.state !== null || type.party !== undefined
}

function findVv(zone: ZoneLine[]): ZoneLine | null {
  return zone.find((entry) => entry.key && vvPattern.test(entry.line.text)) ?? null
}

// ---------------------------------------------------------------------------------------------------------
// Place and date

interface DateResult {
  date: string | null
  place: string | null
  parts: Part[]
}

const dateComma = /,\s{0,3}NGAY(?![\p{sc=Latn}])/u
const lineStartDate = /^[^\p{sc=Latn}\d\p{No}]{0,3}NGAY(?![\p{sc=Latn}])/u
// "Hà Nội, ngày" / "21 tháng 11 năm 2025" too: a day that opens the next line goes on with its month.
const continuation = /^[^\p{sc=Latn}\d\p{No}]{0,3}(?:THANG|NAM|\d{1,2}\s?THANG)(?![\p{sc=Latn}])/u

function readDate(zone: ZoneLine[], used: Set<number>): DateResult {
  for (const [position, entry] of zone.entries()) {
    if (!entry.key) continue
    const comma = dateComma.exec(entry.key)
    const atStart = comma ? null : lineStartDate.exec(entry.key)
    if (!comma && !atStart) continue
    let placeStart = -1
    let dateStart: number
    if (comma) {
      placeStart = placeBefore(entry.line.text, comma.index)
      if (placeStart < 0) continue
      dateStart = entry.key.indexOf('NGAY', comma.index)
    } else {
      if (stampDateField.test(entry.key)) continue
      dateStart = entry.key.indexOf('NGAY')
    }

    // Cells split over lines: "Hà Nội, ngày 28" / "tháng 4" / "năm 2026".
    const pieces: Line[] = [subLine(entry.line, dateStart)]
    const extra: ZoneLine[] = []
    for (const next of zone.slice(position + 1, position + 4)) {
      if (!next.key || !continuation.test(next.key)) continue
      if (findWordDate(joinLines(pieces).text)?.date) break
      pieces.push(next.line)
      extra.push(next)
    }

    const joined = joinLines(pieces)
    const found = findWordDate(joined.text)
    if (!found && !comma) continue
    used.add(entry.index)
    for (const next of extra) used.add(next.index)
    const place = placeStart >= 0 && comma ? fold(entry.line.text.slice(placeStart, comma.index)) : null
    const firstLineEnd = found ? Math.min(entry.line.text.length, dateStart + found.index + found.length) : entry.line.text.length
    const parts: Part[] = [{line: entry.line, from: placeStart >= 0 ? placeStart : dateStart, to: firstLineEnd}]
    for (const next of extra) parts.push(wholeLine(next.line))
    return {date: found?.date ?? null, place: place || null, parts}
  }

  return {date: null, place: null, parts: []}
}

const placeWord = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?|TP\.|phố|khu|xã)$/u

/** Start of the place name that ends at `comma`: capitalised words (`Hà Nội`, `Thành phố Hồ Chí Minh`). */
function placeBefore(text: string, comma: number): number {
  const words = tokens(text.slice(0, comma))
  let start = -1
  let count = 0
  for (let index = words.length - 1; index >= 0 && count < 6; index--) {
    const word = words[index]
    if (!word || !placeWord.test(word.text)) break
    start = word.start
    count++
  }

  if (start < 0) return -1
  // A place starts with a capital.
  while (start < comma && !/\p{Lu}/u.test(text[start] ?? '')) {
    const next = text.indexOf(' ', start)
    if (next < 0 || next >= comma) return -1
    start = next + 1
  }

  return start
}

// ---------------------------------------------------------------------------------------------------------
// Incoming stamp

function readStamp(zone: ZoneLine[], used: Set<number>, type: HeaderType): Stamp | null {
  const fields: Array<{entry: ZoneLine; marker: boolean}> = []
  for (const entry of zone) {
    if (!entry.key || used.has(entry.index) && !isMarker(entry)) continue
    if (entry.line.kind === 'table-row') continue
    const marker = isMarker(entry)
    if (
      marker ||
      stampNumberLine.test(entry.line.text) ||
      stampDateField.test(entry.key) ||
      stampForward.test(entry.key) ||
      stampFile.test(entry.key) ||
      stampTime.test(entry.key)
    ) {
      fields.push({entry, marker})
    }
  }

  if (fields.length === 0) return null
  // The first cluster of fields (the stamp is one small box).
  const cluster = [fields[0]!]
  for (const field of fields.slice(1)) {
    if (field.entry.index - (cluster.at(-1)?.entry.index ?? 0) > 3) break
    cluster.push(field)
  }

  if (!cluster.some((field) => field.marker) && cluster.length < 2) return null

  let number: string | null = null
  let date: string | null = null
  let forwardedTo: string | null = null
  let file: string | null = null
  const parts: Part[] = []
  for (const {entry} of cluster) {
    const text = entry.line.text
    parts.push(wholeLine(entry.line))
    const numberMatch = stampNumberLine.exec(text) ?? stampNumberInline.exec(text)
    if (numberMatch && number === null) number = numberMatch[1] ?? null
    const dateAt = /NGAY/u.exec(entry.key)
    if (dateAt && date === null && !stampFile.test(entry.key)) date = findNumericDate(text.slice(dateAt.index))?.date ?? null
    const forward = stampForward.exec(entry.key)
    if (forward) forwardedTo = value(text.slice(forward.index + forward[0].length))
    const fileMatch = stampFile.exec(entry.key)
    if (fileMatch) file = value(text.slice(fileMatch.index + fileMatch[0].length))
  }

  // The office's name heads the stamp: the nearest upper-case run above it.
  let office: string | null = null
  const first = cluster[0]!.entry.index
  for (let index = first - 1; index >= Math.max(0, first - 4); index--) {
    const entry = zone.find((candidate) => candidate.index === index)
    if (!entry || !entry.key || nationalHeader.test(entry.key)) continue
    if (type.part && type.part.line === entry.line) continue
    if (used.has(entry.index) && !/,\s{0,3}NGAY/u.test(entry.key)) continue
    const start = firstWordIndex(entry.line.text)
    const run = upperRun(entry.line.text, start)
    if (run.words < 2) continue
    const name = entry.line.text.slice(start, run.end).replace(/(?<![\s,.-])[\s,.-]+$/u, '')
    office = fold(name)
    parts.unshift({line: entry.line, from: start, to: start + name.length})
    break
  }

  return {office, number, date, forwardedTo, file, parts}
}

function isMarker(entry: ZoneLine): boolean {
  const match = stampMarker.exec(entry.key)
  if (!match) return false
  const at = entry.key.indexOf('DEN', match.index)
  if (hasLower(entry.line.text.slice(at, at + 3))) return false
  // "ĐẾN NĂM 2030" in an upper-case title is not the stamp.
  const next = tokens(entry.line.text.slice(at + 3))[0]?.text ?? ''
  return !(isUpperText(next) && /^\p{Lu}{2,}/u.test(next) && foldKey(next).replace(/[^\p{sc=Latn}]/gu, '') !== 'SO')
}

function value(text: string): string | null {
  return blankValue.test(text) ? null : fold(text).replace(/^[.…_:\s]+|(?<![.…_\s])[.…_\s]+$/gu, '') || null
}

// ---------------------------------------------------------------------------------------------------------
// Title (trích yếu)

function readTitle(
  zone: ZoneLine[],
  used: Set<number>,
  type: HeaderType,
  stamp: Stamp | null,
  bodyStart: number
): {text: string | null; parts: Part[]} {
  let startIndex = -1
  if (type.part) startIndex = indexOf(zone, type.part.line) + 1
  else {
    const vv = findVv(zone)
    if (vv) startIndex = vv.index
  }

  if (startIndex < 0) return {text: null, parts: []}
  const stampLines = new Set((stamp?.parts ?? []).map((part) => indexOf(zone, part.line)))
  const officeParts = new Map((stamp?.parts ?? []).map((part) => [part.line, part] as const))
  const parts: Part[] = []
  let previous: ZoneLine | null = null
  let sawLower = false
  for (const entry of zone) {
    if (entry.index < startIndex) continue
    if (parts.length >= 8 || !entry.key || entry.line.kind === 'table-row') break
    const text = entry.line.text
    const office = officeParts.get(entry.line)
    if (stampLines.has(entry.index) && !(office && office.from <= firstWordIndex(text) && office.to < text.length)) break
    if (used.has(entry.index) || nationalHeader.test(entry.key) || recipientsOrAddress.test(entry.key)) break
    let from = office ? office.to : 0
    const bar = text.lastIndexOf('|', 30)
    if (parts.length === 0 || office) {
      if (bar >= 0 && bar >= from) from = bar + 1
    }

    while (from < text.length && /[^\p{sc=Latn}\d\p{No}(“"']/u.test(text[from] ?? '')) from++
    let to = text.length
    while (to > from && /[\s_|]/u.test(text[to - 1] ?? '')) to--
    const segment = text.slice(from, to)
    if (!/\p{sc=Latn}/u.test(segment)) break
    if (/^\p{Lu}/u.test(segment) && bodyOpeners.test(entry.key.slice(from))) break
    // A type line followed straight by the body ("CÔNG ĐIỆN" then a paragraph) has no title.
    if (parts.length === 0 && segment.length > 250 && !vvPattern.test(text)) break
    if (parts.length > 0) {
      const newBlock = previous !== null && entry.line.block !== previous.line.block
      if (newBlock && !/^\p{Ll}/u.test(segment)) break
      if (isUpperText(segment) && sawLower) break
      // Body openers ("Căn cứ …", "Thực hiện …") start with a capital; "trồng lúa" folds like "Trong".
      if (segment.length > 120 || (/^\p{Lu}/u.test(segment) && openers.test(entry.key.slice(from)))) break
      if (bodyStart > startIndex && entry.index >= bodyStart) break
    }

    if (hasLower(segment)) sawLower = true
    parts.push({line: entry.line, from, to})
    previous = entry
  }

  if (parts.length === 0) return {text: null, parts: []}
  // Only the end of the whole title loses its punctuation (OCR "Trà Vinh :"); inner commas stay.
  const last = parts.at(-1)
  if (last) {
    while (last.to > last.from && /[\s:;,]/u.test(last.line.text[last.to - 1] ?? '')) last.to--
  }

  const text = fold(parts.map((part) => part.line.text.slice(part.from, part.to)).join(' '))
  return {text: text || null, parts}
}

// ---------------------------------------------------------------------------------------------------------
// Issuer

function readIssuer(zone: ZoneLine[], stop: number, stamp: Stamp | null): {name: string | null; parts: Part[]} {
  const stampLines = new Set((stamp?.parts ?? []).map((part) => indexOf(zone, part.line)))
  let run: Part[] = []
  let last: Part[] = []
  for (const entry of zone) {
    if (entry.index >= stop) break
    const text = entry.line.text
    if (!entry.key || stampLines.has(entry.index) || entry.line.kind === 'table-row') {
      run = []
      continue
    }

    const national = nationalHeader.exec(entry.key)
    const cut = national ? national.index : text.length
    const start = firstWordIndex(text)
    if (start >= cut) continue // national header or motto alone, a rule, '*': part of the same block
    let end = cut
    while (end > start && /[\s—–_-]/u.test(text[end - 1] ?? '')) end--
    const left = text.slice(start, end)
    const words = left.split(/\s+/u).filter(Boolean)
    if (!/\p{sc=Latn}/u.test(left)) continue
    if (isUpperText(left) && (words.length >= 2 || left.length >= 4) && !/[:@]/u.test(left)) {
      run.push({line: entry.line, from: start, to: end})
      last = run
    } else {
      run = []
    }
  }

  if (last.length === 0) return {name: null, parts: []}
  // Lines that start with a place ("THÀNH PHỐ HÀ NỘI") continue the name above; others start a new one
  // (a parent body above the issuer: "UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG").
  let group: Part[] = []
  for (const part of last) {
    const key = foldKey(part.line.text.slice(part.from, part.to))
    if (group.length > 0 && placeWords.test(key)) group.push(part)
    else group = [part]
  }

  const raw = group.map((part) => part.line.text.slice(part.from, part.to)).join(' ')
  return {name: displayCase(raw), parts: group}
}

const authorOfTitle = /^(?:KET LUAN|Y KIEN(?: CHI DAO)?|THONG BAO)\s+CUA\s+/u
/** Folded whole-word patterns of the words of `lexicon/authority.ts`. */
const bodyWords = new RegExp(`(?<![\\p{sc=Latn}])(?:${wordAlternation(authorityBodies.map(foldKey), ' ')})(?![\\p{sc=Latn}])`, 'u')
const titleWords = new RegExp(`(?<![\\p{sc=Latn}])(?:${wordAlternation(authorityTitles.map(foldKey), ' ')})(?![\\p{sc=Latn}])`, 'u')

/** Issuer from the title ("KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY tại …") or the signer's authority ("T/L BAN THƯỜNG VỤ"). */
function inferIssuer(title: string | null, context: ExtractContext): string | null {
  if (title) {
    const key = foldKey(title)
    const match = authorOfTitle.exec(key)
    if (match) {
      const start = match[0].length
      let end = title.length
      const stop = /\s(?:TAI|VE|DOI VOI|NGAY)\s/u.exec(key.slice(start))
      if (stop) end = start + stop.index
      const author = title.slice(start, end).trim()
      if (author && isUpperText(author)) return displayCase(author)
    }
  }

  const authority = analyzeClosing(context).signature.authority
  if (authority) {
    const first = authority.split(' / ')[0] ?? ''
    const object = first.replace(/^(?:TM|KT|TL|TUQ|Q)\s?[.,]\s*|^[TK]\s?\/\s?(?:M|L|T|UQ)\s*/u, '')
    const key = foldKey(object)
    if (object && bodyWords.test(key) && !titleWords.test(key)) return displayCase(object)
  }

  return null
}

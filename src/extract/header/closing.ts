/**
 * Reads the closing block once for the `recipients` and `signature` extractors (and for the issuer
 * fallback): the `Nơi nhận:` list and the signature (authority, title, name).
 *
 * The two sit side by side on the page (recipients left, signature right), so converters interleave them:
 * the authority lands after `Nơi nhận:` on the same line, the title after a recipient's `;`, the signature
 * after `- Lưu: …` in the same list item. Each line is classified by what it looks like, not by where.
 */
import {joinLines, subLine, type Line} from '../../parse/line.js'
import {trimLine} from '../../parse/to-lines.js'
import {authorityLine} from '../../parse/layout.js'
import {fold, foldKey, stripTrailingPunctuation} from '../../text/fold.js'
import {allMatches} from '../../text/all-matches.js'
import type {ExtractContext} from '../extractor.js'
import type {Part} from './span.js'
import {firstWordIndex, isUpperText, maxFieldLine} from './text.js'

export interface SignatureInfo {
  authority: string | null
  title: string | null
  name: string | null
  parts: Part[]
}

export interface Closing {
  recipients: string[]
  signature: SignatureInfo
}

const cache = new WeakMap<Line[], Closing>()

/**
 * The closing of the document in context (computed once per document).
 *
 * @param context
 *   Extraction context.
 * @returns
 *   Recipients and signature.
 */
export function analyzeClosing(context: ExtractContext): Closing {
  const cached = cache.get(context.lines)
  if (cached) return cached
  const closing = readClosing(context)
  cache.set(context.lines, closing)
  return closing
}

/** `Nơi nhận:` on the folded key, so OCR's `Noi nhận` matches too. */
const recipientsHeading = /^[^\p{sc=Latn}\d\p{No}]{0,4}NOI\s{0,2}NHAN(?![\p{sc=Latn}])\s{0,3}:?/u
const appendix = /^[^\p{sc=Latn}\d\p{No}]{0,3}(?:PHU LUC(?![\p{sc=Latn}])|DANH MUC(?![\p{sc=Latn}]))/u
const bullet = /^['"`’]?\s?[-–—~•+]+[\s_]*/u
const annotation = /^\([^()]{1,80}\)\s{0,3}[;,.]?$/u
const noise = /^(?:\(\s{0,3}(?:đã|Đã|ĐÃ)\s{0,3}ký[^)]{0,60}\)|\d{1,4}|\.\/\.|[^\p{sc=Latn}\d\p{No}]*)$/u
/** Words that make an upper-case line a signer's title, on the folded key (OCR: THỦ TƯỞNG, CHỦ NHIÊỆM). */
const titleWords = /(?<![\p{sc=Latn}])(?:CHU TICH|CHU NHI|TRUONG|TUONG|CHANH|GIAM DOC|BI THU|UY VIEN|PHO|TONG|THU KY|TU LENH|CHINH UY)/u
/** `; - ` inside a line: OCR ran two items together. */
const joinedItems = /;\s{0,3}['"`]?\s{0,3}[-~–]\s{1,3}(?=\p{sc=Latn})/gu
/** The archive item (`Lưu: VT, …`, `Lưu VPTU`), always the last of the list. */
const archive = /^[^\p{sc=Latn}]{0,4}LUU(?![\p{sc=Latn}])/u
const nameWord = /^\p{Lu}[\p{Ll}\p{M}]*$/u
const academic = /^(?:GS|PGS|TS|ThS|BS|KS|TS\.?KH)\.?(?:TS\.?)?$/u
/** An item that ends in punctuation is complete: a name-like line after it is the signer, not its continuation. */
const terminated = /[;,.:]\s*$/u

interface Item {
  parts: Part[]
  annotations: Part[]
}

function readClosing(context: ExtractContext): Closing {
  const {lines, layout} = context
  const range = closingRange(lines, layout.bodyStart, layout.closingStart, layout.appendixStart)
  const items: Item[] = []
  const authority: Part[] = []
  const titles: Part[] = []
  let name: Part | null = null
  let seenHeading = false
  let last: 'item' | 'sig' | 'other' = 'other'
  /** Set after the archive item ("- Lưu: VT, …"), which ends the list. */
  let listEnded = false

  const signatureStarted = (): boolean => authority.length > 0 || titles.length > 0
  /** Handles text that may be a signature fragment; true when it was one. */
  const signaturePiece = (line: Line, from: number, to: number): boolean => {
    const start = from + firstWordIndex(line.text.slice(from, to))
    const text = line.text.slice(start, to).trim()
    if (!text) return false
    const part = {line, from: start, to: start + text.length}
    if (authorityLine.test(text)) {
      if (!name) authority.push(part)
      return true
    }

    if (isSignerTitle(text)) {
      if (!name) titles.push(part)
      return true
    }

    return false
  }

  /** Adds a recipient line's content `[from, to)` to an item, moving a signature tail after `;` out. */
  const addContent = (item: Item, line: Line, from: number, end = line.text.length): void => {
    let to = end
    const semicolon = line.text.lastIndexOf(';', to - 2)
    if (semicolon >= from && semicolon < to - 1) {
      const tail = line.text.slice(semicolon + 1, to).trim()
      if (/^\(/u.test(tail)) {
        item.parts.push({line, from, to: semicolon})
        item.annotations.push({line, from: line.text.indexOf('(', semicolon), to})
        return
      }

      if (signaturePiece(line, semicolon + 1, to) || isJunk(tail)) to = semicolon
    }

    item.parts.push({line, from, to})
  }

  /** New items from a bullet line; OCR may run two onto one line: "…quốc gia; '~ Ngân hàng …". */
  const addItems = (line: Line, from: number): void => {
    let start = from
    for (const match of allMatches(joinedItems, line.text.slice(from))) {
      const cut = from + (match.index ?? 0)
      const item: Item = {parts: [], annotations: []}
      addContent(item, line, start, cut + 1)
      items.push(item)
      start = cut + match[0].length
    }

    const item: Item = {parts: [], annotations: []}
    addContent(item, line, start)
    items.push(item)
  }

  const closing = unfoldTables(lines.slice(range.start, range.end))
  for (let index = 0; index < closing.length; index++) {
    const line = closing[index]
    if (!line) continue
    const text = line.text
    if (text.length > maxFieldLine) {
      last = 'other'
      continue
    }

    const key = foldKey(text)
    if (appendix.test(key) && index > 0) break
    const heading = recipientsHeading.exec(key)
    if (heading) {
      seenHeading = true
      last = 'other'
      const tailStart = heading.index + heading[0].length
      const tail = text.slice(tailStart)
      if (!tail.trim() || signaturePiece(line, tailStart, text.length)) continue
      const item: Item = {parts: [], annotations: []}
      const content = tailStart + (/^[\s|]*/u.exec(tail)?.[0].length ?? 0)
      addContent(item, line, content + (bullet.exec(text.slice(content))?.[0].length ?? 0))
      items.push(item)
      last = 'item'
      continue
    }

    const start = firstWordIndex(text)
    const core = text.slice(start)
    if (authorityLine.test(core)) {
      signaturePiece(line, start, text.length)
      last = 'sig'
      continue
    }

    const mark = bullet.exec(text)
    const previous = items.at(-1)
    if (mark && previous && archive.test(foldKey(itemText(previous.parts)))) listEnded = true
    if (mark && seenHeading && !listEnded && /\p{sc=Latn}/u.test(text.slice(mark[0].length))) {
      addItems(line, mark[0].length)
      last = 'item'
      continue
    }

    const current = items.at(-1)
    if (annotation.test(core) && last === 'item' && current) {
      current.annotations.push({line, from: start, to: text.length})
      continue
    }

    if (noise.test(text.trim())) continue
    if (isSignerTitle(core) && !name) {
      titles.push({line, from: start, to: text.length})
      last = 'sig'
      continue
    }

    const currentEnded = !current || terminated.test(itemText(current.parts))
    if (signatureStarted() && !name && (last !== 'item' || currentEnded)) {
      // A name wrapped after its first word ("Bùi" / "Xuân Cường") is read across the two lines.
      const surname = closing[index - 1]
      const wrapped = surname && surname.block === line.block && nameWord.test(surname.text.trim()) ? joinLines([trimLine(surname), line]) : null
      const whole = wrapped && personName(wrapped.text) ? wrapped : line
      const person = personName(whole.text)
      if (person) {
        name = {line: whole, from: person.from, to: person.to}
        last = 'sig'
        if (seenHeading && items.length > 0) break
        continue
      }
    }

    // The archive line ("- Lưu: VT, …") ends the list: what follows it after a blank line is not its continuation.
    const afterArchive = current !== undefined && archive.test(foldKey(itemText(current.parts))) && line.breakBefore
    if (last === 'item' && current && seenHeading && !afterArchive && !listEnded) {
      addContent(current, line, 0)
      continue
    }

    last = 'other'
  }

  const recipients = items
    .map((item) => {
      const main = stripTrailingPunctuation(itemText(item.parts).replace(bullet, ''))
      const notes = item.annotations.map((part) => stripTrailingPunctuation(fold(partText(part))))
      return fold([main, ...notes].filter(Boolean).join(' '))
    })
    .filter(Boolean)

  const parts = [...authority, ...titles, ...(name ? [name] : [])]
  return {
    recipients,
    signature: {
      authority: authority.length > 0 ? authority.map((part) => fold(partText(part))).join(' / ') : null,
      title: titles.length > 0 ? fold(titles.map((part) => partText(part)).join(' ')) : null,
      name: name ? fold(partText(name)) : null,
      parts
    }
  }
}

function partText(part: Part): string {
  return part.line.text.slice(part.from, part.to)
}

function itemText(parts: Part[]): string {
  return fold(parts.map((part) => partText(part)).join(' '))
}

/**
 * The closing's lines in reading order when a table lays it out (Nơi nhận on the left, the signature on
 * the right, as Word and web pages do): each run of table rows is read column by column, each cell's
 * lines in turn.
 */
function unfoldTables(lines: Line[]): Line[] {
  const result: Line[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line?.cells) {
      if (line) result.push(line)
      continue
    }

    let end = index
    while (lines[end]?.cells) end++
    const rows = lines.slice(index, end)
    const columns = Math.max(...rows.map((row) => row.cells?.length ?? 0))
    for (let column = 0; column < columns; column++) {
      for (const row of rows) {
        const cell = row.cells?.[column]
        if (cell) result.push(...cellLines(cell))
      }
    }

    index = end - 1
  }

  return result
}

/** A cell's lines: its text cut at the breaks it holds (`<br>`). */
function cellLines(cell: Line): Line[] {
  const result: Line[] = []
  let from = 0
  for (let at = cell.text.indexOf('\n'); ; at = cell.text.indexOf('\n', from)) {
    const to = at < 0 ? cell.text.length : at
    const piece = trimLine(subLine(cell, from, to))
    if (piece.text) result.push({...piece, kind: 'paragraph', breakBefore: result.length === 0 || piece.breakBefore})
    if (at < 0) return result
    from = at + 1
  }
}

/** Lines of the closing: from layout's closing start, or from a `Nơi nhận` that layout missed (OCR). */
function closingRange(lines: Line[], bodyStart: number, closingStart: number, appendixStart: number): {start: number; end: number} {
  const end = Math.max(appendixStart, closingStart)
  let start = closingStart
  // A heading the layout missed just before its closing start, or anywhere when it found none.
  const from = closingStart < lines.length ? Math.max(bodyStart, closingStart - 5) : bodyStart
  for (let index = Math.min(closingStart, lines.length) - 1; index >= from; index--) {
    const text = lines[index]?.text ?? ''
    if (text.length <= maxFieldLine && recipientsHeading.test(foldKey(text))) {
      start = index
      break
    }
  }

  return {start, end: start < closingStart ? Math.max(end, lines.length) : end}
}

function isSignerTitle(text: string): boolean {
  const trimmed = text.trim()
  return (
    trimmed.length <= 60 &&
    isUpperText(trimmed) &&
    !trimmed.includes(';') &&
    !/[,;:]\s*$/u.test(trimmed) &&
    titleWords.test(foldKey(trimmed))
  )
}

function isJunk(tail: string): boolean {
  const words = tail.match(/\p{sc=Latn}{2,}/gu) ?? []
  return words.length < 2
}

/** The personal name on a line, without `(Đã ký)` and academic titles' dots; null when it is not one. */
function personName(text: string): {from: number; to: number} | null {
  let to = text.length
  const signed = /(?<!\s)\s*\((?:đã|Đã|ĐÃ)\s{0,3}ký[^)]{0,60}\)\s*$/u.exec(text)
  if (signed) to = signed.index
  const from = text.search(/\S/u)
  if (from < 0) return null
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
  const words = text.slice(from, to).split(/\s+/u)
  const names = words.filter((word) => !academic.test(word))
  if (names.length < 2 || names.length > 6 || to - from > 60) return null
  return names.every((word) => nameWord.test(word)) ? {from, to} : null
}

/**
 * Lines → regions of the document: header (everything before the body), body, closing (Nơi nhận and the
 * signature block), then the parts attached after the signature: an attached document ("KẾ HOẠCH …
 * (Kèm theo Quyết định số …)", with or without a header of its own) or an appendix ("PHỤ LỤC I …"), each
 * with its own title, body and, sometimes, its own signature. Extractors look for each thing in its region.
 */
import type {Line} from './line.js'
import {typeByName} from '../lexicon/document-types.js'
import {appendixAmidNoise, appendixHeading, attachedTo, nationalHeader} from '../lexicon/structure.js'
import {foldKey, isUpperCase} from '../text/fold.js'

/** An attachment or appendix after the document's closing. */
export interface PartRegion {
  kind: 'attachment' | 'appendix'
  /** First line: its title, or the header block of an attached document. */
  start: number
  /** First line of its content, after the title and "(Kèm theo …)". */
  bodyStart: number
  /** End of its content (exclusive): its own closing, the next part, or the end. */
  bodyEnd: number
  /** End of the part (exclusive): where the next part starts, or the end. */
  end: number
  /** Index of the title line ("KẾ HOẠCH", "PHỤ LỤC I"). */
  titleLine: number
}

export interface Layout {
  /** First line of the body. */
  bodyStart: number
  /** First line of the closing (recipients or signature); `lines.length` if none. */
  closingStart: number
  /** First line of the first part after the closing; `lines.length` if none. */
  appendixStart: number
  /** Attachments and appendices, in order. */
  parts: PartRegion[]
}

export const recipientsHeading = /^N[ơo]i\s*nh[ậâa]n\s*:?/iu
export const authorityLine = /^(?:TM\s*\.|KT\s*[.,]|TL\s*\.|TUQ\s*\.|Q\s*\.|T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|T\s*\/\s*UQ)\s*\p{Lu}/u
const bodyOpener =
  /^(?:Căn cứ|Thực hiện|Theo|Xét|Ngày \d{1,2}|Sau khi|Trong|Nhằm|Để|Qua|Thời gian qua|Thủ tướng|Phó Thủ tướng|Chủ tịch|Ủy ban|UBND|Giao|Yêu cầu|Đề nghị)(?![\p{sc=Latn}\d\p{No}])/u

/**
 * Finds the regions.
 *
 * @param lines
 *   All lines of the document.
 * @returns
 *   Region boundaries as line indexes.
 */
export function toLayout(lines: Line[]): Layout {
  const bodyStart = findBodyStart(lines)
  const closingStart = findClosing(lines, bodyStart, lines.length)
  const parts: PartRegion[] = []
  let index = closingStart
  while (index < lines.length) {
    const start = partStart(lines, index, parts.length > 0 ? (parts.at(-1)?.bodyStart ?? index) : closingStart)
    if (start === null) {
      index++
      continue
    }

    const previous = parts.at(-1)
    if (previous) {
      previous.end = start.start
      previous.bodyEnd = Math.min(previous.bodyEnd, start.start)
    }

    const bodyEnd = findClosing(lines, start.bodyStart, lines.length)
    parts.push({...start, bodyEnd, end: lines.length})
    index = Math.max(start.bodyStart, start.titleLine + 1)
  }

  const appendixStart = parts[0]?.start ?? lines.length
  return {bodyStart, closingStart: Math.min(closingStart, appendixStart), appendixStart, parts}
}

/** The first line of the closing at or after `from`: "Nơi nhận", an authority line, or just after "./.". */
function findClosing(lines: Line[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const text = lines[index]?.text ?? ''
    if (recipientsHeading.test(text) || authorityLine.test(text)) return index
    // "./." ends the body of a State document (NĐ 30): what follows is the closing, even when OCR lost
    // the "Nơi nhận" heading.
    if (/\.\s?\/\s?\.\s*$/u.test(text)) return index + 1
  }

  return to
}

/**
 * Whether a part starts at `index` (a line after the closing): an appendix heading, a document type
 * name standing alone as a title, or a "(Kèm theo …)" line under a title. The part takes in the title
 * lines above its marker and, for an attached document with a header of its own, that header.
 */
function partStart(lines: Line[], index: number, floor: number): Omit<PartRegion, 'bodyEnd' | 'end'> | null {
  const line = lines[index]
  if (!line || line.kind === 'table-row') return null
  const text = line.text
  let kind: PartRegion['kind']
  let titleLine = index
  if (appendixHeading.test(text) || (text.length <= 40 && appendixAmidNoise.test(text))) kind = 'appendix'
  else if (isUpperCase(text) && typeByName(text) !== null && attachedWithin(lines, index)) kind = 'attachment'
  else if (attachedTo.test(text) && index > floor && isUpperCase(lines[index - 1]?.text ?? '')) {
    // An untyped title ("DANH SÁCH …") right above its "(Kèm theo …)" line.
    titleLine = index - 1
    while (titleLine - 1 > floor && isUpperCase(lines[titleLine - 1]?.text ?? '') && !authorityLine.test(lines[titleLine - 1]?.text ?? '')) titleLine--
    kind = appendixHeading.test(lines[titleLine]?.text ?? '') ? 'appendix' : 'attachment'
  } else return null

  return {kind, start: headerAbove(lines, titleLine, floor), titleLine, bodyStart: contentStart(lines, titleLine)}
}

/** Whether a "(Kèm theo …)" line follows a type title within its title block. */
function attachedWithin(lines: Line[], index: number): boolean {
  for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
    if (attachedTo.test(lines[next]?.text ?? '')) return true
  }

  // A type title under a header of its own (motto above it) is an attached document too.
  for (let previous = index - 1; previous >= Math.max(0, index - 6); previous--) {
    if (isMotto(lines[previous]?.text ?? '')) return true
  }

  return false
}

/** An attached document's own header (issuer, motto, place and date) above its title, when it has one. */
function headerAbove(lines: Line[], titleLine: number, floor: number): number {
  let start = titleLine
  for (let previous = titleLine - 1; previous > floor && previous >= titleLine - 8; previous--) {
    if (isMotto(lines[previous]?.text ?? '')) start = previous
  }

  if (start === titleLine) return titleLine
  // The issuer block stands just above the motto, in capitals.
  while (start - 1 > floor && isUpperCase(lines[start - 1]?.text ?? '') && !authorityLine.test(lines[start - 1]?.text ?? '') && start > titleLine - 12) start--
  return start
}

/** The first content line of a part: after its title block and its "(Kèm theo …)" line. */
function contentStart(lines: Line[], titleLine: number): number {
  let index = titleLine + 1
  const limit = Math.min(lines.length, titleLine + 8)
  for (let next = index; next < limit; next++) {
    const text = lines[next]?.text ?? ''
    if (attachedTo.test(text)) {
      // The "(Kèm theo …)" note may wrap over a line or two until its closing bracket.
      let end = next
      while (end < limit && !/\)\s*$/u.test(lines[end]?.text ?? '')) end++
      return Math.min(end + 1, lines.length)
    }
  }

  // No note: the title runs on over the capital lines under it.
  while (index < limit && isUpperCase(lines[index]?.text ?? '') && !/^(?:[IVX]{1,4}|\d{1,2})[.)]\s/u.test(lines[index]?.text ?? '')) index++
  return index
}

/** The national motto or the Party's name, which open a document's own header. */
function isMotto(text: string): boolean {
  return text.length <= 80 && nationalHeader.test(foldKey(text))
}

function findBodyStart(lines: Line[]): number {
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'table-row') continue
    const text = line.text
    // Upper-case lines are header parts (issuer, national motto, type name), never the body.
    if (text === text.toUpperCase() && !/^(?:[IVX]{1,4}\s?[.\-–]|\d)/u.test(text)) continue
    if (/^(?:Kính\s+gửi|V\/v|Về\s+việc|Số\s*:?|Ngày\s*:)/iu.test(text)) continue
    if (text.length >= 80 || bodyOpener.test(text) || /^(?:[IVX]{1,4}\s?[.\-–]|\d{1,2}\.|Điều\s+\d{1,3}\s?[.:]?)\s+\S/u.test(text)) {
      return index
    }
  }

  return 0
}

/**
 * Lines that only mark a page: "--- PAGE BREAK ---" from converters, bare page numbers (NĐ 30 puts them
 * at the top of every page but the first), a gazette's running head, an e-signature stamp. They are not
 * part of any section's text.
 *
 * @param line
 *   A line.
 * @returns
 *   Whether to leave it out of the section tree.
 */
export function isPageArtifact(line: Line): boolean {
  return line.kind !== 'table-row' && (/^(?:-{2,}\s*PAGE\s*BREAK\s*-{2,}|\d{1,3}|-\s*\d{1,3}\s*-)$/iu.test(line.text) || isLayoutNoise(line.text))
}

/**
 * A gazette's running head ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2026", with or without the page number) or a
 * line of an electronic signature's stamp ("Ký bởi: …", "Người ký: …", "Thời gian ký: 15.04.2024
 * 10:18:12 +07:00", "Email: …@…"): printed on the page, not part of the text.
 */
const layoutNoise =
  /^(?:\d{1,4}\s+)?(?:CÔNG\s?BÁO\s?\/\s?Số\s[\d\s+]{1,20}\/\s?Ngày\s[\d\-./]{6,10}(?:\s+\d{1,4})?|(?:Ký\s+bởi|Người\s+ký|Thời\s+gian\s+ký|Ngày\s+ký)\s?:.{0,200}|E-?mail\s?:\s?\S{1,80}@\S{1,80})$/iu

/**
 * Whether a line is layout noise (a gazette's running head, an e-signature stamp).
 *
 * @param text
 *   Line text.
 * @returns
 *   Whether it is noise.
 */
export function isLayoutNoise(text: string): boolean {
  return text.length <= 300 && layoutNoise.test(text)
}

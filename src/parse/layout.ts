/**
 * Lines → zones of the document: header (everything before the body), body, closing (Nơi nhận and the
 * signature block) and appendix (Phụ lục after the signature). Extractors look for each thing in its zone.
 */
import type {Line} from './line.js'

export interface Layout {
  /** First line of the body. */
  bodyStart: number
  /** First line of the closing (recipients or signature); `lines.length` if none. */
  closingStart: number
  /** First line of an appendix after the closing; `lines.length` if none. */
  appendixStart: number
}

export const recipientsHeading = /^N[ơo]i\s*nh[ậâa]n\s*:?/iu
export const authorityLine = /^(?:TM\s*\.|KT\s*[.,]|TL\s*\.|TUQ\s*\.|Q\s*\.|T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|T\s*\/\s*UQ)\s*\p{Lu}/u
const appendixHeading = /^(?:PHỤ\s+LỤC|Phụ\s+lục(?:\s+[\dIVX]|$)|DANH\s+MỤC)/u
const bodyOpener =
  /^(?:Căn cứ|Thực hiện|Theo|Xét|Ngày \d{1,2}|Sau khi|Trong|Nhằm|Để|Qua|Thời gian qua|Thủ tướng|Phó Thủ tướng|Chủ tịch|Ủy ban|UBND)(?![\p{L}\p{N}])/u

/**
 * Finds the zones.
 *
 * @param lines
 *   All lines of the document.
 * @returns
 *   Zone boundaries as line indexes.
 */
export function toLayout(lines: Line[]): Layout {
  const bodyStart = findBodyStart(lines)
  let closingStart = lines.length
  for (let index = bodyStart; index < lines.length; index++) {
    const text = lines[index]?.text ?? ''
    if (recipientsHeading.test(text) || authorityLine.test(text)) {
      closingStart = index
      break
    }

    // "./." ends the body of a State document (NĐ 30): what follows is the closing, even when OCR lost
    // the "Nơi nhận" heading.
    if (/\.\s?\/\s?\.\s*$/u.test(text)) {
      closingStart = index + 1
      break
    }
  }

  let appendixStart = lines.length
  for (let index = closingStart; index < lines.length; index++) {
    if (appendixHeading.test(lines[index]?.text ?? '')) {
      appendixStart = index
      break
    }
  }

  return {bodyStart, closingStart: Math.min(closingStart, appendixStart), appendixStart}
}

function findBodyStart(lines: Line[]): number {
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'table-row') continue
    const text = line.text
    // Upper-case lines are header parts (issuer, national motto, type name), never the body.
    if (text === text.toUpperCase() && !/^(?:[IVX]{1,4}\s?[.\-–]|\d)/u.test(text)) continue
    if (/^(?:Kính\s+gửi|V\/v|Về\s+việc|Số\s*:?|Ngày\s*:)/iu.test(text)) continue
    if (text.length >= 80 || bodyOpener.test(text) || /^(?:[IVX]{1,4}\s?[.\-–]|\d{1,2}\.|Điều\s+\d)\s+\S/u.test(text)) {
      return index
    }
  }

  return 0
}

/**
 * Lines that only mark a page: "--- PAGE BREAK ---" from converters, and bare page numbers (NĐ 30 puts
 * them at the top of every page but the first). They are not part of any section's text.
 *
 * @param line
 *   A line.
 * @returns
 *   Whether to leave it out of the section tree.
 */
export function isPageArtifact(line: Line): boolean {
  return line.kind !== 'table-row' && /^(?:-{2,}\s*PAGE\s*BREAK\s*-{2,}|\d{1,3}|-\s*\d{1,3}\s*-)$/iu.test(line.text)
}

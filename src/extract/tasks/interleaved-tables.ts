/**
 * Task tables whose columns OCR or `pdftotext` ran together line by line: "2.1 | Tổng kết, đánh giá Nghị
 * định số 72/2015/NĐ-CP … Các bộ, ngành, 2024". No cell can be told from the next, but a row still starts
 * with its number, and the time column is the last one: each line of a row ends with its piece of it
 * ("Trước ngày" / "15/4/2024", "2024 - 2026", "Hằng năm"). A row is read as its number, its lines as
 * the content, and those line ends as its time.
 */
import {joinLines, subLine, type Line} from '../../parse/line.js'
import {foldKey} from '../../text/fold.js'
import type {TaskRow} from './task-tables.js'

/**
 * A header that names the columns of a task table (on one line or two): the row number (STT, TT; OCR
 * reads SIT, TTÌ), who leads, and when or with whom. A sentence that says "chủ trì, phối hợp" has no STT.
 */
const numberColumn = /(?<![\p{sc=Latn}])(?:S?TT|SIT|TTI)(?![\p{sc=Latn}])/u
const leadColumn = /CHU\s?TRI/u
const otherColumn = /PHOI\s?HOP|THOI\s?(?:GIAN|HAN)/u

/** A row's first line: its number ("1", "2.1", OCR "2_", "I2"), a bar or a space, then text. */
const rowStart = /^(?:\d{1,2}(?:\.\d{1,2})?|I\d)[._]?\s?(?:\|\s?|\s)(?=\S)/u

/** The number itself, without OCR's "_" or a bar. */
const rowNumber = /^(?:\d{1,2}(?:\.\d{1,2})?|I\d)/u

/** What the time column leaves at the end of a line. */
const timeEnd =
  /(?:(?:Trước|Chậm nhất|Đến|Từ)(?:\s+ngày)?|[HhHĐđ][ằàăã]ng\s+năm|Thường\s+xuyên|(?:[Nn]ăm\s)?(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|[Qq]uý\s[IV]{1,3}\/(?:19|20)\d\d)\.?$/u

/**
 * Reads the interleaved task table of a region, if it has one.
 *
 * @param lines
 *   Lines of an attachment or appendix.
 * @returns
 *   Its rows, each with `content` and, when its lines end with one, `time`.
 */
export function readInterleavedTable(lines: Line[]): TaskRow[] {
  const header = lines.findIndex((line, index) => isHeader(`${line.text} ${lines[index + 1]?.text ?? ''}`))
  if (header < 0) return []
  const rows: TaskRow[] = []
  let current: Line[] = []
  const flush = (): void => {
    const [first, ...rest] = current
    current = []
    if (!first) return
    const number = rowStart.exec(first.text)
    if (!number) return
    const label = subLine(first, 0, rowNumber.exec(first.text)?.[0].length ?? 1)
    const own = [subLine(first, number[0].length), ...rest]
    const time = own.flatMap((line) => {
      const end = timeEnd.exec(line.text)
      return end ? [subLine(line, end.index)] : []
    })
    rows.push({
      number: label,
      cells: {content: joinLines(own), ...(time.length > 0 ? {time: joinLines(time)} : {})},
      lines: [first, ...rest]
    })
  }

  for (const line of lines.slice(header + 1)) {
    if (line.kind === 'table-row') continue
    if (rowStart.test(line.text)) flush()
    if (rowStart.test(line.text) || current.length > 0) current.push(line)
  }

  flush()
  return rows
}

function isHeader(text: string): boolean {
  if (text.length > 240) return false
  const key = foldKey(text)
  return numberColumn.test(key) && leadColumn.test(key) && otherColumn.test(key)
}

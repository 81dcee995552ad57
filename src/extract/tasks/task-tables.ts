/**
 * Task tables → rows. Plans and programmes list their tasks in a table (STT | Nhiệm vụ | Cơ quan chủ trì |
 * Cơ quan phối hợp | Thời gian hoàn thành …), either as a Markdown table or flattened one cell per line
 * (text taken from Word or PDF). Both are read into the same rows, each cell kept as a line with offsets.
 */
import {taskTableColumns} from '../../lexicon/structure.js'
import type {Line} from '../../parse/line.js'
import {wordAlternation} from '../../text/words.js'
import {WORD_END} from '../../text/word-boundary.js'

export type Column = 'number' | 'content' | 'lead' | 'support' | 'time' | 'other'

export interface TaskRow {
  /** The STT cell, e.g. "1", "5.14". */
  number: Line
  cells: Partial<Record<Exclude<Column, 'number'>, Line>>
  /** Every line the row takes up (the table's header lines go with its first row): none of them is a paragraph. */
  lines: Line[]
  /** A group row ("I | KIỆN TOÀN …"): it heads the rows after it and is no task itself. */
  group?: boolean
}

/** Header cell → column, first match wins; order matters ("Cơ quan chủ trì" before a generic "Cơ quan"). */
const columns: Array<[Column, RegExp]> = [
  ['number', /^(?:S\.?\s?TT|TT|Số\s+TT|Số\s+thứ\s+tự)\.?$/iu],
  ...(['lead', 'support', 'time', 'content'] as const).map((column): [Column, RegExp] => [column, headerWords(taskTableColumns[column])]),
  ['other', /./u]
]

/** A header cell that holds one of the words, spaces optional ("Chủtrì" from a PDF); "tên" as a word. */
function headerWords(words: readonly string[]): RegExp {
  return new RegExp(`(?:${wordAlternation(words, '\\s*')})${WORD_END}`, 'iu')
}

function classify(text: string): Column {
  return columns.find(([, pattern]) => pattern.test(text.trim()))?.[0] ?? 'other'
}

const rowNumber = /^\d{1,4}(?:\.\d{1,3}){0,3}\.?$/u
/** The number of a group row: I, II … or A, B …. */
const groupNumber = /^(?:[IVX]{1,5}|[A-Z])\.?$/u
const columnNumber = /^\(\d{1,2}\)$/u

/**
 * Reads every task table in the lines.
 *
 * @param lines
 *   Lines of the body or of an attached part.
 * @returns
 *   Rows in document order.
 */
export function readTaskTables(lines: Line[]): TaskRow[] {
  const rows: TaskRow[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line) continue
    if (line.cells && classify(line.cells[0]?.text ?? '') === 'number') {
      index = readMarkdownTable(lines, index, rows)
    } else if (line.kind !== 'table-row' && classify(line.text) === 'number') {
      index = readFlattenedTable(lines, index, rows)
    }
  }

  return rows
}

function isTaskTable(header: Column[]): boolean {
  return header.includes('content') && (header.includes('lead') || header.includes('time'))
}

function readMarkdownTable(lines: Line[], start: number, rows: TaskRow[]): number {
  const header = (lines[start]?.cells ?? []).map((cell) => classify(cell.text))
  if (!isTaskTable(header)) return start
  let index = start + 1
  for (; index < lines.length; index++) {
    const cells = lines[index]?.cells
    if (!cells) break
    const number = cells[header.indexOf('number')]
    if (!number) continue
    if (groupNumber.test(number.text)) rows.push({...toRow(number, header, cells, [lines[index] as Line]), group: true})
    else if (rowNumber.test(number.text)) rows.push(toRow(number, header, cells, [lines[index] as Line]))
  }

  return index - 1
}

/** A header of short lines after "STT", then rows: an STT line followed by one line per column. */
function readFlattenedTable(lines: Line[], start: number, rows: TaskRow[]): number {
  const header: Column[] = ['number']
  let index = start + 1
  for (; index < lines.length && header.length < 10; index++) {
    const text = lines[index]?.text ?? ''
    if (text.length > 60 || rowNumber.test(text) || columnNumber.test(text)) break
    header.push(classify(text))
  }

  if (!isTaskTable(header)) return start
  while (index < lines.length && columnNumber.test(lines[index]?.text ?? '')) index++
  let taken = lines.slice(start, index)
  const startsRow = (line: Line | undefined): boolean => line !== undefined && (rowNumber.test(line.text) || groupNumber.test(line.text))
  while (index < lines.length) {
    const number = lines[index]
    if (!number || !startsRow(number)) break
    const cells: Line[] = []
    const first = index
    index++
    // Cells run to the next row number: an empty cell leaves a blank line behind (Word and PDF export).
    // A group row has one cell, its title.
    const width = groupNumber.test(number.text) ? 1 : header.length - 1
    while (index < lines.length && cells.length < width) {
      const cell = lines[index]
      if (!cell || startsRow(cell)) break
      cells.push(cell)
      index++
    }

    // A cell wrapped onto a second line leaves lines over: the row ends where the next one starts, if it
    // starts within a row's width; else the table ends here.
    let next = index
    while (next < lines.length && next - index < header.length && !startsRow(lines[next])) next++
    if (next < lines.length && startsRow(lines[next])) index = next
    const row = groupNumber.test(number.text)
      ? {...toRow(number, ['number', 'content'], [number, ...cells], [...taken, ...lines.slice(first, index)]), group: true}
      : toRow(number, header, [number, ...cells], [...taken, ...lines.slice(first, index)])
    rows.push(row)
    taken = []
  }

  return index - 1
}

function toRow(number: Line, header: Column[], cells: Line[], taken: Line[] = [number]): TaskRow {
  const row: TaskRow = {number, cells: {}, lines: taken}
  for (const [column, cell] of cells.entries()) {
    const kind = header[column]
    if (!kind || kind === 'number' || kind === 'other' || !cell || cell.text.trim() === '') continue
    row.cells[kind] ??= cell
  }

  return row
}

/**
 * Tables flattened to one cell after another, each cell between lines that hold a lone `|`, and a row
 * ended by an empty cell (two `|` lines in a row): what converters of web pages and Word files make of a
 * table. Each such row becomes a table row with its cells, as a Markdown table gives, so that its cells
 * are read as columns and never as numbered items or paragraphs of their own.
 */
import {joinLines, type Line} from './line.js'

/** Most lines one cell may wrap over; a longer stretch between bars is text, not a cell. */
const maxCellLines = 40

/**
 * Rows of cell-delimited tables turned into table rows; every other line as it was.
 *
 * @param lines
 *   Lines of one region, in order.
 * @returns
 *   The same lines, with each flattened row as one `table-row` line.
 */
export function joinCellRows(lines: Line[]): Line[] {
  if (!lines.some(isBar)) return lines
  const result: Line[] = []
  let cells: Line[][] = []
  let cell: Line[] = []
  /** Lines since the last bar, kept aside until a bar shows they were a cell. */
  let open = false

  const endRow = (): void => {
    if (cells.length >= 2) result.push(toRow(cells))
    else for (const lonely of cells) result.push(...lonely)
    cells = []
  }

  for (const line of lines) {
    if (isBar(line)) {
      if (open && cell.length > 0) cells.push(cell)
      else if (open) endRow()
      cell = []
      open = true
      continue
    }

    if (open && cell.length < maxCellLines) {
      cell.push(line)
      continue
    }

    // Too long for a cell: what was kept is text after the table.
    endRow()
    result.push(...cell, line)
    cell = []
    open = false
  }

  endRow()
  result.push(...cell)
  return result
}

function isBar(line: Line): boolean {
  return line.kind !== 'table-row' && line.text.trim() === '|'
}

/** One table row from its cells, each cell's lines joined. */
function toRow(cells: Line[][]): Line {
  const joined = cells.map((lines) => joinLines(lines))
  const first = joined[0] as Line
  const text = joined.map((cell) => cell.text).join(' | ')
  const offsets = new Int32Array(text.length + 1)
  let at = 0
  for (const [index, cell] of joined.entries()) {
    if (index > 0) {
      // The separator stands where the cell's bar stood, just before it.
      const before = (cell.offsets[0] ?? 1) - 1
      offsets.fill(before, at, at + 3)
      at += 3
    }

    offsets.set(cell.offsets.subarray(0, cell.text.length), at)
    at += cell.text.length
  }

  offsets[text.length] = joined.at(-1)?.offsets[joined.at(-1)?.text.length ?? 0] ?? 0
  return {...first, kind: 'table-row', text, offsets, cells: joined, breakBefore: true}
}

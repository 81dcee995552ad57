/**
 * Routing table → routing: the receiving office's table of who handles the document (`ĐƠN VỊ | CHỦ |
 * THAM`), one row per official or unit. `unit` is the row label as written; `title` its expansion from
 * the abbreviation table (lexicon/abbreviations.ts), `person` the name or initials of an official; `lead`
 * and `participate` are marks (X, ✓ …) in the chủ trì and tham gia columns.
 */
import type {Line} from '../parse/line.js'
import type {RoutingRow} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor} from './extractor.js'
import {readRoutingUnit} from './header/abbreviations.js'
import {foldKey} from '../text/fold.js'

const leadHeader = /^CHU(?: TRI)?$/u
const participateHeader = /^(?:THAM(?: GIA| MUU)?|PHOI HOP|P\/H|PH)$/u
const unitHeader = /^(?:DON VI|CA NHAN|LANH DAO|DON VI\s?\/\s?CA NHAN)/u
const mark = /^[XxVv✓✔☑✗×+*•]{1,3}$/u

export default defineExtractor({
  key: 'routing',
  extract(context) {
    const rows: RoutingRow[] = []
    for (const table of tables(context.lines)) {
      const head = table[0]?.cells?.map((cell) => foldKey(fold(cell.text))) ?? []
      const lead = head.findIndex((cell) => leadHeader.test(cell))
      const participate = head.findIndex((cell) => participateHeader.test(cell))
      if (lead < 0 || participate < 0) continue
      const found = head.findIndex((cell) => unitHeader.test(cell))
      const unitColumn = found >= 0 ? found : head.findIndex((_, index) => index !== lead && index !== participate)
      for (const line of table.slice(1)) {
        const unit = fold(line.cells?.[unitColumn]?.text ?? '')
        if (!unit || !/\p{sc=Latn}/u.test(unit)) continue
        const {title, person} = readRoutingUnit(unit)
        rows.push({
          unit,
          title,
          person,
          lead: marked(line.cells?.[lead]),
          participate: marked(line.cells?.[participate]),
          position: context.position(line)
        })
      }
    }

    return rows
  }
})

/** Runs of consecutive table rows (one GFM table each). */
function tables(lines: Line[]): Line[][] {
  const result: Line[][] = []
  let current: Line[] = []
  let previousBlock = -2
  for (const line of lines) {
    const continues = line.kind === 'table-row' && current.length > 0 && line.block === previousBlock + 1 && !line.breakBefore
    if (line.kind === 'table-row' && !continues) {
      if (current.length > 0) result.push(current)
      current = [line]
    } else if (continues) {
      current.push(line)
    } else if (current.length > 0) {
      result.push(current)
      current = []
    }

    previousBlock = line.block
  }

  if (current.length > 0) result.push(current)
  return result
}

function marked(cell: Line | undefined): boolean {
  return cell !== undefined && mark.test(cell.text.replace(/\s+/gu, ''))
}

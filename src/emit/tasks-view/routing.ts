/**
 * The receiving office's routing table (`notice.routing`: the `ĐƠN VỊ | CHỦ | THAM` form beside the
 * incoming stamp) as the views show it: who in the office leads the document and who takes part. Each
 * row reads expanded ("Chủ tịch Đ.T.Trung") with the row as written kept beside it ("CT Đ.T.Trung"), so
 * a clerk can check the expansion against the stamp; rows are kept in the table's order, and a row
 * marked in both columns is listed under both, as on the form.
 */
import type {RoutingRow} from '../../model/schema.js'
import type {Labels} from './labels.js'

/** The two columns of marks, in the form's order. */
export const routingMarks = ['lead', 'participate'] as const
export type RoutingMark = (typeof routingMarks)[number]

/**
 * @param row
 *   A row of the routing table.
 * @returns
 *   Its abbreviation expanded, with the official's name: "Chủ tịch Đ.T.Trung", "Phòng Tổng hợp"; the row
 *   as written when its abbreviation is not known.
 */
export function routingName(row: RoutingRow): string {
  if (row.title === null) return row.unit
  return row.person ? `${row.title} ${row.person}` : row.title
}

/**
 * @param row
 *   A row of the routing table.
 * @returns
 *   The expanded name, then the row as written in brackets when it reads otherwise: "Chủ tịch Đ.T.Trung
 *   (CT Đ.T.Trung)".
 */
export function routingEntry(row: RoutingRow): string {
  const name = routingName(row)
  return name === row.unit ? name : `${name} (${row.unit})`
}

export interface RoutingLine {
  mark: RoutingMark
  /** "Chủ trì", "Tham gia" (in the language of the labels). */
  label: string
  rows: RoutingRow[]
}

/**
 * @param routing
 *   The rows of a notice's routing table.
 * @param labels
 *   Labels of the view.
 * @returns
 *   One line per column with at least one mark (the leads, then those taking part), each with its rows
 *   in the table's order; empty when nothing is marked.
 */
export function routingLines(routing: readonly RoutingRow[], labels: Labels): RoutingLine[] {
  return routingMarks
    .map((mark) => ({mark, label: labels.routing[mark], rows: routing.filter((row) => row[mark])}))
    .filter((line) => line.rows.length > 0)
}

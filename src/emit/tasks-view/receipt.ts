import type {Notice} from '../../model/schema.js'
import {vnDate} from './dates.js'

/**
 * The incoming stamp as far as it was read ("số 41037, ngày 06/06/2026"): an OCR'd stamp often gives
 * neither its number nor its date.
 */
export function receiptText(receipt: NonNullable<Notice['receipt']>): string {
  const parts = [receipt.number ? `số ${receipt.number}` : null, receipt.date ? `ngày ${vnDate(receipt.date)}` : null].filter((part) => part !== null)
  return parts.length > 0 ? parts.join(', ') : '(số và ngày không đọc được)'
}

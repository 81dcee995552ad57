/** A one-line name for a notice, for headings and the CSV document column: type, number, date, title. */
import type {Notice} from '../../model/schema.js'
import {vnDate} from './dates.js'
import type {Labels} from './labels.js'

/** "Thông báo số 12-TB/TU ngày 05/06/2026", falling back to the file name when the header names neither. */
export function documentName(notice: Notice, labels: Labels): string {
  const {document} = notice
  const type = document.type.name ?? document.type.raw ?? labels.documentFallback
  const parts = [type]
  if (document.number) parts.push(labels.numbered(document.number))
  if (document.date) parts.push(labels.dated(vnDate(document.date)))
  if (parts.length === 1 && notice.source.path) parts.push(baseName(notice.source.path))
  return parts.join(' ')
}

/** The name followed by the title: "Thông báo …: KẾT LUẬN CỦA …". */
export function documentHeading(notice: Notice, labels: Labels): string {
  const name = documentName(notice, labels)
  return notice.document.title ? `${name}: ${notice.document.title}` : name
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).at(-1) ?? path
}

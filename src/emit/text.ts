/**
 * Models → a readable outline for a person at a terminal: the header, the incoming stamp and under it the
 * office's routing table (who leads, who takes part), then each task with who and when, under a heading
 * for the numbered section of the body it stands in ("Mục II"), so two lists that both start at "1." in
 * different sections do not read as one; the tasks of an attached plan or an appendix under that part's
 * title, after the body's. A task's line ends with its id and line, "[II.7.2.1.i, dòng 94]": the name the
 * diagnostics, the CSV, the calendar and the review page give it. Long texts are cut to one line unless
 * `--full`.
 */
import {romanToInt} from '../dates/roman.js'
import type {Notice, Task} from '../model/schema.js'
import {defineEmitter} from './emitter.js'
import {vnDate, vnDeadline} from './tasks-view/dates.js'
import {labelsFor} from './tasks-view/labels.js'
import {sectionOf} from './tasks-view/number-path.js'
import {byPart, partTitle} from './tasks-view/parts.js'
import {receiptText} from './tasks-view/receipt.js'
import {howOften} from './tasks-view/rhythm.js'
import {routingEntry, routingLines} from './tasks-view/routing.js'
import {fullOption, wantsFull} from './tasks-view/shorten.js'

/** The outline has no `--lang`: it is read by the people the documents are written for. */
const labels = labelsFor('vi')

/** Longest task text on one line without `--full`, in UTF-16 code units. */
const lineLength = 110

export default defineEmitter({
  format: 'text',
  extensions: ['.txt'],
  description: 'a readable outline: document, stamp and routing table, then every task under its section with its id, assignees and deadlines, attachments and appendices under their titles (default)',
  options: [fullOption],
  terminal: true,
  emit(notices, context) {
    const full = wantsFull(context.options)
    return notices.map((notice) => outline(notice, full)).join('\n')
  }
})

function outline(notice: Notice, full: boolean): string {
  const {document} = notice
  const out: string[] = []
  const type = document.type.name ?? document.type.raw ?? 'Văn bản'
  out.push(`${type}${document.number ? ` số ${document.number}` : ''}${document.date ? `, ngày ${vnDate(document.date)}` : ''}`)
  if (document.title) out.push(document.title)
  if (document.issuer) out.push(`Cơ quan ban hành: ${document.issuer}`)
  if (notice.receipt) out.push(`Đến: ${receiptText(notice.receipt)}`)
  out.push(...routing(notice))
  if (notice.meeting) out.push(`Cuộc họp: ${notice.meeting.name ?? ''}${notice.meeting.date ? ` (${vnDate(notice.meeting.date)})` : ''}`)
  // The body's tasks, then each attachment and appendix under its own title, in the same layout.
  for (const {part, items} of byPart(notice, notice.tasks, (task) => task.part)) {
    out.push('')
    if (part) out.push(partTitle(part, labels))
    // Said, not skipped: an appendix of names or forms holds no tasks, and the reader should know it was read.
    if (part && items.length === 0) out.push('  (không có nhiệm vụ)')
    else out.push(`Nhiệm vụ (${items.length}):`, ...taskList(items, full))
  }

  if (notice.signature) {
    out.push('', [notice.signature.authority, notice.signature.title, notice.signature.name].filter(Boolean).join(' / '))
  }

  return out.join('\n') + '\n'
}

/**
 * The routing table, under the stamp: one line for the rows marked chủ trì and one for those marked tham
 * gia, each row expanded with the row as written beside it. A table whose marks were not read (OCR often
 * loses them) is still named, with its number of rows.
 */
function routing(notice: Notice): string[] {
  if (notice.routing.length === 0) return []
  const lines = routingLines(notice.routing, labels)
  if (lines.length === 0) return [`${labels.routing.title}: ${labels.routing.unmarked(notice.routing.length)}`]
  return [
    `${labels.routing.title}:`,
    ...lines.map((line) => `  ${line.label.toLocaleLowerCase('vi')}: ${line.rows.map((row) => routingEntry(row)).join('; ')}`)
  ]
}

/**
 * The tasks of one part, each indented under its parent, and the top-level ones under a heading for the
 * numbered section they stand in whenever it changes.
 */
function taskList(tasks: readonly Task[], full: boolean): string[] {
  const out: string[] = []
  const depth = new Map<string, number>()
  let section: string | null = null
  for (const task of tasks) {
    const parent = task.parent === null ? undefined : depth.get(task.parent)
    let level: number
    if (parent === undefined) {
      const own = sectionOf(task)
      if (own !== null && own !== section) out.push(`  ${sectionHeading(own)}`)
      section = own
      level = own === null ? 0 : 1
    } else {
      level = parent + 1
    }

    depth.set(task.id, level)
    out.push(...taskLines(task, level, full))
  }

  return out
}

/** "Mục II" for a Roman numeral; other section names ("Phần thứ nhất") as they are. */
function sectionHeading(section: string): string {
  return section
    .split('.')
    .map((segment) => (romanToInt(segment) === null ? segment : labels.section(segment)))
    .join(', ')
}

/** One task: its label, text, id and line, then who, when and how often, indented to its level. */
function taskLines(task: Task, level: number, full: boolean): string[] {
  const out: string[] = []
  const indent = '  '.repeat(level + 1)
  const text = full || task.text.length <= lineLength ? task.text : `${task.text.slice(0, lineLength - 3).replace(/\s+\S*$/u, '')} …`
  out.push(`${indent}${task.number || '•'} ${text}  [${task.id}, dòng ${task.position.start.line}]`)
  const own = task.assignees.filter((assignee) => !assignee.inherited)
  if (own.length > 0) out.push(`${indent}   ${own.map((assignee) => `${labels.roles[assignee.role].toLocaleLowerCase('vi')}: ${assignee.name}`).join('; ')}`)
  const deadlines = task.deadlines.map((deadline) => `${vnDeadline(deadline)}${deadline.inherited ? ' (chung)' : ''}`)
  if (deadlines.length > 0) out.push(`${indent}   hạn: ${deadlines.join(', ')}`)
  const often = howOften(task)
  if (often) out.push(`${indent}   ${often}`)
  return out
}

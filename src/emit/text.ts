/**
 * Models → a readable outline for a person at a terminal: the header, then each task with who and when;
 * the tasks of an attached plan or an appendix under that part's title, after the body's.
 */
import type {Notice, Task} from '../model/schema.js'
import {defineEmitter} from './emitter.js'
import {vnDate, vnDeadline} from './tasks-view/dates.js'
import {labelsFor} from './tasks-view/labels.js'
import {byPart, partTitle} from './tasks-view/parts.js'
import {receiptText} from './tasks-view/receipt.js'
import {howOften} from './tasks-view/rhythm.js'

/** The outline has no `--lang`: it is read by the people the documents are written for. */
const labels = labelsFor('vi')

export default defineEmitter({
  format: 'text',
  extensions: ['.txt'],
  description: 'a readable outline: document, then every task with its assignees and deadlines, attachments and appendices under their titles (default)',
  terminal: true,
  emit(notices) {
    return notices.map((notice) => outline(notice)).join('\n')
  }
})

function outline(notice: Notice): string {
  const {document} = notice
  const out: string[] = []
  const type = document.type.name ?? document.type.raw ?? 'Văn bản'
  out.push(`${type}${document.number ? ` số ${document.number}` : ''}${document.date ? `, ngày ${vnDate(document.date)}` : ''}`)
  if (document.title) out.push(document.title)
  if (document.issuer) out.push(`Cơ quan ban hành: ${document.issuer}`)
  if (notice.receipt) out.push(`Đến: ${receiptText(notice.receipt)}`)
  if (notice.meeting) out.push(`Cuộc họp: ${notice.meeting.name ?? ''}${notice.meeting.date ? ` (${vnDate(notice.meeting.date)})` : ''}`)
  // The body's tasks, then each attachment and appendix under its own title, in the same layout.
  const depth = new Map<string, number>()
  for (const {part, items} of byPart(notice, notice.tasks, (task) => task.part)) {
    out.push('')
    if (part) out.push(partTitle(part, labels))
    // Said, not skipped: an appendix of names or forms holds no tasks, and the reader should know it was read.
    if (part && items.length === 0) out.push('  (không có nhiệm vụ)')
    else out.push(`Nhiệm vụ (${items.length}):`, ...items.flatMap((task) => taskLines(task, depth)))
  }

  if (notice.signature) {
    out.push('', [notice.signature.authority, notice.signature.title, notice.signature.name].filter(Boolean).join(' / '))
  }

  for (const diagnostic of notice.diagnostics) out.push(`${diagnostic.severity}: ${diagnostic.message} (${diagnostic.ruleId})`)
  return out.join('\n') + '\n'
}

/** One task: its label, text and line, then who, when and how often, indented under its parent. */
function taskLines(task: Task, depth: Map<string, number>): string[] {
  const out: string[] = []
  const level = task.parent ? (depth.get(task.parent) ?? 0) + 1 : 0
  depth.set(task.id, level)
  const indent = '  '.repeat(level + 1)
  const text = task.text.length > 110 ? `${task.text.slice(0, 107).replace(/\s+\S*$/u, '')} …` : task.text
  out.push(`${indent}${task.number || '•'} ${text}  [dòng ${task.position.start.line}]`)
  const own = task.assignees.filter((assignee) => !assignee.inherited)
  if (own.length > 0) out.push(`${indent}   ${own.map((assignee) => `${labels.roles[assignee.role].toLocaleLowerCase('vi')}: ${assignee.name}`).join('; ')}`)
  const deadlines = task.deadlines.map((deadline) => `${vnDeadline(deadline)}${deadline.inherited ? ' (chung)' : ''}`)
  if (deadlines.length > 0) out.push(`${indent}   hạn: ${deadlines.join(', ')}`)
  const often = howOften(task)
  if (often) out.push(`${indent}   ${often}`)
  return out
}


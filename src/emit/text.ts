/** Models → a readable outline for a person at a terminal: the header, then each task with who and when. */
import type {Notice, Task} from '../model/schema.js'
import {defineEmitter} from './emitter.js'
import {vnDate} from './tasks-view/dates.js'
import {receiptText} from './tasks-view/receipt.js'

const roleNames: Record<Task['assignees'][number]['role'], string> = {
  directing: 'chỉ đạo',
  lead: 'chủ trì',
  support: 'phối hợp',
  responsible: 'thực hiện'
}

export default defineEmitter({
  format: 'text',
  extensions: ['.txt'],
  description: 'a readable outline: document, then every task with its assignees and deadlines (default)',
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
  out.push('', `Nhiệm vụ (${notice.tasks.length}):`)
  const depth = new Map<string, number>()
  for (const task of notice.tasks) {
    const level = task.parent ? (depth.get(task.parent) ?? 0) + 1 : 0
    depth.set(task.id, level)
    const indent = '  '.repeat(level + 1)
    const text = task.text.length > 110 ? `${task.text.slice(0, 107).replace(/\s+\S*$/u, '')} …` : task.text
    out.push(`${indent}${task.number || '•'} ${text}  [dòng ${task.position.start.line}]`)
    const own = task.assignees.filter((assignee) => !assignee.inherited)
    if (own.length > 0) out.push(`${indent}   ${own.map((assignee) => `${roleNames[assignee.role]}: ${assignee.name}`).join('; ')}`)
    const deadlines = task.deadlines.map((deadline) => `${vnDate(deadline.date)}${deadline.inherited ? ' (chung)' : ''}`)
    if (deadlines.length > 0) out.push(`${indent}   hạn: ${deadlines.join(', ')}`)
    if (task.recurrence) out.push(`${indent}   ${task.recurrence}`)
  }

  if (notice.signature) {
    out.push('', [notice.signature.authority, notice.signature.title, notice.signature.name].filter(Boolean).join(' / '))
  }

  for (const diagnostic of notice.diagnostics) out.push(`${diagnostic.severity}: ${diagnostic.message} (${diagnostic.ruleId})`)
  return out.join('\n') + '\n'
}


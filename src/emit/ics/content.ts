/**
 * The words of each calendar entry, in Vietnamese like the documents: a short SUMMARY that reads well in
 * a month view (task number, what to do, who leads), a DESCRIPTION with everything needed to act on it
 * without opening the document, and the calendar's name.
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
import type {Entry} from './entries.js'
import {vietnameseDate} from './when.js'
import {labelsFor} from '../tasks-view/labels.js'
import {partOf, partTitle} from '../tasks-view/parts.js'
import {numberPath} from '../tasks-view/number-path.js'
import {receiptText} from '../tasks-view/receipt.js'
import {rhythmText} from '../tasks-view/rhythm.js'
import {inCharge, namesWith, roles} from '../tasks-view/roles.js'
import {graphemes} from '../../text/graphemes.js'

/** Like the rest of the calendar's words, in Vietnamese: the ics format has no `--lang`. */
const labels = labelsFor('vi')

/** Tasks of one notice by id, for walking up to the parents. */
export type TaskIndex = ReadonlyMap<string, Task>

export function indexTasks(notice: Notice): TaskIndex {
  return new Map(notice.tasks.map((task) => [task.id, task]))
}

/** `II.7.2 (1)(i) Bổ sung hoàn thiện báo cáo … — Ban Tổ chức Thành ủy` */
export function summary(entry: Entry, tasks: TaskIndex): string {
  const {task} = entry
  const label = numberPath(task, tasks)
  const lead = inCharge(task).names[0]
  return `${label ? `${label} ` : ''}${action(task, entry.deadline)}${lead ? ` — ${lead}` : ''}`
}

/**
 * The whole task, who does it, the deadline as written (or how often), the document and where in it, and
 * the task's id, which the diagnostics, the outline and the CSV name it by (the UID is a hash of it).
 */
export function description(entry: Entry, tasks: TaskIndex): string {
  return [taskLines(entry, tasks), whoAndWhen(entry), documentLines(entry)].map((block) => block.join('\n')).join('\n\n')
}

function taskLines({task}: Entry, tasks: TaskIndex): string[] {
  const label = numberPath(task, tasks)
  const parent = task.parent ? tasks.get(task.parent) : undefined
  const lines = [`${label ? `${label} ` : ''}${task.text}`]
  if (parent) lines.push(`Thuộc: ${[numberPath(parent, tasks), shorten(parent.text, 120)].filter(Boolean).join(' ')}`)
  return lines
}

function whoAndWhen(entry: Entry): string[] {
  const {task} = entry
  const lines = [when(entry)]
  for (const role of roles) {
    const names = namesWith(task, role)
    if (names.length > 0) lines.push(`${labels.roles[role]}: ${names.join('; ')}`)
  }

  return lines
}

/** `Hạn: trước 17 giờ ngày 12/6/2026 (17:00 12/06/2026)`, `Định kỳ: hằng tuần, thứ Sáu (lần đầu 05/06/2026)`. */
function when(entry: Entry): string {
  if (entry.deadline === null) return `Định kỳ: ${rhythmText(entry.rrule)} (lần đầu ${vietnameseDate(entry.first)})`
  const {deadline} = entry
  const value = deadline.time ? `${deadline.date}T${deadline.time}` : deadline.date
  return `Hạn: ${deadline.raw} (${vietnameseDate(value)})${deadline.inherited ? ', hạn chung của nhóm nhiệm vụ' : ''}`
}

function documentLines({notice, task, deadline}: Entry): string[] {
  const {document, receipt, source} = notice
  const lines = [
    `Văn bản: ${document.type.name ?? 'Văn bản'}${document.number ? ` số ${document.number}` : ''}${
      document.date ? ` ngày ${vietnameseDate(document.date)}` : ''
    }${document.issuer ? ` (${document.issuer})` : ''}`
  ]
  if (document.title) lines.push(`Trích yếu: ${document.title}`)
  // A task of an attached plan or an appendix is found there, not in the body: name the part.
  const part = partOf(notice, task)
  if (part) lines.push(partTitle(part, labels))
  // A document copied without its own number is known by the office's incoming register.
  if (receipt?.number || receipt?.date) {
    lines.push(`Đến: ${receiptText(receipt)}`)
  }

  const deadlineLine = deadline?.position.start.line ?? task.position.start.line
  lines.push(
    `Nguồn: ${source.path ?? 'đầu vào chuẩn'}, dòng ${task.position.start.line}${
      deadlineLine === task.position.start.line ? '' : ` (hạn ở dòng ${deadlineLine})`
    }`,
    `Mã nhiệm vụ: ${task.id}`
  )
  return lines
}

/** X-WR-CALNAME from the documents: `Thông báo 163/TB-VPCP`, or the type and title when there is no number. */
export function calendarName(notices: readonly Notice[]): string {
  const names = [...new Set(notices.map((notice) => documentName(notice)))]
  return names.length <= 3 ? names.join('; ') : `${names.length} văn bản: ${names.slice(0, 2).join('; ')}; …`
}

function documentName(notice: Notice): string {
  const {type, number, title} = notice.document
  const name = type.name ?? 'Văn bản'
  if (number) return `${name} ${number}`
  return title ? `${name}: ${shorten(title, 60)}` : name
}

/**
 * The first clause of the task, short enough for a calendar cell. A task that opens by naming who is in
 * charge ("Đồng chí … lãnh đạo Đảng ủy … chỉ đạo: Hoàn thành …") is summed up by what follows the colon,
 * since the lead body is already in the summary.
 */
function action(task: Task, deadline: Deadline | null): string {
  const colon = task.text.indexOf(':')
  const head = colon === -1 ? '' : task.text.slice(0, colon)
  const rest = colon === -1 ? '' : task.text.slice(colon + 1).trim()
  const namesWho = task.assignees.some((assignee) => head.includes(assignee.name))
  const text = sentenceOf(namesWho && rest !== '' ? rest : task.text, task, deadline)
  const clause = trimEndPunctuation(/^[^;:]*/u.exec(text)?.[0] ?? '')
  return shorten(clause || text, 60)
}

/**
 * A task with several deadlines usually gives each its own sentence ("… trước ngày 15/6/2026. Tham mưu …,
 * hoàn thành trước ngày 30/6/2026."): each entry is then summed up by the sentence its deadline is in.
 * Repeating work has no phrase to look for and is summed up from the start.
 */
function sentenceOf(text: string, task: Task, deadline: Deadline | null): string {
  if (deadline === null) return text
  const index = text.indexOf(deadline.raw)
  if (new Set(task.deadlines.map((each) => each.date)).size < 2 || index === -1) return text
  const start = text.lastIndexOf('. ', index)
  return start === -1 ? text : text.slice(start + 2)
}

// Counted in graphemes, so a cut never separates a letter from its combining marks.
function shorten(text: string, max: number): string {
  const characters = Array.from(graphemes(text), (grapheme) => grapheme.segment)
  if (characters.length <= max) return text
  const cut = characters.slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return `${trimEndPunctuation(space > max / 2 ? cut.slice(0, space) : cut)}…`
}

// A loop rather than /[\s,;:.]+$/, which backtracks quadratically on long runs of those characters.
function trimEndPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && ' \t,;:.'.includes(text[end - 1] ?? '_')) end--
  return text.slice(0, end)
}

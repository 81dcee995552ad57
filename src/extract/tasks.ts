/**
 * Sections → tasks. Every numbered item outside the assessment parts is a task (parents before children),
 * and so is every unnumbered paragraph that assigns work ("Giao …", "… chủ trì …"). Each task keeps its
 * own text; assignees, deadlines and recurrence pass down to items that have none of their own, and a
 * shared sentence ("Các nhiệm vụ trên hoàn thành trước ngày …") gives its deadline to the items above it.
 */
import {findReferences} from '../references/index.js'
import {joinLines, type Line} from '../parse/line.js'
import type {Section} from '../parse/sections.js'
import type {Task} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor, type ExtractContext} from './extractor.js'
import {readAssignees, readSubjectHeading} from './tasks/assignees.js'
import {readDeadlines} from './tasks/deadlines.js'
import {assigns, isAssessment} from './tasks/scope.js'

/** A sentence that closes a list and speaks for all its items. */
const wrapUp =
  /^(?:Các|Những|Toàn bộ|Tất cả)\s+(?:các\s+)?(?:nhiệm vụ|nội dung|công việc|việc|đề án|văn bản|báo cáo)(?:\s+\p{Ll}+){0,2}?\s+(?:nêu\s+)?trên(?![\p{L}\p{N}])/u

/** The closing formula of a notice ("… thông báo để các cơ quan biết, thực hiện./."): not task text. */
const closingFormula = /thông báo (?:để|cho|ý kiến)|(?:biết|thực hiện|thi hành)\s*\.\s*\/\s*\.?$/u

export default defineExtractor({
  key: 'tasks',
  extract(context) {
    const builder = new TaskBuilder(context)
    builder.visitContainer(context.sections, null, [])
    return builder.finish()
  }
})

class TaskBuilder {
  private readonly tasks: Task[] = []
  private readonly ids = new Set<string>()
  private readonly reference: string

  constructor(private readonly context: ExtractContext) {
    this.reference = context.referenceDate()
  }

  /** A container that is not a task itself: the root, a part (I., II.), an unnumbered heading. */
  visitContainer(section: Section, parent: Task | null, path: string[]): void {
    let paragraph = 0
    for (const line of paragraphsOf(section.body)) {
      if (!assigns(line.text)) continue
      if (closingFormula.test(line.text)) continue
      paragraph++
      this.add([line], '', `p${paragraph}`, parent, path, section.line ?? line)
    }

    for (const child of section.children) {
      if (!child.label) {
        this.visitContainer(child, parent, path)
        continue
      }

      if (child.label.kind === 'roman' || child.label.kind === 'part') {
        if (section.parent === null && isAssessment(child)) continue
        this.visitContainer(child, parent, [...path, child.label.value])
        continue
      }

      if (child.label.kind === 'article' && !articleAssigns(child)) continue
      this.visitTask(child, parent, path)
    }
  }

  private visitTask(section: Section, parent: Task | null, path: string[]): void {
    const label = section.label
    if (!label || !section.head || !section.line) return
    const own: Line[] = [section.head]
    const wrapUps: Line[] = []
    for (const line of paragraphsOf(section.body)) {
      if (wrapUp.test(line.text)) wrapUps.push(line)
      else if (!closingFormula.test(line.text)) own.push(line)
    }

    // Field lines of a plan item ("- Thời gian: …", "- Đơn vị chủ trì: …") describe the item itself.
    const fields = section.children.filter((child) => isField(child))
    own.push(...fields.flatMap((child) => [child.head, ...child.body].filter((line) => line !== null)))
    const task = this.add(own, label.text, segment(section, parent), parent, path, section.line)
    for (const child of section.children) {
      if (child.label?.kind === 'roman' || child.label?.kind === 'part' || fields.includes(child)) continue
      if (child.label) this.visitTask(child, task, path)
      else this.visitContainer(child, task, path)
    }

    // A wrap-up sentence after the last item speaks for the enclosing task: its deadline becomes the
    // enclosing task's own and passes to the items without one.
    if (wrapUps.length > 0) this.wrapUp(parent ?? task, wrapUps)
  }

  private add(own: Line[], number: string, idSegment: string, parent: Task | null, path: string[], start: Line): Task {
    const joined = joinLines(own)
    const references = findReferences(joined.text)
    const excluded = references.map((reference): [number, number] => [reference.index, reference.index + reference.length])
    const dates = readDeadlines(joined, this.reference, excluded, (from, to) => this.context.position(joined, from, to))
    const last = own.at(-1) ?? start
    const startOffset = start.offsets[0] ?? 0
    const endOffset = (last.offsets[Math.max(last.text.length - 1, 0)] ?? startOffset) + 1
    const task: Task = {
      id: this.uniqueId(parent ? `${parent.id}.${idSegment}` : [...path, idSegment].join('.')),
      number,
      parent: parent?.id ?? null,
      text: fold(joined.text),
      assignees: assigneesOf(joined.text, own[0]?.text ?? ''),
      deadlines: dates.deadlines,
      recurrence: dates.recurrence,
      references: references.map((reference) => fold(reference.raw)),
      position: this.context.source.position(startOffset, endOffset)
    }
    this.tasks.push(task)
    return task
  }

  private wrapUp(task: Task, lines: Line[]): void {
    for (const line of lines) {
      const references = findReferences(line.text)
      const excluded = references.map((reference): [number, number] => [reference.index, reference.index + reference.length])
      const dates = readDeadlines(line, this.reference, excluded, (from, to) => this.context.position(line, from, to))
      task.text = fold(`${task.text} ${line.text}`)
      task.deadlines.push(...dates.deadlines)
      task.recurrence ??= dates.recurrence
    }
  }

  private uniqueId(id: string): string {
    let candidate = id
    for (let count = 2; this.ids.has(candidate); count++) candidate = `${id}~${count}`
    this.ids.add(candidate)
    return candidate
  }

  /** Passes assignees, deadlines and recurrence down the tree (tasks are in document order, parents first). */
  finish(): Task[] {
    const byId = new Map(this.tasks.map((task) => [task.id, task]))
    for (const task of this.tasks) {
      const parent = task.parent ? byId.get(task.parent) : undefined
      if (!parent) continue
      for (const assignee of parent.assignees) {
        if (!task.assignees.some((own) => own.name === assignee.name && own.role === assignee.role)) {
          task.assignees.push({...assignee, inherited: true})
        }
      }

      if (task.deadlines.length === 0) task.deadlines = parent.deadlines.map((deadline) => ({...deadline, inherited: true}))
      task.recurrence ??= parent.recurrence
    }

    return this.tasks
  }
}

/** Assignees named in a task's text, else the subject its heading names. */
function assigneesOf(text: string, head: string): Task['assignees'] {
  const named = readAssignees(fold(text))
  const subject = named.length === 0 ? readSubjectHeading(fold(head)) : null
  return (subject ? [subject] : named).map((item) => ({...item, inherited: false}))
}

/** The id segment of a numbered section: "7.2" under "7" is "2"; "(i)" is "i"; bullets count. */
function segment(section: Section, parent: Task | null): string {
  const label = section.label
  if (!label) return 'p'
  if (label.kind === 'bullet') {
    const siblings = section.parent?.children.filter((child) => child.label?.kind === 'bullet') ?? []
    return `b${siblings.indexOf(section) + 1}`
  }

  if (label.kind === 'number' && parent) {
    const parentValue = parent.number.replace(/[.)\-\s]+$/u, '')
    if (label.value.startsWith(`${parentValue}.`)) return label.value.slice(parentValue.length + 1)
  }

  return label.kind === 'article' ? `Điều${label.value}` : label.value
}

/** Labels of the attribute lines of a plan item. */
const fieldLabel =
  /^(?:Thời gian|Thời hạn|Địa điểm|Cơ quan|Đơn vị|Chủ trì|Phối hợp|Kinh phí|Nguồn kinh phí|Thành phần|Hình thức|Quy mô|Sản phẩm|Số lượng|Đối tượng|Phạm vi)(?:\s+[\p{L}]+){0,3}\s*:/u

function isField(section: Section): boolean {
  return section.label?.kind === 'bullet' && section.children.length === 0 && fieldLabel.test(section.head?.text ?? '')
}

/** An article (Điều) is a task when it or one of its clauses assigns work. */
function articleAssigns(section: Section): boolean {
  const texts = [section.head?.text ?? '', ...section.body.map((line) => line.text)]
  return texts.some((text) => assigns(text)) || section.children.some((child) => articleAssigns(child))
}

/** Body lines grouped by block into paragraphs. */
function paragraphsOf(lines: Line[]): Line[] {
  const result: Line[] = []
  let group: Line[] = []
  for (const line of lines) {
    if (group.length > 0 && (line.breakBefore || line.block !== group[0]?.block)) {
      result.push(joinLines(group))
      group = []
    }

    group.push(line)
  }

  if (group.length > 0) result.push(joinLines(group))
  return result
}

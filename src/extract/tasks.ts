/**
 * Sections → tasks. Every numbered item outside the assessment parts is a task (parents before children),
 * and so is every unnumbered paragraph that assigns work ("Giao …", "… chủ trì …"). Each task keeps its
 * own text; assignees, deadlines and recurrence pass down to items that have none of their own, and a
 * shared sentence ("Các nhiệm vụ trên hoàn thành trước ngày …") gives its deadline to the items above it.
 */
import {findReferences} from '../references/index.js'
import {joinLines, subLine, type Line} from '../parse/line.js'
import type {Section} from '../parse/sections.js'
import type {Position, Task} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor, type ExtractContext, type Region} from './extractor.js'
import {paragraphsOf} from './paragraphs.js'
import {nameRunsOn, readAssignees, readSubjectHeading, startsChairing, startsWithBody} from './assignees/index.js'
import {readDeadlines, type OwnDates} from './tasks/deadlines.js'
import {assigns, assignsByHeading, isAssessment, isAssessmentItem} from './tasks/scope.js'
import {readTaskTables, type TaskRow} from './tasks/task-tables.js'
import {readInterleavedTable} from './tasks/interleaved-tables.js'
import {actOn, addressTo, readAddressees, resolvePronouns} from './tasks/addressees.js'
import {listingTitle} from '../lexicon/structure.js'
import {articleAssigns, isDocumentField, isField, namedLists, quotedItems} from './tasks/items.js'
import {passesDown, pointedAt, preparedFor} from './tasks/inherit.js'
import {closingAnnouncements, closingVerbs, wrapUpNouns, wrapUpQuantifiers} from '../lexicon/structure.js'
import {wordAlternation} from '../text/words.js'
import {WORD_END} from '../text/word-boundary.js'

/** A sentence that closes a list and speaks for all its items. */
const wrapUp = new RegExp(
  `^(?:${wordAlternation(wrapUpQuantifiers.map((word) => word[0]?.toUpperCase() + word.slice(1)))})\\s+(?:các\\s+)?(?:${wordAlternation(wrapUpNouns)})(?:\\s+\\p{Ll}+){0,2}?\\s+(?:nêu\\s+)?trên${WORD_END}`,
  'u'
)

/** The closing formula of a notice ("… thông báo để các cơ quan biết, thực hiện./."): not task text. */
const closingFormula = new RegExp(`${wordAlternation(closingAnnouncements)}|(?:${wordAlternation(closingVerbs)})\\s*\\.\\s*\\/\\s*\\.?$`, 'u')

export default defineExtractor({
  key: 'tasks',
  extract(context) {
    const builder = new TaskBuilder(context)
    // The body, then each attachment and appendix with the ids of its tasks under its own id; a part
    // that lists names, criteria or forms holds none.
    builder.visitRegion(null, context.body)
    for (const [index, region] of context.attached.entries()) {
      const part = context.draft.parts?.[index]
      if (!part || listingTitle.test(part.title)) continue
      builder.visitRegion(part.id, region)
    }

    // What no item names is the addressees' to do ("Kính gửi: …"), in the body of the letter.
    return builder.finish(readAddressees(context.lines.slice(0, context.layout.bodyStart + 8)))
  }
})

class TaskBuilder {
  private readonly tasks: Task[] = []
  private readonly ids = new Set<string>()
  private readonly nextSuffix = new Map<string, number>()
  private readonly reference: string | null
  /** The day the incoming stamp says the document was received. */
  private readonly received: string | null

  /** Start offsets of lines that belong to task tables: read as rows, never as paragraphs. */
  private tableLines = new Set<number>()
  /** The attachment or appendix being read; null in the body. */
  private part: string | null = null
  /** Who the items after a lead-in are addressed to, by item. */
  private readonly addressees = new Map<Section, Array<Omit<Task['assignees'][number], 'inherited'>>>()
  /** Days of the events the document's own fields name (an invitation's "Thời gian: …"). */
  private readonly events: Task['deadlines'] = []

  constructor(private readonly context: ExtractContext) {
    this.reference = context.referenceDate()
    this.received = context.draft.receipt?.date ?? null
  }

  /** The tasks of one region: its numbered items and assigning paragraphs, then the rows of its task tables. */
  visitRegion(part: string | null, {lines, sections}: Region): void {
    // An appendix whose table OCR or pdftotext ran together line by line is read by its line ends.
    const tables = readTaskTables(lines)
    const rows = tables.length === 0 && part !== null ? readInterleavedTable(lines) : tables
    this.part = part
    this.tableLines = new Set(
      rows.flatMap((row) => [...row.lines, ...Object.values(row.cells)].map((line) => line.offsets[0] ?? -1))
    )
    this.visitContainer(sections, null, part ? [part] : [])
    // Rows of a table in the body are "Bảng.1", "Bảng.2" …; in a part, under the part's id; under a
    // group row ("II | TRIỂN KHAI …"), under its number as well: "PL.II.1".
    let group: string[] = []
    for (const row of rows) {
      if (row.group) group = [row.number.text.replace(/\.$/u, '')]
      else this.addRow(row, [part ?? 'Bảng', ...group])
    }
  }

  /** A row of a task table: its own task, under the row its number extends ("5.14" under "5"). */
  private addRow(row: TaskRow, path: string[]): void {
    const number = row.number.text.replace(/\.$/u, '')
    const parentNumber = number.split('.').slice(0, -1).join('.')
    const parent = parentNumber ? this.tasks.find((task) => task.id === [...path, parentNumber].join('.')) ?? null : null
    const content = row.cells.content
    const own = [row.number, ...(content ? [content] : [])]
    const task = this.add(own, row.number.text, parent ? (number.split('.').at(-1) ?? number) : number, parent, path, row.number)
    const cells = Object.values(row.cells)
    const last = cells.reduce((end, line) => Math.max(end, (line.offsets[Math.max(line.text.length - 1, 0)] ?? 0) + 1), 0)
    task.position = this.context.source.position(row.number.offsets[0] ?? 0, last)
    task.text = fold(content?.text ?? '')
    const named: Task['assignees'] = []
    if (row.cells.lead) named.push({name: fold(row.cells.lead.text), role: 'lead', inherited: false})
    if (row.cells.support) named.push({name: fold(row.cells.support.text), role: 'support', inherited: false})
    if (named.length > 0) task.assignees = named
    if (row.cells.time) {
      const time = row.cells.time
      const {dates} = this.read(time, true)
      task.deadlines.push(...dates.deadlines)
      if (task.recurrence === null) task.rrule = dates.rrule
      task.recurrence ??= dates.recurrence ?? (/thường xuyên|hằng|hàng/iu.test(time.text) ? fold(time.text) : null)
    }
  }

  /** A container that is not a task itself: the root, a part (I., II.), an unnumbered heading. */
  private visitContainer(section: Section, parent: Task | null, path: string[]): void {
    let paragraph = 0
    // "… Thủ tướng Chính phủ yêu cầu các Bộ trưởng, … và đề nghị cộng đồng doanh nghiệp:" introduces the
    // numbered items that follow: they are the tasks, not the sentence that leads into them.
    const numbered = section.children.some((child) => child.label)
    for (const line of paragraphsOf(section.body)) {
      if (line.kind === 'table-row' || this.tableLines.has(line.offsets[0] ?? -1) || !assigns(line.text)) continue
      if (closingFormula.test(line.text)) continue
      if (numbered && line.text.trimEnd().endsWith(':')) {
        this.addressLeadIn(section, line)
        continue
      }

      paragraph++
      this.add([line], '', `p${paragraph}`, parent, path, section.line ?? line)
    }

    const names = namedLists(section)
    const quoted = quotedItems(section)
    for (const child of section.children) {
      if (!child.label) {
        this.visitContainer(child, parent, path)
        continue
      }

      // A row of a task table is read as a row (addRow), not as a numbered item as well.
      if (names.has(child) || this.tableLines.has(child.line?.offsets[0] ?? -1)) continue

      if (child.label.kind === 'roman' || child.label.kind === 'part') {
        if (section.parent === null && isAssessment(child)) {
          // A part that assesses may still hold what to do: an item headed so ("II. Về tình hình …" / "3.
          // Phương hướng, nhiệm vụ, giải pháp"), or one that assigns work outright ("Giao Sở …", "Yêu cầu
          // các …"), as when OCR lost the heading of the part that follows. The rest is not read.
          for (const item of child.children) {
            if (!item.label || item.label.kind === 'bullet') continue
            // A sentence, not a heading that only names a topic ("2. Yêu cầu").
            const head = item.head?.text ?? ''
            const sentence = assigns(head) && head.split(/\s+/u).length >= 4
            if (assignsByHeading(item) || sentence) this.visitTask(item, parent, [...path, child.label.value])
          }

          continue
        }
        this.visitContainer(child, parent, [...path, child.label.value])
        continue
      }

      if (child.label.kind === 'article' && !articleAssigns(child)) continue
      if (isAssessmentItem(child) || quoted.has(child)) continue
      if (parent === null && isDocumentField(child)) {
        this.noteEvent(child)
        continue
      }

      this.visitTask(child, parent, path)
    }
  }

  private visitTask(section: Section, parent: Task | null, path: string[]): void {
    const label = section.label
    if (!label || !section.head || !section.line) return
    // The head runs on over the lines it wraps onto ("4. Sở Nông" / "nghiệp và Môi trường"): lines of its
    // block after it left off mid-sentence that go on in lower case, or after a line as long as a full
    // one ("… thành phố trực thuộc" / "Trung ương và …"). A short heading line ends it.
    let head = section.head
    let last = section.line ?? section.head
    let wrapped = 0
    for (const next of section.body) {
      if (next.block !== head.block || next.breakBefore || /[.;:!?]\s*$/u.test(last.text)) break
      if (!/^\p{Ll}/u.test(next.text) && last.text.length < fullLine) break
      head = joinLines([head, next])
      last = next
      wrapped++
    }

    const own: Line[] = [head]
    const wrapUps: Line[] = []
    for (const line of paragraphsOf(section.body.slice(wrapped))) {
      // A task table under an item is read row by row: its rows' deadlines are theirs, not the item's.
      if (line.kind === 'table-row' || this.tableLines.has(line.offsets[0] ?? -1)) continue
      if (wrapUp.test(line.text)) wrapUps.push(line)
      else if (!closingFormula.test(line.text)) own.push(line)
    }

    // Field lines of a plan item ("- Thời gian: …", "- Đơn vị chủ trì: …") describe the item itself.
    const fields = section.children.filter((child) => isField(child))
    own.push(...fields.flatMap((child) => [child.head, ...child.body].filter((line) => line !== null)))
    const task = this.add(own, label.text, segment(section, parent), parent, path, section.line)
    addressTo(task, this.addressees.get(section) ?? [])
    const quoted = quotedItems(section)
    for (const child of section.children) {
      if (!child.label) this.visitContainer(child, task, path)
      else if (child.label.kind === 'roman' || child.label.kind === 'part' || fields.includes(child)) continue
      else if (!isAssessmentItem(child) && !quoted.has(child)) this.visitTask(child, task, path)
    }

    // A wrap-up sentence after the last item speaks for the enclosing task: its deadline becomes the
    // enclosing task's own and passes to the items without one.
    if (wrapUps.length > 0) this.wrapUp(parent ?? task, wrapUps)
  }

  /**
   * "X yêu cầu các Sở, ngành thực hiện như sau:", "Giao Bộ Công an chủ trì … với các yêu cầu sau:": the
   * bodies a lead-in names do the items after it that name no one of their own.
   */
  private addressLeadIn(section: Section, line: Line): void {
    const named = readAssignees(fold(line.text))
    if (named.length === 0) return
    const at = line.offsets[0] ?? 0
    for (const child of section.children) {
      if (child.label && (child.line?.offsets[0] ?? 0) > at) this.addressees.set(child, named)
    }
  }

  /** The day of the meeting or event a document is about ("1. Thời gian: 14 giờ 00, ngày 23/02/2026"). */
  private noteEvent(section: Section): void {
    if (!section.head || !/^Thời gian/u.test(section.head.text)) return
    const {dates} = this.read(joinLines([section.head, ...section.body]), true)
    const first = dates.deadlines[0]
    if (first) this.events.push({...first, kind: 'on'})
  }

  /** Deadlines, recurrence and cited documents of one stretch of task text. */
  private read(line: Line, timeField = false): {dates: OwnDates; references: string[]} {
    const found = findReferences(line.text)
    // A cited document's date ("Kết luận số 18-KL/TW, ngày 02/4/2026") is never a deadline.
    const excluded = found.map((reference): [number, number] => [reference.index, reference.index + reference.length])
    const position = (from: number, to: number): Position => this.context.position(line, from, to)
    return {
      dates: readDeadlines(line, this.reference, this.received, excluded, position, timeField),
      references: found.map((reference) => fold(reference.raw))
    }
  }

  private add(own: Line[], number: string, idSegment: string, parent: Task | null, path: string[], start: Line): Task {
    const joined = untilEnd(joinLines(own))
    const {dates, references} = this.read(joined)
    const last = own.at(-1) ?? start
    const startOffset = start.offsets[0] ?? 0
    const endOffset = (last.offsets[Math.max(last.text.length - 1, 0)] ?? startOffset) + 1
    const task: Task = {
      id: this.uniqueId(parent ? `${parent.id}.${idSegment}` : [...path, idSegment].join('.')),
      part: this.part,
      number,
      parent: parent?.id ?? null,
      text: fold(joined.text),
      assignees: assigneesOf(sentences(own), own[0]?.text ?? ''),
      deadlines: dates.deadlines,
      recurrence: dates.recurrence,
      rrule: dates.rrule,
      references,
      position: this.context.source.position(startOffset, endOffset)
    }
    this.tasks.push(task)
    return task
  }

  private wrapUp(task: Task, lines: Line[]): void {
    for (const line of lines) {
      const {dates} = this.read(line)
      task.text = fold(`${task.text} ${line.text}`)
      // The sentence is part of the task's text, so its span is part of the task's position.
      const end = this.context.position(line).end
      if (end.offset > task.position.end.offset) task.position = {start: task.position.start, end}
      task.deadlines.push(...dates.deadlines)
      if (task.recurrence === null) task.rrule = dates.rrule
      task.recurrence ??= dates.recurrence
    }
  }

  /** `id`, or `id~2`, `id~3`… when taken; the next suffix to try is kept per id, so n repeats cost n steps. */
  private uniqueId(id: string): string {
    let candidate = id
    let count = this.nextSuffix.get(id) ?? 2
    while (this.ids.has(candidate)) candidate = `${id}~${count++}`
    this.nextSuffix.set(id, count)
    this.ids.add(candidate)
    return candidate
  }

  /** Passes assignees, deadlines and recurrence down the tree (tasks are in document order, parents first). */
  finish(addressees: string[] = []): Task[] {
    const byId = new Map(this.tasks.map((task) => [task.id, task]))
    for (const task of this.tasks) {
      const parent = task.parent ? byId.get(task.parent) : undefined
      if (!parent) continue
      for (const assignee of parent.assignees) {
        if (!task.assignees.some((own) => own.name === assignee.name && own.role === assignee.role)) {
          task.assignees.push({...assignee, inherited: true})
        }
      }

      if (task.deadlines.length === 0) {
        task.deadlines = parent.deadlines.filter((deadline) => passesDown(parent, deadline)).map((deadline) => ({...deadline, inherited: true}))
      }

      // The rule goes with the words it was read from: a task's own "thường xuyên" keeps it ruleless.
      if (task.recurrence === null) task.rrule = parent.rrule
      task.recurrence ??= parent.recurrence
    }

    for (const task of this.tasks) {
      if (task.deadlines.length === 0) task.deadlines = pointedAt(this.tasks, task)
      if (task.deadlines.length === 0) task.deadlines = preparedFor(task, this.events)
      if (task.part === null && actOn(addressees)) addressTo(task, addressees.map((name) => ({name, role: 'responsible'})))

      task.assignees = resolvePronouns(task.assignees, addressees)
    }

    return this.tasks
  }

}

/**
 * A task's paragraphs as one text for reading names: a heading without closing punctuation ends where the
 * next paragraph begins with a capital, when either the heading only names a body or the paragraph opens
 * with one ("11. Bộ Chỉ huy Quân sự tỉnh" / "Chỉ đạo lực lượng …"): a name never runs from one into the
 * other.
 */
function sentences(paragraphs: Line[]): string {
  const [head, ...rest] = paragraphs.map((paragraph) => paragraph.text)
  if (head === undefined || rest.length === 0) return head ?? ''
  const next = rest[0] ?? ''
  const named = readSubjectHeading(fold(head)) !== null || startsWithBody(next)
  // "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc" / "Trung ương cụ thể hóa …" is one name cut by the page.
  const open = !/[.;:!?,]\s*$/u.test(head) && /^\p{Lu}/u.test(next) && named && !nameRunsOn(fold(head), next)
  return `${head}${open ? '. ' : ' '}${rest.join(' ')}`
}

/** Assignees named in a task's text, else the subject its heading names. */
function assigneesOf(text: string, head: string): Task['assignees'] {
  const words = fold(text)
  const heading = fold(head)
  const named = readAssignees(words)
  // A heading that names a body ("1. Công an tỉnh") is who does what follows, unless the text names
  // someone in charge itself; "Chủ trì, phối hợp với …" right after it makes the heading the lead.
  const inCharge = named.some((item) => item.role !== 'support')
  const subject = inCharge ? null : readSubjectHeading(heading)
  if (!subject) return named.map((item) => ({...item, inherited: false}))
  const leads = startsChairing(words.slice(heading.length))
  return [{...subject, role: leads ? 'lead' : subject.role}, ...named].map((item) => ({...item, inherited: false}))
}

/** The id segment of a numbered section: "7.2" under "7" is "2"; "(i)" is "i"; bullets count. */
function segment(section: Section, parent: Task | null): string {
  const label = section.label
  if (!label) return 'p'
  if (label.kind === 'bullet') return `b${bulletIndex(section)}`

  if (label.kind === 'number' && parent) {
    const parentValue = parent.number.replace(/(?<![.)\-\s])[.)\-\s]+$/u, '')
    if (label.value.startsWith(`${parentValue}.`)) return label.value.slice(parentValue.length + 1)
  }

  return label.kind === 'article' ? `Điều${label.value}` : label.value
}

/** 1-based place of each bullet among its parent's bullets, counted once per parent (n bullets, n steps). */
const bulletIndexes = new WeakMap<Section, number>()

function bulletIndex(section: Section): number {
  if (!bulletIndexes.has(section)) {
    let count = 0
    for (const child of section.parent?.children ?? [section]) {
      if (child.label?.kind === 'bullet') bulletIndexes.set(child, ++count)
    }
  }

  return bulletIndexes.get(section) ?? 1
}

/** "./." closes a State document's text (NĐ 30): what follows on its line is OCR debris, not the task's. */
function untilEnd(line: Line): Line {
  const end = /\.\s?\/\s?\.(?!\s*$)/u.exec(line.text)
  return end ? subLine(line, 0, end.index + end[0].length) : line
}

/** A line at least this long was cut by the page width, not ended by its writer. */
const fullLine = 60

/**
 * A notice and its source text → the highlights of the page: one mark per extracted item that has a
 * place in the text (tasks, deadlines, assignees by role, references, figures, routing marks,
 * diagnostics), each with the words its tooltip shows. One finder per kind of item, in a table. Tasks,
 * routing rows and diagnostics carry an anchor (`anchors.ts`): a task's is its id.
 */
import type {Deadline, Notice, Task} from '../../model/schema.js'
import {daysBetween} from '../tasks-view/dates.js'
import type {Labels} from '../tasks-view/labels.js'
import {numberPath} from '../tasks-view/number-path.js'
import {howOften} from '../tasks-view/rhythm.js'
import {namesWith} from '../tasks-view/roles.js'
import {routingName} from '../tasks-view/routing.js'
import {diagnosticAnchor, routingAnchor, taskAnchor} from './anchors.js'
import {formatDate, formatDeadline, formatNumber} from './format.js'
import type {Kind} from './kinds.js'
import type {PageLabels} from './labels.js'
import {locate, type Span} from './locate.js'

export interface Mark extends Span {
  kind: Kind
  /** What was extracted, one fact per line. */
  tip: string
  /** Anchor of a link target (tasks, diagnostics). */
  id?: string | undefined
}

export interface MarkContext {
  notice: Notice
  /** Place of the notice among the inputs (anchors are `n<index>-…`). */
  index: number
  /** Whether the page shows several notices (then task anchors name their notice too). */
  several: boolean
  /** Decoded source text, which positions point into. */
  text: string
  labels: Labels
  page: PageLabels
  lang: string
  today: string
}

/** Tasks of a notice with what the finders ask of them: paths, parents, descendants. */
class TaskIndex {
  readonly byId: Map<string, Task>
  readonly paths = new Map<Task, string>()

  constructor(readonly tasks: readonly Task[]) {
    this.byId = new Map(tasks.map((task) => [task.id, task]))
    for (const task of tasks) this.paths.set(task, numberPath(task, this.byId))
  }

  path(task: Task): string {
    return this.paths.get(task) ?? task.id
  }

  /** Whether `task` sits (at any depth) under `ancestor`. */
  isBelow(task: Task, ancestor: Task): boolean {
    const seen = new Set<string>()
    for (let id = task.parent; id !== null && !seen.has(id); id = this.byId.get(id)?.parent ?? null) {
      if (id === ancestor.id) return true
      seen.add(id)
    }

    return false
  }

  children(parent: string | null): Task[] {
    return this.tasks.filter((task) => task.parent === parent)
  }
}

type Finder = (context: MarkContext, index: TaskIndex) => Mark[]

const finders: Finder[] = [
  function tasks({notice, index: noticeIndex, several, labels, page, lang}, index) {
    return notice.tasks.map((task) => {
      const lines = [`${page.kinds.task} ${index.path(task)} (${page.taskId(task.id)})`]
      for (const role of ['directing', 'lead', 'responsible', 'support'] as const) {
        const names = namesWith(task, role)
        if (names.length > 0) lines.push(`${labels.roles[role]}: ${names.join('; ')}`)
      }

      const dates = [...new Set(task.deadlines.map((deadline) => formatDeadline(deadline, lang)))]
      if (dates.length > 0) lines.push(`${page.kinds.deadline}: ${dates.join(', ')}`)
      const often = howOften(task)
      if (often) lines.push(often)
      return {...span(task.position), kind: 'task' as const, tip: lines.join('\n'), id: taskAnchor(task, noticeIndex, several)}
    })
  },

  function deadlines({notice, labels, page, lang, today}, index) {
    // A shared deadline is one phrase carried by many tasks: one mark, naming where it was set and who inherits it.
    const phrases = new Map<string, {deadline: Deadline; setOn: Task[]; inheritedBy: Task[]}>()
    for (const task of notice.tasks) {
      for (const deadline of task.deadlines) {
        const key = `${deadline.position.start.offset}:${deadline.position.end.offset}:${deadline.date}`
        const found = phrases.get(key) ?? {deadline, setOn: [], inheritedBy: []}
        phrases.set(key, found)
        ;(deadline.inherited ? found.inheritedBy : found.setOn).push(task)
      }
    }

    return [...phrases.values()].map(({deadline, setOn, inheritedBy}) => {
      const lines = [
        `${page.kinds.deadline} ${formatDeadline(deadline, lang)} (${labels.deadlineKinds[deadline.kind]}) — ${labels.days(daysBetween(today, deadline.date))}`
      ]
      if (setOn.length > 0) lines.push(page.setOn(setOn.map((task) => index.path(task)).join(', ')))
      if (inheritedBy.length > 0) lines.push(page.inheritedBy(describeTasks(inheritedBy, index, page)))
      return {...span(deadline.position), kind: 'deadline' as const, tip: lines.join('\n')}
    })
  },

  function assignees({notice, text, labels, page}, index) {
    const marks: Mark[] = []
    const seen = new Set<string>()
    for (const task of notice.tasks) {
      for (const assignee of task.assignees) {
        if (assignee.inherited) continue
        const found = locate(text, assignee.name, span(task.position))
        const key = found && `${found.start}:${found.end}:${assignee.role}`
        if (!found || !key || seen.has(key)) continue
        seen.add(key)
        const heirs = notice.tasks.filter(
          (other) =>
            index.isBelow(other, task) &&
            other.assignees.some((candidate) => candidate.inherited && candidate.role === assignee.role && candidate.name === assignee.name)
        )
        const lines = [`${labels.roles[assignee.role]}: ${assignee.name}`, page.setOn(index.path(task))]
        if (heirs.length > 0) lines.push(page.inheritedBy(describeTasks(heirs, index, page)))
        marks.push({...found, kind: assignee.role, tip: lines.join('\n')})
      }
    }

    return marks
  },

  function references({notice, labels, page, lang}) {
    return notice.references.map((reference) => {
      const facts = [reference.kind, reference.number && labels.numbered(reference.number), reference.date && labels.dated(formatDate(reference.date, lang)), reference.issuer]
      return {...span(reference.position), kind: 'reference' as const, tip: `${page.reference}: ${facts.filter(Boolean).join(' · ') || reference.raw}`}
    })
  },

  function figures({notice, page}) {
    return notice.figures.map((figure) => {
      const value = `${figure.approximate ? '≈ ' : ''}${formatNumber(figure.value, page)} ${figure.unit}`
      return {...span(figure.position), kind: 'figure' as const, tip: `${page.figure}: ${figure.metric ? `${figure.metric} = ` : ''}${value}`}
    })
  },

  function routing({notice, index: noticeIndex, page}) {
    return notice.routing.map((row, rowIndex) => {
      const who = routingName(row)
      const marks = [row.lead && page.routing.lead, row.participate && page.routing.participate].filter(Boolean)
      const tip = `${page.kinds.routing}: ${who} — ${marks.join(', ') || page.routing.copy}`
      return {...span(row.position), kind: 'routing' as const, tip, id: routingAnchor(noticeIndex, rowIndex)}
    })
  },

  function diagnostics({notice, index: noticeIndex, page}) {
    return notice.diagnostics.flatMap((diagnostic, diagnosticIndex) =>
      diagnostic.position
        ? [
            {
              ...span(diagnostic.position),
              kind: 'diagnostic' as const,
              tip: `${page.severity[diagnostic.severity]}: ${diagnostic.message}\n${diagnostic.ruleId}`,
              id: diagnosticAnchor(noticeIndex, diagnosticIndex)
            }
          ]
        : []
    )
  }
]

/**
 * @param context
 *   The notice, its source text, labels and today.
 * @returns
 *   Every mark that lies within the text, in no particular order.
 */
export function findMarks(context: MarkContext): Mark[] {
  const index = new TaskIndex(context.notice.tasks)
  const length = context.text.length
  return finders
    .flatMap((finder) => finder(context, index))
    .map((mark) => ({...mark, start: Math.max(0, Math.min(mark.start, length)), end: Math.max(0, Math.min(mark.end, length))}))
    .map((mark) => (mark.end > mark.start || mark.start >= length ? mark : {...mark, end: mark.start + 1}))
    .filter((mark) => mark.end > mark.start)
}

function span(position: {start: {offset: number}; end: {offset: number}}): Span {
  return {start: position.start.offset, end: position.end.offset}
}

/**
 * Inheriting tasks in few words: "7.1 (1)–(4)" for a run of siblings, up to three paths, else a count.
 */
function describeTasks(tasks: readonly Task[], index: TaskIndex, page: PageLabels): string {
  const first = tasks[0]
  const last = tasks.at(-1)
  if (!first || !last) return ''
  if (tasks.length === 1) return index.path(first)
  const siblings = index.children(first.parent)
  const from = siblings.indexOf(first)
  const run = from >= 0 && tasks.every((task, offset) => siblings[from + offset] === task)
  if (run) {
    const parent = first.parent ? index.byId.get(first.parent) : undefined
    const label = (task: Task) => task.number.trim().replace(/\.$/u, '')
    return `${parent ? `${index.path(parent)} ` : ''}${label(first)}–${label(last)}`
  }

  return tasks.length <= 3 ? tasks.map((task) => index.path(task)).join(', ') : page.tasksBelow(tasks.length)
}

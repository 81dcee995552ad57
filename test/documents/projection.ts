/**
 * The part of a model that a person checks against the text, in a compact shape: expected files in
 * fixtures/documents/ hold this projection, written by reading the document, not by copying output.
 */
import type {Notice} from '../../src/model/schema.js'

export interface ProjectedTask {
  id: string
  number: string
  parent: string | null
  /** Deadline dates, own and inherited, as `date kind` (e.g. "2026-06-30 before", "2026-06-30 before inherited"). */
  deadlines: string[]
  /** Own (not inherited) assignees as `role: name`. */
  assignees: string[]
}

export interface Projection {
  document: {type: {code: string | null; name: string | null}; number: string | null; date: string | null; place: string | null; issuer: string | null}
  receipt: {number: string | null; date: string | null} | null
  meeting: {date: string | null} | null
  tasks: ProjectedTask[]
  references: string[]
  recipients: string[]
  signature: {authority: string | null; title: string | null; name: string | null} | null
}

export function project(notice: Notice): Projection {
  return {
    document: {
      type: {code: notice.document.type.code, name: notice.document.type.name},
      number: notice.document.number,
      date: notice.document.date,
      place: notice.document.place,
      issuer: notice.document.issuer
    },
    receipt: notice.receipt && {number: notice.receipt.number, date: notice.receipt.date},
    meeting: notice.meeting && {date: notice.meeting.date},
    tasks: notice.tasks.map((task) => ({
      id: task.id,
      number: task.number,
      parent: task.parent,
      deadlines: task.deadlines.map((deadline) => `${deadline.date} ${deadline.kind}${deadline.inherited ? ' inherited' : ''}`),
      assignees: task.assignees.filter((assignee) => !assignee.inherited).map((assignee) => `${assignee.role}: ${assignee.name}`)
    })),
    references: notice.references.map((reference) => `${reference.number ?? '?'}${reference.date ? ` ${reference.date}` : ''}`),
    recipients: notice.recipients,
    signature: notice.signature && {authority: notice.signature.authority, title: notice.signature.title, name: notice.signature.name}
  }
}

/**
 * Flattens a projection into `path → value` pairs; tasks are addressed by id (`tasks.II.7.2.deadlines`)
 * so one wrong task does not shift the others.
 */
export function flatten(projection: Projection): Map<string, unknown> {
  const out = new Map<string, unknown>()
  const {tasks, ...rest} = projection
  for (const [key, value] of Object.entries(rest)) out.set(key, value)
  out.set('tasks', tasks.map((task) => task.id))
  for (const task of tasks) {
    out.set(`tasks.${task.id}.number`, task.number)
    out.set(`tasks.${task.id}.parent`, task.parent)
    out.set(`tasks.${task.id}.deadlines`, task.deadlines)
    out.set(`tasks.${task.id}.assignees`, task.assignees)
  }

  return out
}

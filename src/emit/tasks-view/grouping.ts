/**
 * The ways `--group-by` sorts task items into sections: by urgency (the default), by deadline date, by
 * assignee (one section per body, the tasks it leads and those it supports apart), by document. Within a
 * section, items come by deadline, then in document order; those without a deadline last.
 */
import {OptionValueError} from '../emitter.js'
import type {Notice} from '../../model/schema.js'
import {vnDate} from './dates.js'
import {documentHeading} from './document.js'
import {byUrgency, type TaskItem} from './items.js'
import type {Labels} from './labels.js'
import {urgencies} from './urgency.js'

export interface Group {
  title: string
  /** The items of a leaf section (empty when the section has children). */
  items: TaskItem[]
  children: Group[]
}

type Grouping = (items: TaskItem[], labels: Labels, notices: readonly Notice[]) => Group[]

const leaf = (title: string, items: TaskItem[]): Group => ({title, items: [...items].sort(byUrgency), children: []})

export const groupings: Record<string, Grouping> = {
  urgency: (items, labels) => urgencies.map((urgency) => leaf(labels.urgency[urgency], items.filter((item) => item.urgency === urgency))),

  deadline(items, labels) {
    const dated = new Map<string, TaskItem[]>()
    for (const item of [...items].sort(byUrgency)) {
      if (item.deadline) dated.set(item.deadline.date, [...(dated.get(item.deadline.date) ?? []), item])
    }

    const groups = [...dated].map(([date, group]) => {
      const days = group[0]?.days
      return leaf(`${labels.dueOn(vnDate(date))}${days === null || days === undefined ? '' : ` — ${labels.days(days)}`}`, group)
    })
    return [...groups, leaf(labels.urgency.none, items.filter((item) => !item.deadline))]
  },

  assignee(items, labels) {
    const bodies = new Map<string, {name: string; leads: TaskItem[]; supports: TaskItem[]}>()
    const body = (name: string) => {
      const key = name.toLocaleLowerCase('vi')
      const found = bodies.get(key) ?? {name, leads: [], supports: []}
      bodies.set(key, found)
      return found
    }

    for (const item of items) {
      for (const name of item.lead) body(name).leads.push(item)
      for (const name of item.support) body(name).supports.push(item)
    }

    const collator = new Intl.Collator('vi')
    const groups = [...bodies.values()]
      .sort((left, right) => collator.compare(left.name, right.name))
      .map((found) => ({
        title: found.name,
        items: [],
        children: [leaf(labels.roles.lead, found.leads), leaf(labels.roles.support, found.supports)].filter((child) => child.items.length > 0)
      }))
    return [...groups, leaf(labels.noLead, items.filter((item) => item.lead.length === 0))]
  },

  document: (items, labels, notices) =>
    notices.map((notice) => leaf(documentHeading(notice, labels), items.filter((item) => item.notice === notice)))
}

export const defaultGrouping = 'urgency'

/** Checks a `--group-by` value. */
export function groupByArgument(value: string): string {
  if (!Object.hasOwn(groupings, value)) {
    throw new OptionValueError(`expected one of ${Object.keys(groupings).join(', ')}, got “${value}”`)
  }

  return value
}

/** Number of distinct items in a section and its children. */
export function countItems(group: Group): number {
  return new Set(itemsOf(group)).size
}

function itemsOf(group: Group): TaskItem[] {
  return [...group.items, ...group.children.flatMap((child) => itemsOf(child))]
}

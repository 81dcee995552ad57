/**
 * Notices → a GFM task list for the weekly meeting: every task someone must do, one `- [ ]` item per
 * (task, deadline), grouped by urgency relative to `--today` (or by deadline, assignee, document), each
 * with its deadline and days left, number path, one-line action, lead (bold) and support bodies, the
 * task's id (the name the diagnostics, the outline and the CSV give it) and the `file:line` it was read
 * from. Under the summary line, the receiving office's routing table: who leads, who takes part. Within
 * a section, the items of an attached plan or an appendix come after the body's, under a sub-heading
 * with the part's title.
 */
import {defineEmitter} from './emitter.js'
import {vnDate, vnDeadline} from './tasks-view/dates.js'
import {documentHeading, documentName} from './tasks-view/document.js'
import {countItems, defaultGrouping, groupByArgument, groupings, type Group} from './tasks-view/grouping.js'
import {taskItems, type TaskItem} from './tasks-view/items.js'
import {labelsFor, langArgument, type Labels} from './tasks-view/labels.js'
import {byPart, partTitle} from './tasks-view/parts.js'
import {codeSpan, escapeMarkdown} from './tasks-view/markdown.js'
import {fullOption, shorten, wantsFull} from './tasks-view/shorten.js'
import {routingLines, routingName} from './tasks-view/routing.js'
import {actionText} from './tasks-view/action.js'
import {urgencies} from './tasks-view/urgency.js'
import {howOften} from './tasks-view/rhythm.js'
import type {Notice} from '../model/schema.js'

interface View {
  labels: Labels
  full: boolean
  /** Split each section by document (when several notices are merged and not grouped by document). */
  byDocument: boolean
  notices: readonly Notice[]
}

export default defineEmitter({
  format: 'checklist',
  extensions: ['.md', '.markdown'],
  shortcut: '--checklist',
  description: 'a Markdown (GFM) task list of every task, grouped by urgency (see --group-by)',
  options: [
    {
      flags: '--group-by <key>',
      description: `group checklist items by ${Object.keys(groupings).join(', ')}`,
      default: defaultGrouping,
      parse: groupByArgument
    },
    fullOption,
    {flags: '--lang <lang>', description: 'language of the labels and CSV column names: vi or en', default: 'vi', parse: langArgument}
  ],
  terminal: true,
  emit(notices, context) {
    const labels = labelsFor(context.options['lang'])
    const key = String(context.options['groupBy'] ?? defaultGrouping)
    const group = groupings[key] ?? groupings[defaultGrouping]
    const items = taskItems(notices, context.today)
    const groups = group ? group(items, labels, notices) : []
    const view: View = {labels, full: wantsFull(context.options), byDocument: notices.length > 1 && key !== 'document', notices}
    const out = [`# ${labels.title}`]
    if (notices.length === 1 && notices[0]) out.push(escapeMarkdown(documentHeading(notices[0], labels)))
    // The routing comes after the summary: the title, heading and summary open every checklist alike,
    // which is how an earlier checklist is recognised before -o replaces it (cli/own-output.ts).
    out.push(summary(items, vnDate(context.today), labels), ...notices.flatMap((notice) => routing(notice, notices.length > 1, labels)))
    for (const section of groups) out.push(...render(section, 2, view))
    return out.join('\n\n') + '\n'
  }
})

/**
 * "Tính đến ngày 10/06/2026: 19 mục — Quá hạn: 1 · …": the urgency counts whatever the grouping (each
 * section heading carries its own count; a line of forty assignees would not be a summary).
 */
function summary(items: TaskItem[], today: string, labels: Labels): string {
  const counts = urgencies.map((urgency) => `${labels.urgency[urgency]}: ${items.filter((item) => item.urgency === urgency).length}`)
  return `${labels.asOf(today)}: ${labels.items(items.length)} — ${counts.join(' · ')}`
}

/**
 * The routing table of a notice as one paragraph: its name (and, among several notices, the document's),
 * then a line for the rows marked chủ trì, in bold as the leads of the task items are, and one for those
 * marked tham gia; each row expanded, with the row as written beside it.
 */
function routing(notice: Notice, several: boolean, labels: Labels): string[] {
  if (notice.routing.length === 0) return []
  const title = `**${escapeMarkdown(several ? `${labels.routing.title} — ${documentName(notice, labels)}` : labels.routing.title)}**`
  const lines = routingLines(notice.routing, labels).map((line) => {
    const rows = line.rows.map((row) => {
      const name = escapeMarkdown(routingName(row))
      const written = routingName(row) === row.unit ? '' : ` (${escapeMarkdown(row.unit)})`
      return `${line.mark === 'lead' ? `**${name}**` : name}${written}`
    })
    return `${escapeMarkdown(line.label)}: ${rows.join('; ')}`
  })
  if (lines.length === 0) lines.push(escapeMarkdown(labels.routing.unmarked(notice.routing.length)))
  // A GFM hard line break (a backslash at the end of a line) keeps the lines apart within one paragraph.
  return [[title, ...lines].join('\\\n')]
}

function render(group: Group, depth: number, view: View): string[] {
  const count = countItems(group)
  if (count === 0) return []
  const out = [`${'#'.repeat(depth)} ${escapeMarkdown(group.title)} (${count})`]
  for (const child of group.children) out.push(...render(child, depth + 1, view))
  if (group.items.length === 0) return out
  if (!view.byDocument) return [...out, ...byParts(group.items, depth + 1, view)]
  for (const notice of view.notices) {
    const own = group.items.filter((item) => item.notice === notice)
    if (own.length > 0) out.push(`${'#'.repeat(depth + 1)} ${escapeMarkdown(documentHeading(notice, view.labels))}`, ...byParts(own, depth + 2, view))
  }

  return out
}

/**
 * The items of one section: the body's first, then those of each attachment and appendix under a
 * sub-heading with its title (parts with no item in this section get none).
 */
function byParts(items: TaskItem[], depth: number, view: View): string[] {
  const out: string[] = []
  for (const notice of new Set(items.map((item) => item.notice))) {
    const own = items.filter((item) => item.notice === notice)
    for (const {part, items: inPart} of byPart(notice, own, (item) => item.task.part)) {
      if (inPart.length === 0) continue
      if (part) out.push(`${'#'.repeat(depth)} ${escapeMarkdown(partTitle(part, view.labels))}`)
      out.push(list(inPart, view))
    }
  }

  return out
}

function list(items: TaskItem[], view: View): string {
  return items.map((item) => `- [ ] ${line(item, view)}`).join('\n')
}

/** One item: when — what — who — where from. */
function line(item: TaskItem, {labels, full}: View): string {
  const {deadline, days, task} = item
  // A rhythm stays beside a deadline (the first time repeating work is due); words with none do not.
  const often = howOften(task)
  const rhythm = often ? `_${escapeMarkdown(often)}_` : ''
  const when = deadline && days !== null ? `${vnDeadline(deadline)} (${labels.days(days)})${task.rrule ? `, ${rhythm}` : ''}` : rhythm
  const what = `${escapeMarkdown(item.path)} ${escapeMarkdown(full ? task.text : shorten(actionText(task, deadline)))}`.trim()
  const who: string[] = []
  if (item.leadRole) {
    who.push(`${labels.roles[item.leadRole]}: ${item.lead.map((name) => `**${escapeMarkdown(name)}**`).join(', ')}`)
  }

  if (item.support.length > 0) who.push(`${labels.roles.support}: ${item.support.map((name) => escapeMarkdown(name)).join(', ')}`)
  // The task's id, which the diagnostics name it by, then where it was read.
  const where = `${codeSpan(task.id)} · ${codeSpan(`${item.file}:${item.line}`)}`
  return [when, what, who.join('; '), where].filter(Boolean).join(' — ')
}

/**
 * Notices → CSV for Excel: one row per (task, deadline), or per task without a deadline, in document
 * order, for every task someone must do. Columns added after the first release come last, so a sheet
 * that reads columns by place keeps working: the attachment or appendix a task stands in (empty in the
 * body, so a filter in Excel separates them), then the deadline's time of day and the rhythm of repeating
 * work, in words and as its RFC 5545 rule, then the receiving office's routing table (who leads, who takes
 * part; the same on every row of a notice). Every row names its task by its id and its number path.
 * UTF-8 with a BOM (so Excel reads Vietnamese) unless `--no-bom`, RFC 4180 quoting, CRLF rows,
 * `--delimiter ;` for Excel set up with a decimal comma. Cells never start with a formula trigger.
 */
import {defineEmitter} from './emitter.js'
import {vnDate} from './tasks-view/dates.js'
import {documentName} from './tasks-view/document.js'
import {taskItems, type TaskItem} from './tasks-view/items.js'
import {columns, labelsFor, langArgument, type Column, type Labels} from './tasks-view/labels.js'
import {partOf, partTitle} from './tasks-view/parts.js'
import {rhythmText} from './tasks-view/rhythm.js'
import {routingEntry, type RoutingMark} from './tasks-view/routing.js'
import {defuse, delimiterArgument, field} from './tasks-view/spreadsheet.js'

const cells: Record<Column, (item: TaskItem, labels: Labels) => string> = {
  document: (item, labels) => documentName(item.notice, labels),
  file: (item) => item.file,
  taskId: (item) => item.task.id,
  number: (item) => item.path,
  text: (item) => item.task.text,
  lead: (item) => item.lead.join('; '),
  support: (item) => item.support.join('; '),
  directing: (item) => item.directing.join('; '),
  deadline: (item) => item.deadline?.date ?? '',
  deadlineVn: (item) => (item.deadline ? vnDate(item.deadline.date) : ''),
  deadlineKind: (item, labels) => (item.deadline ? labels.deadlineKinds[item.deadline.kind] : ''),
  deadlineText: (item) => item.deadline?.raw ?? '',
  inherited: (item, labels) => (item.deadline ? (item.deadline.inherited ? labels.yes : labels.no) : ''),
  urgency: (item, labels) => labels.urgency[item.urgency],
  days: (item, labels) => (item.days === null ? '' : labels.days(item.days)),
  recurrence: (item) => item.task.recurrence ?? '',
  line: (item) => String(item.line),
  part: (item, labels) => {
    const part = partOf(item.notice, item.task)
    return part ? partTitle(part, labels) : ''
  },
  // A column of its own rather than inside `deadlineVn`, whose dd/mm/yyyy Excel reads as a date.
  deadlineTime: (item) => item.deadline?.time ?? '',
  // The rule in words; `recurrence` already holds the words as written ("thường xuyên").
  rhythm: (item) => (item.task.rrule ? rhythmText(item.task.rrule) : ''),
  rrule: (item) => item.task.rrule ?? '',
  routingLead: (item) => routed(item, 'lead'),
  routingParticipate: (item) => routed(item, 'participate')
}

/** The rows of the notice's routing table marked in one column, expanded with the row as written beside each. */
function routed(item: TaskItem, mark: RoutingMark): string {
  return item.notice.routing
    .filter((row) => row[mark])
    .map((row) => routingEntry(row))
    .join('; ')
}

export default defineEmitter({
  format: 'csv',
  extensions: ['.csv'],
  description: 'one row per task and deadline, for Excel (UTF-8 with BOM, CRLF)',
  options: [
    {flags: '--no-bom', description: 'leave out the byte order mark Excel needs to read UTF-8'},
    {flags: '--delimiter <char>', description: 'field separator, e.g. ";" for Excel with a decimal comma, or "tab"', default: ',', parse: delimiterArgument},
    {flags: '--lang <lang>', description: 'language of the labels and CSV column names: vi or en', default: 'vi', parse: langArgument}
  ],
  emit(notices, context) {
    const labels = labelsFor(context.options['lang'])
    const delimiter = typeof context.options['delimiter'] === 'string' ? context.options['delimiter'] : ','
    const rows = [
      columns.map((column) => labels.columns[column]),
      ...taskItems(notices, context.today).map((item) => columns.map((column) => cells[column](item, labels)))
    ]
    const text = rows.map((row) => row.map((value) => field(defuse(value), delimiter)).join(delimiter)).join('\r\n')
    return `${context.options['bom'] === false ? '' : '\uFEFF'}${text}\r\n`
  }
})

/**
 * Words of the review page in Vietnamese (the default) and English, beyond those the task views share
 * (urgency groups, days left: `tasks-view/labels.ts`; roles: `tasks-view/roles.ts`). One table per language, keyed like
 * `languages` there, so `--lang` picks both.
 */
import type {Diagnostic} from '../../model/schema.js'
import {severityNames, type Lang} from '../../rules/rule.js'
import {roleNames} from '../tasks-view/roles.js'
import type {Kind} from './kinds.js'

export interface PageLabels {
  title: string
  skip: string
  contents: string
  sections: {tasks: string; timeline: string; diagnostics: string; sources: string}
  kinds: Record<Kind, string>
  legend: string
  /** Explains the legend's check boxes. */
  legendHint: string
  columns: {document: string; path: string; action: string; lead: string; support: string; deadline: string; days: string}
  /** A task's id beside its number path ("mã II.7.2.1.i"): the name the diagnostics give it. */
  taskId(id: string): string
  /**
   * Columns of the routing table before its marks (named as in `tasks-view/labels.ts`): the row
   * expanded, and as written.
   */
  routingColumns: {name: string; written: string}
  /** What a routing mark reads as for a screen reader, and the link to the row in the source. */
  routingMarked: string
  routingSource(unit: string): string
  sortBy(column: string): string
  filters: {body: string; allBodies: string; status: string; allStatuses: string; search: string; reset: string}
  shown(shown: number, total: number): string
  noTasks: string
  noDeadlines: string
  noDiagnostics: string
  noSource: string
  today: string
  /** A deadline's tooltip, e.g. "set on 7.1, inherited by (1)–(4)". */
  setOn(path: string): string
  inheritedBy(list: string): string
  /** "4 tasks below" when the inheriting tasks are too many to name. */
  tasksBelow(count: number): string
  source(path: string): string
  at(line: number, column: number): string
  severity: Record<Diagnostic['severity'], string>
  reference: string
  figure: string
  routing: {lead: string; participate: string; copy: string}
  /** Thousands and decimal separators for figures. */
  number: {group: string; decimal: string}
  timelineDescription: string
  lanes(count: number): string
}

const vi: PageLabels = {
  title: 'Rà soát trích xuất',
  skip: 'Bỏ qua, đến bảng nhiệm vụ',
  contents: 'Mục lục',
  sections: {tasks: 'Nhiệm vụ', timeline: 'Dòng thời gian thời hạn', diagnostics: 'Kết quả kiểm tra', sources: 'Văn bản gốc'},
  kinds: {
    task: 'Nhiệm vụ',
    deadline: 'Thời hạn',
    ...roleNames.vi,
    reference: 'Văn bản dẫn chiếu',
    figure: 'Số liệu',
    routing: 'Phân phối (Chủ/Tham)',
    diagnostic: 'Vấn đề kiểm tra'
  },
  legend: 'Chú giải',
  legendHint: 'Bỏ chọn để ẩn tô màu của loại đó.',
  columns: {document: 'Văn bản', path: 'Số hiệu', action: 'Nội dung', lead: roleNames.vi.lead, support: roleNames.vi.support, deadline: 'Hạn', days: 'Còn lại'},
  taskId: (id) => `mã ${id}`,
  routingColumns: {name: 'Chức danh, đơn vị', written: 'Ghi trên phiếu'},
  routingMarked: 'có đánh dấu',
  routingSource: (unit) => `Xem “${unit}” trong văn bản gốc`,
  sortBy: (column) => `Sắp xếp theo ${column}`,
  filters: {body: 'Đơn vị', allBodies: 'Tất cả đơn vị', status: 'Tình trạng', allStatuses: 'Tất cả', search: 'Tìm trong nội dung', reset: 'Bỏ lọc'},
  shown: (shown, total) => `Hiển thị ${shown}/${total} mục`,
  noTasks: 'Không tìm thấy nhiệm vụ nào.',
  noDeadlines: 'Không có nhiệm vụ nào có thời hạn.',
  noDiagnostics: 'Không có vấn đề nào.',
  noSource: 'Không có văn bản gốc để hiển thị.',
  today: 'Hôm nay',
  setOn: (path) => `ghi tại ${path}`,
  inheritedBy: (list) => `áp dụng cho ${list}`,
  tasksBelow: (count) => `${count} nhiệm vụ bên dưới`,
  source: (path) => `Tệp: ${path}`,
  at: (line, column) => `dòng ${line}, cột ${column}`,
  severity: headings('vi'),
  reference: 'Dẫn chiếu',
  figure: 'Số liệu',
  routing: {lead: 'chủ trì', participate: 'tham gia', copy: 'để biết'},
  number: {group: '.', decimal: ','},
  timelineDescription: 'Mỗi hàng là một đơn vị chủ trì; mỗi dấu là một thời hạn; đường đứt nét là hôm nay.',
  lanes: (count) => `${count} đơn vị`
}

const en: PageLabels = {
  title: 'Extraction review',
  skip: 'Skip to the task table',
  contents: 'Contents',
  sections: {tasks: 'Tasks', timeline: 'Deadline timeline', diagnostics: 'Validation', sources: 'Source text'},
  kinds: {
    task: 'Task',
    deadline: 'Deadline',
    ...roleNames.en,
    reference: 'Reference',
    figure: 'Figure',
    routing: 'Routing mark',
    diagnostic: 'Diagnostic'
  },
  legend: 'Legend',
  legendHint: 'Uncheck a kind to hide its highlights.',
  columns: {document: 'Document', path: 'Number', action: 'Action', lead: roleNames.en.lead, support: roleNames.en.support, deadline: 'Deadline', days: 'Days left'},
  taskId: (id) => `id ${id}`,
  routingColumns: {name: 'Title or unit', written: 'As written'},
  routingMarked: 'marked',
  routingSource: (unit) => `See “${unit}” in the source text`,
  sortBy: (column) => `Sort by ${column}`,
  filters: {body: 'Body', allBodies: 'All bodies', status: 'Status', allStatuses: 'All', search: 'Search the text', reset: 'Clear filters'},
  shown: (shown, total) => `Showing ${shown} of ${total} items`,
  noTasks: 'No tasks found.',
  noDeadlines: 'No task has a deadline.',
  noDiagnostics: 'No problems found.',
  noSource: 'No source text to show.',
  today: 'Today',
  setOn: (path) => `set on ${path}`,
  inheritedBy: (list) => `inherited by ${list}`,
  tasksBelow: (count) => `${count} ${count === 1 ? 'task' : 'tasks'} below`,
  source: (path) => `File: ${path}`,
  at: (line, column) => `line ${line}, column ${column}`,
  severity: headings('en'),
  reference: 'Reference',
  figure: 'Figure',
  routing: {lead: 'lead', participate: 'participates', copy: 'for information'},
  number: {group: ',', decimal: '.'},
  timelineDescription: 'One row per lead body; one mark per deadline; the dashed line is today.',
  lanes: (count) => `${count} ${count === 1 ? 'body' : 'bodies'}`
}

const pageLanguages: Record<string, PageLabels> = {vi, en}

/** Page labels for `--lang`, Vietnamese when absent. */
export function pageLabelsFor(lang: unknown): PageLabels {
  return (typeof lang === 'string' ? pageLanguages[lang] : undefined) ?? vi
}

/** The severity names as headings: capitalised. */
function headings(lang: Lang): Record<Diagnostic['severity'], string> {
  const names = severityNames[lang]
  const capital = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)
  return {error: capital(names.error), warning: capital(names.warning), info: capital(names.info)}
}

/**
 * Words of the task views in Vietnamese (the default: what the people at the meeting read) and English.
 * One table per language; adding a language is adding a table.
 */
import {OptionValueError} from '../emitter.js'
import type {Deadline, Part} from '../../model/schema.js'
import {roleNames, type Role} from './roles.js'
import type {Urgency} from './urgency.js'

export interface Labels {
  title: string
  /** "as of 10/06/2026" before the summary counts. */
  asOf(date: string): string
  items(count: number): string
  urgency: Record<Urgency, string>
  /** Days left or overdue, for a deadline `days` away (negative when passed). */
  days(days: number): string
  roles: Record<Role, string>
  /** Group of the items whose deadline is a given date. */
  dueOn(date: string): string
  noLead: string
  /** Document heading parts: "Thông báo số 12-TB/TU ngày 05/06/2026". */
  documentFallback: string
  numbered(number: string): string
  dated(date: string): string
  deadlineKinds: Record<Deadline['kind'], string>
  /** What a part of the document is, before its title: "Kèm theo: KẾ HOẠCH …". */
  partKinds: Record<Part['kind'], string>
  /** A part the notice does not describe (a task naming an unknown part id). */
  part: string
  /** A numbered section of the body ("I.", "II.") by its number, as the outline heads its tasks: "Mục II". */
  section(number: string): string
  /**
   * The receiving office's routing table (`notice.routing`, the `ĐƠN VỊ | CHỦ | THAM` form beside the
   * incoming stamp): its name, and its two columns of marks.
   */
  routing: {
    title: string
    lead: string
    participate: string
    /** A table whose marks were not read (OCR often loses them), by its number of rows. */
    unmarked(rows: number): string
  }
  yes: string
  no: string
  columns: Record<Column, string>
}

/** CSV columns, in order. */
export const columns = [
  'document',
  'file',
  'taskId',
  'number',
  'text',
  'lead',
  'support',
  'directing',
  'deadline',
  'deadlineVn',
  'deadlineKind',
  'deadlineText',
  'inherited',
  'urgency',
  'days',
  'recurrence',
  'line',
  // Added after the first release: new columns go last, so a sheet that reads columns by place keeps working.
  'part',
  'deadlineTime',
  'rhythm',
  'rrule',
  // The routing table of the receiving office (the same on every row of a notice).
  'routingLead',
  'routingParticipate'
] as const
export type Column = (typeof columns)[number]

const vi: Labels = {
  title: 'Danh sách nhiệm vụ',
  asOf: (date) => `Tính đến ngày ${date}`,
  items: (count) => `${count} mục`,
  urgency: {overdue: 'Quá hạn', soon: 'Đến hạn trong 7 ngày', later: 'Hạn sau 7 ngày', none: 'Không có thời hạn'},
  days: (days) => (days < 0 ? `quá hạn ${-days} ngày` : days === 0 ? 'hạn hôm nay' : `còn ${days} ngày`),
  roles: roleNames.vi,
  dueOn: (date) => `Hạn ${date}`,
  noLead: 'Chưa rõ đơn vị chủ trì',
  documentFallback: 'Văn bản',
  numbered: (number) => `số ${number}`,
  dated: (date) => `ngày ${date}`,
  deadlineKinds: {before: 'trước ngày', on: 'đúng ngày', 'by-end-of-period': 'hết thời kỳ', other: 'khác'},
  partKinds: {attachment: 'Kèm theo', appendix: 'Phụ lục'},
  part: 'Phần',
  section: (number) => `Mục ${number}`,
  routing: {
    title: 'Phân phối (Chủ/Tham)',
    lead: 'Chủ trì',
    participate: 'Tham gia',
    unmarked: (rows) => `${rows} dòng, không dòng nào được đánh dấu`
  },
  yes: 'có',
  no: 'không',
  columns: {
    document: 'Văn bản',
    file: 'Tệp',
    taskId: 'Mã nhiệm vụ',
    number: 'Số thứ tự',
    text: 'Nội dung',
    lead: roleNames.vi.lead,
    support: roleNames.vi.support,
    directing: roleNames.vi.directing,
    deadline: 'Hạn (ISO)',
    deadlineVn: 'Hạn',
    deadlineKind: 'Loại hạn',
    deadlineText: 'Nguyên văn hạn',
    inherited: 'Hạn chung',
    urgency: 'Nhóm hạn',
    days: 'Thời gian còn lại',
    recurrence: 'Định kỳ',
    line: 'Dòng',
    part: 'Phần',
    deadlineTime: 'Giờ hạn',
    rhythm: 'Lặp lại',
    rrule: 'Quy tắc lặp (RRULE)',
    routingLead: 'Phân phối: Chủ trì',
    routingParticipate: 'Phân phối: Tham gia'
  }
}

const en: Labels = {
  title: 'Task checklist',
  asOf: (date) => `As of ${date}`,
  items: (count) => `${count} ${count === 1 ? 'item' : 'items'}`,
  urgency: {overdue: 'Overdue', soon: 'Due within 7 days', later: 'Later', none: 'No deadline'},
  days: (days) =>
    days < 0 ? `${-days} ${days === -1 ? 'day' : 'days'} overdue` : days === 0 ? 'due today' : `${days} ${days === 1 ? 'day' : 'days'} left`,
  roles: roleNames.en,
  dueOn: (date) => `Due ${date}`,
  noLead: 'No lead body named',
  documentFallback: 'Document',
  numbered: (number) => `No. ${number}`,
  dated: (date) => `of ${date}`,
  deadlineKinds: {before: 'before', on: 'on', 'by-end-of-period': 'by-end-of-period', other: 'other'},
  partKinds: {attachment: 'Attached', appendix: 'Appendix'},
  part: 'Part',
  section: (number) => `Section ${number}`,
  routing: {
    title: 'Routing (lead/participate)',
    lead: 'Lead',
    participate: 'Participates',
    unmarked: (rows) => `${rows} ${rows === 1 ? 'row' : 'rows'}, none marked`
  },
  yes: 'yes',
  no: 'no',
  columns: {
    document: 'document',
    file: 'file',
    taskId: 'task_id',
    number: 'number',
    text: 'text',
    lead: 'lead',
    support: 'support',
    directing: 'directing',
    deadline: 'deadline',
    deadlineVn: 'deadline_dmy',
    deadlineKind: 'deadline_kind',
    deadlineText: 'deadline_text',
    inherited: 'inherited',
    urgency: 'urgency',
    days: 'days',
    recurrence: 'recurrence',
    line: 'line',
    part: 'part',
    deadlineTime: 'deadline_time',
    rhythm: 'rhythm',
    rrule: 'rrule',
    routingLead: 'routing_lead',
    routingParticipate: 'routing_participate'
  }
}

export const languages: Record<string, Labels> = {vi, en}

/** Labels for `--lang`, Vietnamese when absent. */
export function labelsFor(lang: unknown): Labels {
  return (typeof lang === 'string' ? languages[lang] : undefined) ?? vi
}

/** Checks a `--lang` value. */
export function langArgument(value: string): string {
  if (!Object.hasOwn(languages, value)) {
    throw new OptionValueError(`expected one of ${Object.keys(languages).join(', ')}, got “${value}”`)
  }

  return value
}

/**
 * The model of a notice, as zod schemas: the single source of truth for the JSON output, its TypeScript
 * types (`z.infer`) and the JSON Schema that `directive schema` prints. Names follow ../shared/MODEL.md.
 */
import {z} from 'zod'
import {RRULE_VALUE} from './rrule-value.js'

const isoDate = z.iso.date().describe('Calendar date in Vietnam (Asia/Ho_Chi_Minh), YYYY-MM-DD')

export const Point = z
  .object({
    line: z.number().int().min(1).describe('1-based line in the input file as an editor shows it'),
    column: z.number().int().min(1).describe('1-based column (UTF-16 code units) in that line'),
    offset: z.number().int().min(0).describe('UTF-16 code units into the decoded input (BOM removed)')
  })
  .describe('A place in the original input')
export type Point = z.infer<typeof Point>

export const Position = z
  .object({start: Point, end: Point})
  .describe('Span of the original input an item was read from')
export type Position = z.infer<typeof Position>

export const Source = z.object({
  path: z.string().nullable().describe('Path as given, null for stdin'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the input bytes'),
  encoding: z.string().describe('Encoding the input was decoded from, e.g. utf-8'),
  lineCount: z.number().int().min(0)
})

export const DocumentType = z.object({
  code: z.string().nullable().describe('Type abbreviation, e.g. TB, QĐ, CT, KH; null for a công văn'),
  name: z.string().nullable().describe('Type name, e.g. Thông báo, Công văn'),
  raw: z.string().nullable().describe('As written, e.g. THÔNG BÁO')
})

export const DocumentInfo = z.object({
  type: DocumentType,
  title: z.string().nullable().describe('The trích yếu (summary), one line, whitespace folded'),
  issuer: z.string().nullable().describe('Issuing body, e.g. Ban Thường vụ Thành ủy'),
  number: z.string().nullable().describe('The document’s own số/ký hiệu, e.g. 123-TB/TU or 45/2026/NĐ-CP'),
  date: isoDate.nullable().describe('The document’s own date'),
  place: z.string().nullable().describe('Place name of the date line, e.g. Hải Phòng'),
  position: Position.nullable().describe('Span of the header block')
})

export const Receipt = z.object({
  office: z.string().nullable().describe('Receiving office named on the ĐẾN stamp'),
  number: z.string().nullable().describe('Incoming-register number (số đến), not the document number'),
  date: isoDate.nullable().describe('Date received'),
  forwardedTo: z.string().nullable().describe('The stamp’s “Chuyển” field'),
  file: z.string().nullable().describe('The stamp’s “Số và ký hiệu HS” (case file) field'),
  position: Position
})

export const Meeting = z.object({
  name: z.string().nullable().describe('The conference or session, e.g. Hội nghị sơ kết ...'),
  date: isoDate.nullable(),
  position: Position
})

export const RoutingRow = z.object({
  unit: z.string().describe('The row as written, e.g. “PCT V.T.Phụng” or “P. TH”'),
  title: z.string().nullable().describe('Expanded title or unit name, e.g. Phó Chủ tịch, Phòng Tổng hợp'),
  person: z.string().nullable().describe('Name or initials of the official, e.g. V.T.Phụng'),
  lead: z.boolean().describe('Marked in the chủ trì (CHỦ) column'),
  participate: z.boolean().describe('Marked in the tham gia (THAM) column'),
  position: Position
})

export const Figure = z.object({
  value: z.number().describe('Value with scale words applied: 197.810 tỷ đồng → 197810000000000'),
  unit: z.string().describe('Normalised unit: VND, USD, %, ha ...'),
  raw: z.string(),
  approximate: z.boolean().describe('Qualified by gần, khoảng, ước, trên, hơn ...'),
  metric: z.string().nullable().describe('What is measured, as written'),
  position: Position
})

export const Finding = z.object({
  number: z.string().nullable().describe('Label as written, e.g. (1)'),
  text: z.string(),
  position: Position
})

export const Role = z.enum(['directing', 'lead', 'support', 'responsible'])

export const Assignee = z.object({
  name: z.string().describe('Body or official as written, e.g. Ban Tổ chức Thành ủy'),
  role: Role.describe('directing: chỉ đạo; lead: chủ trì; support: phối hợp; responsible: named without a more precise role'),
  inherited: z.boolean().describe('Comes from an enclosing task or shared sentence')
})

export const Deadline = z.object({
  date: isoDate.describe('The due date; for a period deadline its last day'),
  kind: z.enum(['before', 'on', 'by-end-of-period', 'other']),
  raw: z.string().describe('The deadline phrase as written'),
  time: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
    .nullable()
    .describe('Time of day in Vietnam (Asia/Ho_Chi_Minh), HH:MM, when the phrase writes one (“trước 17 giờ ngày 12/6/2026”)'),
  inherited: z.boolean().describe('Comes from an enclosing task or a shared sentence'),
  position: Position
})

export const Part = z.object({
  id: z.string().describe('Starts the ids of its tasks, e.g. KH (an attached Kế hoạch), PLI (Phụ lục I)'),
  kind: z.enum(['attachment', 'appendix']).describe('attachment: a document issued with this one; appendix: a Phụ lục'),
  title: z.string().describe('Its title, whitespace folded, e.g. KẾ HOẠCH Triển khai thi hành Luật …'),
  position: Position
})

export const Task = z.object({
  id: z.string().describe('Unique in the document and stable, e.g. II.7.2.1.i'),
  part: z.string().nullable().describe('id of the attachment or appendix it stands in; null in the body'),
  number: z.string().describe('The label as written: 7.2., (1), (i), a), -'),
  parent: z.string().nullable().describe('id of the enclosing task'),
  text: z.string().describe('This task’s own text, whitespace folded, page breaks joined'),
  assignees: z.array(Assignee),
  deadlines: z.array(Deadline),
  recurrence: z.string().nullable().describe('thường xuyên, hằng tháng ... for ongoing work'),
  rrule: z
    .string()
    .regex(RRULE_VALUE)
    .nullable()
    .describe('RFC 5545 RRULE value of repeating work, e.g. FREQ=WEEKLY;BYDAY=FR or FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20261231; null for ongoing work with no rhythm (thường xuyên)'),
  references: z.array(z.string()).describe('raw of the document references made inside this task'),
  position: Position
})

export const Reference = z.object({
  raw: z.string(),
  kind: z.string().nullable().describe('Type of the cited document, e.g. Kết luận, Nghị định'),
  number: z.string().nullable().describe('Its số/ký hiệu, e.g. 18-KL/TW'),
  date: isoDate.nullable(),
  issuer: z.string().nullable(),
  position: Position
})

export const Signature = z.object({
  authority: z.string().nullable().describe('e.g. T/L BAN THƯỜNG VỤ, KT. CHỦ TỊCH'),
  title: z.string().nullable().describe('Position of the signer, e.g. CHÁNH VĂN PHÒNG'),
  name: z.string().nullable(),
  position: Position
})

export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  position: Position.nullable()
})

export const Notice = z
  .object({
    schemaVersion: z.literal(1),
    source: Source,
    document: DocumentInfo,
    receipt: Receipt.nullable(),
    meeting: Meeting.nullable(),
    routing: z.array(RoutingRow),
    figures: z.array(Figure),
    findings: z.array(Finding),
    parts: z.array(Part).describe('Attachments and appendices after the closing, in order'),
    tasks: z.array(Task).describe('Flat, in document order, parents before children'),
    references: z.array(Reference),
    recipients: z.array(z.string()),
    signature: Signature.nullable(),
    diagnostics: z.array(Diagnostic)
  })
  .describe('A Vietnamese directive document read by `directive`')

export type Notice = z.infer<typeof Notice>
export type DocumentInfo = z.infer<typeof DocumentInfo>
export type Receipt = z.infer<typeof Receipt>
export type Meeting = z.infer<typeof Meeting>
export type RoutingRow = z.infer<typeof RoutingRow>
export type Figure = z.infer<typeof Figure>
export type Finding = z.infer<typeof Finding>
export type Assignee = z.infer<typeof Assignee>
export type Deadline = z.infer<typeof Deadline>
export type Part = z.infer<typeof Part>
export type Task = z.infer<typeof Task>
export type Reference = z.infer<typeof Reference>
export type Signature = z.infer<typeof Signature>
export type Diagnostic = z.infer<typeof Diagnostic>

/**
 * "Did directive write this file?", asked before `-o` replaces an existing file without `--force`. The
 * answer comes from what each format writes at its start and nobody else does by chance: not a word
 * such as a title or a key name (a `notes.md` starting "# Task checklist" is someone's), but the exact
 * shape of our first lines: the model's `schemaVersion` 1 followed by its `source` with a SHA-256, the
 * CSV's whole header row, the checklist's title followed by its summary line, the iCalendar PRODID, the
 * outline's task list with the line mark every task carries. Nothing is added to the outputs for this:
 * their bytes stay what they were.
 */
import {open} from 'node:fs/promises'
import {columns, languages} from '../emit/tasks-view/labels.js'
import {defuse, field} from '../emit/tasks-view/spreadsheet.js'
import {escapeRegExp} from '../text/escape-regexp.js'

/** How much of an existing file is read to recognise it (a model's path may be up to PATH_MAX long). */
const HEAD_BYTES = 16 * 1024

/** A JSON string. */
const STRING = String.raw`"(?:[^"\\\n]|\\.)*"`
const SHA256 = String.raw`"[0-9a-f]{64}"`

/** Signatures of the outputs whose first bytes do not depend on labels or options. */
const signatures: readonly RegExp[] = [
  // parse --json: one model, pretty.
  new RegExp(String.raw`^\{\n  "schemaVersion": 1,\n  "source": \{\n    "path": (?:null|${STRING}),\n    "sha256": ${SHA256},\n`, 'u'),
  // parse --json with several files: one compact model per line.
  new RegExp(String.raw`^\{"schemaVersion":1,"source":\{"path":(?:null|${STRING}),"sha256":${SHA256},`, 'u'),
  // batch NDJSON records, the first of which may be a failure.
  new RegExp(String.raw`^\{"file":${STRING},"ok":true,"notice":\{"schemaVersion":1,"source":\{"path":(?:null|${STRING}),"sha256":${SHA256},`, 'u'),
  new RegExp(String.raw`^\{"file":${STRING},"ok":false,"error":${STRING}\}\n`, 'u'),
  new RegExp(String.raw`^\{"file":${STRING},"ok":false,"skipped":${STRING}\}\n`, 'u'),
  // iCalendar.
  /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/directive\/\/directive\/\/[A-Z]{2}\r\n/u,
  // HTML review page.
  /^<!doctype html>\n<html lang="[a-z]{2}">\n<head>\n(?:<meta [^\n]*>\n){0,8}<meta name="generator" content="directive">\n/u,
  // validate --format json.
  new RegExp(
    String.raw`^\[\n  \{\n    "path": ${STRING},\n    "errorCount": \d+,\n    "warningCount": \d+,\n    "infoCount": \d+,\n    "diagnostics": \[`,
    'u'
  ),
  // validate --format sarif.
  /^\{\n {2}"\$schema": "https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json",\n {2}"version": "2\.1\.0",\n {2}"runs": \[\n {4}\{\n {6}"tool": \{\n {8}"driver": \{\n {10}"name": "directive",\n/u
]

/**
 * Whether a file is an earlier output of directive.
 *
 * @param file
 *   An existing regular file.
 * @returns
 *   True when its first bytes are those of one of directive's formats.
 */
export async function isOwnOutput(file: string): Promise<boolean> {
  const head = await readHead(file)
  return signatures.some((signature) => signature.test(head)) || isCsv(head) || isChecklist(head) || isOutline(head)
}

/**
 * Columns every CSV of directive has had: later ones were added at the end, so the header of an output
 * written by an earlier version is the current one cut after one of the columns from `line` on.
 */
const FIRST_COLUMNS = columns.indexOf('line') + 1

/** The CSV's header row, in any language and with any delimiter, BOM or not. */
function isCsv(head: string): boolean {
  const line = head.replace(/^\uFEFF/u, '').split('\r\n', 1)[0] ?? ''
  return Object.values(languages).some((labels) => {
    const first = labels.columns[columns[0]]
    if (!line.startsWith(first)) return false
    const delimiter = line.slice(first.length, first.length + 1)
    if (delimiter === '') return false
    const names = columns.map((column) => field(defuse(labels.columns[column]), delimiter))
    for (let count = names.length; count >= FIRST_COLUMNS; count--) if (line === names.slice(0, count).join(delimiter)) return true
    return false
  })
}

/** The checklist's title, then (for one notice) the document's heading, then its summary line. */
function isChecklist(head: string): boolean {
  return Object.values(languages).some((labels) => {
    const [before = '', after = ''] = labels.asOf('\u0000').split('\u0000')
    const summary = `${escapeRegExp(before)}\\d{2}/\\d{2}/\\d{4}${escapeRegExp(after)}: \\d+ [^\\n]* — ${escapeRegExp(labels.urgency.overdue)}: \\d+`
    return new RegExp(`^# ${escapeRegExp(labels.title)}\\n\\n(?:[^\\n]+(?:\\n[^\\n]+)*\\n\\n)?${summary}`, 'u').test(head)
  })
}

/** Most lines of the outline's header (type line, title, issuer, stamp, routing table, meeting) before its blank line. */
const OUTLINE_HEADER_LINES = 24

/** The outline's count line: "Nhiệm vụ (12):". */
const TASK_COUNT = /^Nhiệm vụ \((\d{1,9})\):$/u

/**
 * The text outline (src/emit/text.ts): a header of a few lines, a blank line, "Nhiệm vụ (N):", then
 * (after at most one section heading, "Mục II") the first task, indented, ending in its mark "[II.1,
 * dòng 60]" (earlier versions: "[dòng 60]"). An outline without tasks has nothing after "Nhiệm vụ (0):"
 * but the end, a blank line, or a diagnostic ("error: … (no-tasks)"). The header's content is free, so
 * the mark is what makes the shape ours: nobody else ends a line with "dòng <n>]" after two spaces.
 */
function isOutline(head: string): boolean {
  const lines = head.split('\n', OUTLINE_HEADER_LINES + 4)
  const blank = lines.indexOf('')
  if (blank < 1 || blank > OUTLINE_HEADER_LINES || (lines[0] ?? '').trimStart() !== lines[0]) return false
  const count = TASK_COUNT.exec(lines[blank + 1] ?? '')
  if (!count) return false
  if (count[1] === '0') {
    const next = lines[blank + 2]
    return next === undefined || next === '' || ['error: ', 'warning: ', 'info: '].some((severity) => next.startsWith(severity))
  }

  return lines.slice(blank + 2, blank + 4).some((line) => line.startsWith('  ') && hasLineMark(line))
}

/** Whether a task line ends in "  [<id>, dòng <n>]" or "  [dòng <n>]". */
function hasLineMark(line: string): boolean {
  if (!line.endsWith(']')) return false
  const open = line.lastIndexOf('  [')
  if (open === -1) return false
  const mark = line.slice(open + 3, -1)
  const at = mark.lastIndexOf('dòng ')
  const digits = mark.slice(at + 'dòng '.length)
  return at !== -1 && (at === 0 || mark.slice(at - 2, at) === ', ') && digits !== '' && [...digits].every((digit) => digit >= '0' && digit <= '9')
}


/** The first bytes of a file as text (a character cut at the end becomes U+FFFD, which no signature needs). */
async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buffer = new Uint8Array(HEAD_BYTES)
    const {bytesRead} = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return new TextDecoder('utf-8', {ignoreBOM: true}).decode(buffer.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/**
 * Check the hand-written answers in `fixtures/answers/*.json` (format: fixtures/answers/README.md)
 * against their documents, without running the parser: the shape of every field, ISO dates, sorted
 * distinct deadline dates that include every sampled task's dates, and snippets that are NFC, six words
 * or more, and stand on exactly one line of the source (Markdown emphasis and runs of spaces ignored).
 *
 * `node scripts/check-answers.mjs [NNN ...]` checks all answers or the named ones; exit 1 on a problem.
 */
import {readdirSync, readFileSync} from 'node:fs'

const answers = new URL('../fixtures/answers/', import.meta.url)
const corpus = new URL('../fixtures/corpus/', import.meta.url)
const wanted = process.argv.slice(2)
const typeCodes = new Set(['TB', 'KL', 'CT', 'KH', 'QĐ', 'NQ', 'HD', 'CTr', 'CĐ', 'GM', 'QC', 'ĐA', 'PA', 'BC', 'TTr', null])
const iso = /^\d{4}-\d{2}-\d{2}$/

/** Source lines as the eval compares them: NFC, Markdown emphasis out, spaces folded. */
export function comparableLines(text) {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n|\f/)
    .map((line) => line.replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '').replace(/\s+/g, ' ').trim())
}

let problems = 0
const files = readdirSync(answers)
  .filter((name) => name.endsWith('.json'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort()

for (const name of files) {
  const say = (message) => {
    problems++
    console.log(`${name}: ${message}`)
  }
  let answer
  try {
    answer = JSON.parse(readFileSync(new URL(name, answers), 'utf8'))
  } catch (error) {
    say(`not JSON: ${error.message}`)
    continue
  }
  let source
  try {
    source = readFileSync(new URL(answer.file, corpus), 'utf8')
  } catch {
    say(`no fixtures/corpus/${answer.file}`)
    continue
  }
  const lines = comparableLines(source)
  const d = answer.document ?? {}
  if (!typeCodes.has(d.typeCode ?? null)) say(`typeCode ${JSON.stringify(d.typeCode)}`)
  for (const key of ['number', 'date', 'signer']) {
    if (d[key] !== null && typeof d[key] !== 'string') say(`document.${key} must be a string or null`)
  }
  if (d.date && !iso.test(d.date)) say(`document.date ${d.date}`)
  if (answer.receipt !== null && answer.receipt !== undefined) {
    if (answer.receipt.date && !iso.test(answer.receipt.date)) say(`receipt.date ${answer.receipt.date}`)
  }
  const deadlines = answer.deadlineDates ?? []
  if (!Array.isArray(answer.deadlineDates)) say('deadlineDates missing')
  for (const date of deadlines) if (!iso.test(date)) say(`deadline date ${date}`)
  if (JSON.stringify([...new Set(deadlines)].sort()) !== JSON.stringify(deadlines)) {
    say('deadlineDates must be sorted and distinct')
  }
  const tasks = answer.tasks ?? []
  if (tasks.length < 3 || tasks.length > 8) say(`${tasks.length} sampled tasks (3 to 8)`)
  for (const task of tasks) {
    const snippet = task.snippet ?? ''
    if (snippet !== snippet.normalize('NFC')) say(`snippet not NFC: ${snippet}`)
    if (snippet.trim().split(/\s+/).length < 6) say(`snippet under six words: ${snippet}`)
    if (/^(?:[-–•+]|\d{1,2}(?:\.\d{1,2}){0,3}\.|[a-zđ]\)|\(\w{1,3}\)|[IVX]{1,4}\.)\s/u.test(snippet)) say(`snippet starts with a label: ${snippet}`)
    const folded = snippet.replace(/\s+/g, ' ').trim()
    const hits = lines.filter((line) => line.includes(folded)).length
    const total = lines.reduce((n, line) => n + line.split(folded).length - 1, 0)
    if (hits === 0) say(`snippet not on one line of the source: ${snippet}`)
    else if (total > 1) say(`snippet not unique (${total} times): ${snippet}`)
    if (!Array.isArray(task.dates)) say(`task dates missing: ${snippet}`)
    for (const date of task.dates ?? []) {
      if (!iso.test(date)) say(`task date ${date}`)
      else if (!deadlines.includes(date)) say(`task date ${date} not in deadlineDates`)
    }
    if (task.lead !== null && typeof task.lead !== 'string') say(`lead must be a string or null: ${snippet}`)
  }
  if (!Array.isArray(answer.references)) say('references missing')
}

console.log(`${files.length} answers checked, ${problems} problems`)
process.exitCode = problems > 0 ? 1 : 0

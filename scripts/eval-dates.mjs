/**
 * Compare the date engine with plain chrono-node on the case tables of the date tests
 * (`fixtures/dates/*.json`, the rows `test/dates/*.test.ts` run).
 *
 * A row is fully correct when the mentions found give, in number and order, the expected `start`, `end`
 * and `kind`; a decoy row (no expected mention) is fully correct when nothing is found, and every mention
 * found in it is a false date. chrono's results are mapped the simplest fair way: `start` = its start date
 * (with the time when chrono is certain of the hour), `end` = its end date if any, `kind` = `period` when
 * it has an end, else `date` (chrono has no deadlines, recurring or relative mentions).
 *
 * The last column, for information, compares `start` and `end` only (what chrono can be asked for).
 *
 * Run with `npm run eval:dates` (builds first: it reads `dist/`). `--failures` lists our failing rows.
 */
import {readdirSync, readFileSync} from 'node:fs'
import * as chrono from 'chrono-node'
import {findDates} from '../dist/dates/index.js'

const folder = new URL('../fixtures/dates/', import.meta.url)
const showFailures = process.argv.includes('--failures')

/** @type {Array<{file: string, table: string, reference: string, text: string, expected: Array<[string | null, string | null, string]>}>} */
const cases = []
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
  const data = JSON.parse(readFileSync(new URL(file, folder), 'utf8'))
  for (const table of data.tables) {
    for (const [text, ...mentions] of table.rows) {
      for (const value of [text, ...mentions.flat()]) {
        if (typeof value === 'string' && value !== value.normalize('NFC')) {
          throw new Error(`${file}: ${JSON.stringify(text)} is not NFC`)
        }
      }
      cases.push({
        file,
        table: table.name,
        reference: table.reference,
        text,
        expected: mentions.map(([, start, end, kind]) => [start, end, kind])
      })
    }
  }
}

const engines = [
  {name: 'chrono.vi.strict', find: viaChrono(chrono.vi.strict)},
  {name: 'chrono.vi.casual', find: viaChrono(chrono.vi.casual)},
  {name: 'ours', find: (text, reference) => findDates(text, reference).map((mention) => [mention.start, mention.end, mention.kind])}
]

const decoys = cases.filter((item) => item.expected.length === 0).length
const rows = []
for (const engine of engines) {
  let right = 0
  let datesRight = 0
  let falseDates = 0
  let falseRows = 0
  const failures = []
  for (const item of cases) {
    const found = engine.find(item.text, item.reference)
    if (JSON.stringify(found) === JSON.stringify(item.expected)) right++
    else failures.push({item, found})
    if (JSON.stringify(found.map(dates)) === JSON.stringify(item.expected.map(dates))) datesRight++
    if (item.expected.length === 0 && found.length > 0) {
      falseDates += found.length
      falseRows++
    }
  }
  rows.push({engine: engine.name, right, datesRight, falseDates, falseRows, failures})
}

console.log(`${cases.length} cases (${decoys} decoys) from fixtures/dates/*.json\n`)
const header = ['engine', 'fully correct', 'decoy false dates', 'start/end only']
const share = (count) => `${((count / cases.length) * 100).toFixed(1)} % (${count}/${cases.length})`
const lines = rows.map((row) => [
  row.engine,
  share(row.right),
  `${row.falseDates} (in ${row.falseRows}/${decoys} decoys)`,
  share(row.datesRight)
])
const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)))
for (const line of [header, ...lines]) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd())

if (showFailures) {
  const ours = rows.at(-1)
  console.log(`\nours, rows not fully correct: ${ours.failures.length}`)
  for (const {item, found} of ours.failures) {
    console.log(`- ${item.file} ${item.table} (${item.reference}): ${JSON.stringify(item.text)}`)
    console.log(`    expected ${JSON.stringify(item.expected)}\n    found    ${JSON.stringify(found)}`)
  }
}

/**
 * @param {[string | null, string | null, string]} mention
 *   `[start, end, kind]`.
 * @returns {[string | null, string | null]}
 *   `[start, end]`.
 */
function dates(mention) {
  return [mention[0], mention[1]]
}

/**
 * @param {chrono.Chrono} engine
 *   A chrono configuration.
 * @returns {(text: string, reference: string) => Array<[string, string | null, string]>}
 *   Its mentions as `[start, end, kind]`, the reference read as noon in Vietnam (UTC+7).
 */
function viaChrono(engine) {
  return (text, reference) =>
    engine
      .parse(text, {instant: new Date(`${reference}T12:00:00+07:00`), timezone: 420})
      .map((result) => [iso(result.start), result.end ? iso(result.end) : null, result.end ? 'period' : 'date'])
}

/**
 * @param {chrono.ParsedComponents} components
 *   chrono components.
 * @returns {string}
 *   `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when chrono is certain of the hour.
 */
function iso(components) {
  const pad = (value, size = 2) => String(value ?? 0).padStart(size, '0')
  const date = `${pad(components.get('year'), 4)}-${pad(components.get('month'))}-${pad(components.get('day'))}`
  return components.isCertain('hour') ? `${date}T${pad(components.get('hour'))}:${pad(components.get('minute'))}` : date
}

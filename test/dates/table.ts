/**
 * Table-driven checks for the date engine: one row per phrase, with a fixed reference date per table.
 *
 * The tables are data, in `fixtures/dates/*.json`, so that `scripts/eval-dates.mjs` (plain Node, no TS
 * runner) reads the very same rows to compare the engine with plain chrono.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findDates, type DateKind, type DateMention, type Due} from '../../src/dates/index.js'

/** `[raw, start, end, kind, due, recurrence?]`: one expected mention. */
export type Expected = readonly [
  raw: string,
  start: string | null,
  end: string | null,
  kind: DateKind,
  due: Due | null,
  recurrence?: string | null
]

/** `[text, ...expected mentions]`; a text with no expected mention is a decoy. */
export type Row = readonly [text: string, ...mentions: Expected[]]

/** Rows sharing a reference date. */
export interface Table {
  name: string
  reference: string
  rows: readonly Row[]
}

const KINDS: ReadonlySet<string> = new Set<DateKind>(['deadline', 'date', 'period', 'recurring', 'relative'])
const DUES: ReadonlySet<string> = new Set<Due>(['before', 'on', 'by-end-of-period', 'other'])
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/

/**
 * Load the tables of one data file, checking every row's shape and that its text is NFC.
 * @param name
 *   File name in `fixtures/dates/`, without `.json`.
 * @returns
 *   Its tables.
 */
export function loadTables(name: string): Table[] {
  const where = `fixtures/dates/${name}.json`
  const data: unknown = JSON.parse(readFileSync(new URL(`../../${where}`, import.meta.url), 'utf8'))
  const tables = isObject(data) ? data['tables'] : undefined
  if (!Array.isArray(tables)) throw new TypeError(`${where}: expected a \`tables\` array`)
  return tables.map((table: unknown, index): Table => {
    if (!isObject(table) || typeof table['name'] !== 'string' || typeof table['reference'] !== 'string') {
      throw new TypeError(`${where}: table ${index}: expected a \`name\` and a \`reference\``)
    }
    const {name: tableName, reference, rows} = table
    if (!Array.isArray(rows)) throw new TypeError(`${where}: ${tableName}: expected a \`rows\` array`)
    return {name: tableName, reference, rows: rows.map((row: unknown) => checkRow(row, `${where}: ${tableName}`))}
  })
}

/**
 * @param row
 *   Row as parsed.
 * @param where
 *   File and table, for messages.
 * @returns
 *   The row, typed.
 */
function checkRow(row: unknown, where: string): Row {
  if (!Array.isArray(row) || typeof row[0] !== 'string') {
    throw new TypeError(`${where}: expected [text, ...mentions], not ${JSON.stringify(row)}`)
  }
  const [text, ...mentions] = row as [string, ...unknown[]]
  const fail = (why: string): never => {
    throw new TypeError(`${where}: ${JSON.stringify(text)}: ${why}`)
  }
  if (!isNfc(text)) fail('text is not NFC')
  const expected = mentions.map((mention): Expected => {
    if (!Array.isArray(mention) || mention.length < 5 || mention.length > 6) {
      return fail(`expected [raw, start, end, kind, due, recurrence?], not ${JSON.stringify(mention)}`)
    }
    const [raw, start, end, kind, due, recurrence = null] = mention as unknown[]
    if (!isNfc(raw) || !text.includes(raw)) fail(`raw ${JSON.stringify(raw)} is not NFC text of the row`)
    for (const value of [start, end]) {
      if (value !== null && !(typeof value === 'string' && DATE.test(value))) fail(`bad date ${JSON.stringify(value)}`)
    }
    if (typeof kind !== 'string' || !KINDS.has(kind)) fail(`bad kind ${JSON.stringify(kind)}`)
    if (due !== null && !(typeof due === 'string' && DUES.has(due))) fail(`bad due ${JSON.stringify(due)}`)
    if (recurrence !== null && !isNfc(recurrence)) fail(`bad recurrence ${JSON.stringify(recurrence)}`)
    return mention as unknown as Expected
  })
  return [text, ...expected]
}

/**
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a string in NFC.
 */
function isNfc(value: unknown): value is string {
  return typeof value === 'string' && value === value.normalize('NFC')
}

/**
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a plain object.
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param mention
 *   Found mention.
 * @returns
 *   Comparable tuple.
 */
export function toTuple(mention: DateMention): Expected {
  return [mention.raw, mention.start, mention.end, mention.kind, mention.due, mention.recurrence]
}

/**
 * @param expected
 *   Expected row part.
 * @returns
 *   The same with `recurrence` filled in.
 */
function complete(expected: Expected): Expected {
  return [expected[0], expected[1], expected[2], expected[3], expected[4], expected[5] ?? null]
}

/**
 * Run a table: every row must give exactly its mentions, in order, with offsets pointing at `raw`.
 * @param name
 *   Table name.
 * @param reference
 *   Reference date for every row.
 * @param rows
 *   Rows.
 */
export function runTable(name: string, reference: string, rows: readonly Row[]): void {
  describe(`${name} (reference ${reference})`, () => {
    it.each(rows.map((row) => [row[0], row] as const))('%j', (_text, row) => {
      const [text, ...expected] = row
      const found = findDates(text, reference)
      expect(found.map(toTuple)).toEqual(expected.map(complete))
      for (const mention of found) expect(text.slice(mention.index, mention.index + mention.length)).toBe(mention.raw)
    })
  })
}

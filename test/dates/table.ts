/**
 * Table-driven checks for the date engine: one row per phrase, with a fixed reference date per table.
 */
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

/**
 * The assignee table: task texts from the real documents of the corpus, State and Party, each with the
 * assignees a careful reader names (fixtures/assignees/rows.tsv, written by reading, not from the parser).
 * Names compare folded (diacritics, case and spacing aside), roles exactly, as sets. The rows the reader
 * does not yet get right are listed in gaps.tsv with what it reads instead; a listed row that reads right
 * fails, so the list only shrinks.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readAssignees} from '../../src/extract/assignees/index.js'
import {foldKey} from '../../src/text/fold.js'

function table(name: string): string[][] {
  return readFileSync(new URL(`../../fixtures/assignees/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'))
}

const rows = table('rows.tsv') as Array<[string, string, string]>
/** A gap is known by its file and the first 80 characters of its text. */
const gaps = new Set(table('gaps.tsv').map(([file, start]) => `${file}\t${start}`))
const isGap = (file: string, text: string): boolean => gaps.has(`${file}\t${text.slice(0, 80)}`)

/** Party documents of the corpus: the founding notice and 040–051. */
const party = (file: string): boolean => file.startsWith('000') || (file >= '040' && file < '052')

/** A name as a key: folded, spaces removed (PDF extraction drops some, OCR adds some). */
const key = (role: string, name: string): string => `${role}:${foldKey(name).replace(/\s+/gu, '')}`

function expected(cell: string): string[] {
  if (cell.trim() === '-') return []
  return cell.split(' | ').map((entry) => {
    const colon = entry.indexOf(':')
    return key(entry.slice(0, colon).trim(), entry.slice(colon + 1).trim())
  })
}

const read = (text: string): string[] => readAssignees(text).map((item) => key(item.role, item.name)).sort()

describe('assignee table', () => {
  it('holds at least 400 rows read right, at least 150 of them from Party documents', () => {
    const right = rows.filter(([file, text]) => !isGap(file, text))
    expect(right.length).toBeGreaterThanOrEqual(400)
    expect(right.filter(([file]) => party(file)).length).toBeGreaterThanOrEqual(150)
  })

  it('lists as gaps only rows of the table', () => {
    const keys = new Set(rows.map(([file, text]) => `${file}\t${text.slice(0, 80)}`))
    expect([...gaps].filter((gap) => !keys.has(gap))).toEqual([])
  })

  for (const [file, text, answer] of rows) {
    const gap = isGap(file, text)
    it(`${gap ? '(gap) ' : ''}${file}: ${text.slice(0, 70)}`, () => {
      if (gap) expect(read(text), 'reads right now: take it off gaps.tsv').not.toEqual(expected(answer).sort())
      else expect(read(text)).toEqual(expected(answer).sort())
    })
  }
})

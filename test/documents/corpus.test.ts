/**
 * Real documents against their expected models. Each fixtures/documents/<name>.expected.json holds what a
 * person read in the document (the projection of projection.ts) and, under `gaps`, the paths where the
 * parser is still known to be wrong, each with what it gets instead and why: those are reported, not
 * compared, until the parser learns them.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {flatten, project, type Projection} from './projection.js'

interface Expected {
  input: string
  checked: string
  expected: Projection
  gaps: Record<string, string>
}

const folder = new URL('../../fixtures/documents/', import.meta.url)
const files = readdirSync(folder).filter((name) => name.endsWith('.expected.json')).sort()

describe('corpus documents', () => {
  it('has expected models for at least six documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(6)
  })

  for (const file of files) {
    const spec = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Expected
    describe(file.replace('.expected.json', ''), () => {
      const notice = parseNotice(readFileSync(spec.input), {path: spec.input})
      const actual = flatten(project(notice))
      const expected = flatten(spec.expected)
      for (const [path, value] of expected) {
        if (path in spec.gaps) continue
        it(path, () => {
          expect(actual.get(path)).toEqual(value)
        })
      }

      it('lists only real gaps', () => {
        for (const path of Object.keys(spec.gaps)) expect(expected.has(path), `gap ${path} names no expected path`).toBe(true)
        // A gap the parser has learned is no gap: it is compared again once taken off the list.
        const learned = Object.keys(spec.gaps).filter((path) => JSON.stringify(actual.get(path)) === JSON.stringify(expected.get(path)))
        expect(learned, 'gaps the parser now reads right: remove them from the list').toEqual([])
      })
    })
  }
})

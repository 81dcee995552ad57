/**
 * The model contract: `directive schema` is the JSON Schema of the zod model, and the JSON that
 * `parse --json` prints for every real document validates against it (and against zod itself).
 */
import {execFileSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {Ajv2020} from 'ajv/dist/2020.js'
import {Notice} from '../src/model/schema.js'

const bin = new URL('../bin/directive.js', import.meta.url).pathname
const corpus = readdirSync('fixtures/corpus').filter((name) => name.endsWith('.txt')).map((name) => `fixtures/corpus/${name}`)

describe('JSON Schema', () => {
  const schema = JSON.parse(execFileSync('node', [bin, 'schema'], {encoding: 'utf8'})) as object
  const ajv = new Ajv2020({strict: false, allErrors: true})
  const validate = ajv.compile(schema)
  const output = execFileSync('node', [bin, 'parse', ...corpus, '--json'], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const documents = output.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)

  it('parses every corpus document', () => {
    expect(documents).toHaveLength(corpus.length)
  })

  for (const [index, document] of documents.entries()) {
    it(`${corpus[index]} validates against the JSON Schema and the zod model`, () => {
      const valid = validate(document)
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([])
      expect(valid).toBe(true)
      expect(Notice.safeParse(document).success).toBe(true)
    })
  }

  it('names every key of the contract, with nulls rather than missing keys', () => {
    const first = documents[0] as Record<string, unknown>
    expect(Object.keys(first)).toEqual([
      'schemaVersion', 'source', 'document', 'receipt', 'meeting', 'routing', 'figures', 'findings', 'parts', 'tasks',
      'references', 'recipients', 'signature', 'diagnostics'
    ])
  })
})

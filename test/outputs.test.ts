/**
 * What every corpus document gives, in every format, pinned by hash (`test/outputs.sha256.json`): a
 * change meant to make `directive` faster (or tidier) must leave every byte as it was. A change meant to
 * read documents differently changes some: check them (`npm run eval`, the outputs themselves), then
 * write the hashes anew with `OUTPUTS_UPDATE=1 npx vitest run test/outputs.test.ts` and commit them with
 * the change, so the review shows which documents moved.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {emitters} from '../src/emit/index.js'
import {parseNotice} from '../src/pipeline.js'
import {defaultOptions} from './helpers.js'

const pinned = new URL('outputs.sha256.json', import.meta.url)
const directory = new URL('../fixtures/corpus/', import.meta.url)
const names = readdirSync(directory)
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
const today = '2026-06-10'
const env = {SOURCE_DATE_EPOCH: '1781049600'}

/** The hash of each format's output for one document, as the command line would print it. */
function outputs(name: string): Record<string, string> {
  const bytes = readFileSync(new URL(name, directory))
  const path = `fixtures/corpus/${name}`
  const hashes: Record<string, string> = {}
  // JSON speaks English unless asked, the formats a person reads Vietnamese (as on the command line).
  const notices = {en: parseNotice(bytes, {path, lang: 'en'}), vi: parseNotice(bytes, {path, lang: 'vi'})}
  for (const [format, emitter] of Object.entries(emitters)) {
    const lang = format === 'json' ? 'en' : 'vi'
    const notice = notices[lang]
    const text = emitter.emit([notice], {multiple: false, today, options: {...defaultOptions(emitter), lang}, env, sources: [bytes.toString('utf8')]})
    hashes[format] = createHash('sha256').update(text).digest('hex')
  }

  return hashes
}

describe('every corpus document in every format', () => {
  const actual = Object.fromEntries(names.map((name) => [name, outputs(name)]))
  if (process.env['OUTPUTS_UPDATE'] === '1') writeFileSync(pinned, `${JSON.stringify(actual, null, 1)}\n`)
  const expected = JSON.parse(readFileSync(pinned, 'utf8')) as Record<string, Record<string, string>>

  it('covers the same documents as the pinned hashes', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected))
  })

  for (const name of names) {
    it(`${name} is byte for byte what it was`, () => {
      expect(actual[name]).toEqual(expected[name])
    })
  }
})

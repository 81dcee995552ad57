/**
 * The command line runs bundles (dist/bundle/main.cjs, and worker.js in batch mode), built from the
 * library with their whitespace, comments and non-ASCII characters rewritten (scripts/bundle.mjs). What
 * they print must be byte for byte what the library gives: the model of every corpus document, read
 * through the batch workers, and each output format of a notice through the main bundle.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {emitters} from '../src/emit/index.js'
import {parseNotice} from '../src/pipeline.js'
import {defaultOptions} from './helpers.js'
import {directive} from './spawn.js'

const corpus = readdirSync(new URL('../fixtures/corpus/', import.meta.url))
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => `fixtures/corpus/${name}`)
const read = (path: string): Buffer => readFileSync(new URL(`../${path}`, import.meta.url))

describe('the bundles print what the library gives', () => {
  // bin/directive.js runs the bundle only when it is at least as new as dist/cli: else these tests would
  // compare the library with itself.
  it('the command line runs the bundle', () => {
    const modified = (path: string): number => statSync(new URL(`../${path}`, import.meta.url)).mtimeMs
    expect(modified('dist/bundle/main.cjs')).toBeGreaterThanOrEqual(modified('dist/cli/main.js'))
  })

  it('the model of every corpus document, through the batch workers', async () => {
    const result = await directive(['parse', ...corpus, '--json', '--jobs', '2', '--ref', '2026-06-10'])
    expect(result.code, result.stderr).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(corpus.length)
    for (const [index, path] of corpus.entries()) {
      const notice = parseNotice(read(path), {path, reference: '2026-06-10', lang: 'en'})
      expect(lines[index], path).toBe(JSON.stringify({file: path, ok: true, notice}))
    }
  })

  const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
  for (const format of Object.keys(emitters)) {
    it(`${format}, through the main bundle`, async () => {
      const result = await directive(['parse', seed, '--format', format, '--today', '2026-06-10', '--quiet'], {env: {SOURCE_DATE_EPOCH: '1781049600'}})
      expect(result.code, result.stderr).toBe(0)
      const lang = format === 'json' ? 'en' : 'vi'
      const notice = parseNotice(read(seed), {path: seed, lang})
      const emitter = emitters[format]
      if (!emitter) throw new Error(format)
      const expected = emitter.emit([notice], {
        multiple: false,
        today: '2026-06-10',
        options: {...defaultOptions(emitter), lang},
        env: {SOURCE_DATE_EPOCH: '1781049600'},
        sources: [read(seed).toString('utf8')]
      })
      expect(result.stdout).toBe(expected)
    })
  }
})

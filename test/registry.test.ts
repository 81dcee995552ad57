/** Every plug-in file is in its registry: adding one is adding a file and a line, and neither is forgotten. */
import {readdirSync} from 'node:fs'
import {expect, it} from 'vitest'
import {extractors} from '../src/extract/index.js'
import {emitters} from '../src/emit/index.js'

const plugins = (folder: string, infrastructure: string[]): string[] =>
  readdirSync(new URL(`../src/${folder}/`, import.meta.url))
    .filter((name) => name.endsWith('.ts') && !infrastructure.includes(name))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort()

it('registers every extractor, keyed by its file name', () => {
  expect(extractors.map((extractor) => extractor.key).sort()).toEqual(plugins('extract', ['extractor.ts', 'index.ts', 'paragraphs.ts']))
})

it('registers every emitter, keyed by its file name', () => {
  expect(Object.keys(emitters).sort()).toEqual(plugins('emit', ['emitter.ts', 'index.ts']))
  for (const [name, emitter] of Object.entries(emitters)) expect(emitter.format).toBe(name)
})

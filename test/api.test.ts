/**
 * The public API is what index.ts documents, nothing more; the README's API section shows every export
 * with an example that runs (each is run here against dist/, and prints what its `// →` comments say);
 * and the library takes rule settings as `.directiverc.json` writes them.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError, parseNotice} from '../src/index.js'

it('exports the documented API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'Assignee', 'Deadline', 'Figure', 'InputError', 'Notice', 'Point', 'Position', 'Reference', 'Task',
    'emitters', 'extractors', 'findDates', 'main', 'parseNotice', 'todayInVietnam'
  ])
})

describe('parseNotice: rules as .directiverc.json writes them (issue 20, item 11)', () => {
  const text = 'Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.'
  const rules = (options: Parameters<typeof parseNotice>[1]): string[] =>
    parseNotice(text, options).diagnostics.map((diagnostic) => `${diagnostic.ruleId}:${diagnostic.severity}`)
  const defaults = rules({})

  it('takes the whole configuration object', () => {
    expect(defaults).toContain('missing-signature:warning')
    expect(rules({rules: {rules: {'missing-signature': 'off'}}})).toEqual(defaults.filter((id) => id !== 'missing-signature:warning'))
    expect(rules({rules: {$schema: 'x', ignores: ['README.md'], rules: {'missing-signature': 'error'}}})).toContain('missing-signature:error')
  })

  it('takes only its rules map, with options', () => {
    expect(rules({rules: {'missing-signature': ['info'], 'deadline-far-future': ['error', {years: 5}]}})).toContain('missing-signature:info')
  })

  it('still takes the settings map the CLI passes', () => {
    expect(rules({rules: new Map([['missing-signature', {severity: 'off'}]])})).not.toContain('missing-signature:warning')
  })

  it('refuses an unknown rule or severity with a TypeError naming the key', () => {
    expect(() => rules({rules: {'missing-signatur': 'off'}})).toThrow(new TypeError('options.rules: missing-signatur: unknown rule (did you mean “missing-signature”?)'))
    // @ts-expect-error: no such severity
    expect(() => rules({rules: {rules: {'missing-signature': 'of'}}})).toThrow(/^options\.rules: rules\.missing-signature: expected "off", "info", "warning" or "error"$/)
    // @ts-expect-error: not an object
    expect(() => rules({rules: 'no-tasks=off'})).toThrow(TypeError)
  })
})

describe('InputError (issue 20, item 11)', () => {
  it('names standard input in words', () => {
    expect(new InputError('-', 'this is a PDF file').message).toBe('standard input: this is a PDF file')
    expect(new InputError('-', 'x').file).toBe('-')
    expect(new InputError('notes\n.txt', 'is empty').message).toBe('notes\\x0A.txt: is empty')
  })
})

describe('the README API section (issue 20, item 11)', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## ', readme.indexOf('\n## API\n') + 1))
  const examples = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
  const library = new URL('../dist/index.js', import.meta.url).href

  it('has an example for every export', async () => {
    for (const name of Object.keys(await import('../src/index.js'))) {
      expect(examples.some((example) => new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from 'vn-directive'`).test(example)), name).toBe(true)
    }
  })

  for (const [index, example] of examples.entries()) {
    it(`example ${index + 1} runs against dist/ and prints what it says`, () => {
      const cwd = mkdtempSync(join(tmpdir(), 'directive-api-'))
      // The file the file example reads: the sentence of the first example.
      writeFileSync(join(cwd, 'notice.txt'), 'Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hoàn thành trước ngày 30/6/2026.\n')
      const code = example.replaceAll("from 'vn-directive'", `from '${library}'`)
      const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd, encoding: 'utf8'})
      const expected = [...example.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1])
      expect(expected.length, 'an example shows what it prints').toBeGreaterThan(0)
      expect(stdout.trimEnd().split('\n')).toEqual(expected)
    })
  }
})

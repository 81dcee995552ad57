/**
 * Issue 20, item 10: an empty or whitespace-only input is an input error ("… is empty", exit 2), not a
 * model whose only content is the diagnostic "no tasks": in parse, in a batch (a failed record) and in
 * validate; standard input too, named in words.
 */
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {refuseBlank} from '../../src/read/blank.js'
import {run, scratch, seed} from './child.js'

/** A directory with empty.txt (0 bytes), blank.txt (spaces, tabs, newlines, a no-break space), bom.txt (a UTF-8 BOM alone) and utf16.txt (UTF-16 spaces). */
function inputs(): string {
  const directory = scratch('directive-empty-')
  writeFileSync(join(directory, 'empty.txt'), '')
  writeFileSync(join(directory, 'blank.txt'), ' \n\t\r\n\u00A0\n')
  writeFileSync(join(directory, 'bom.txt'), '\uFEFF')
  writeFileSync(join(directory, 'utf16.txt'), Buffer.from('\uFEFF  \n', 'utf16le'))
  return directory
}

describe('refuseBlank', () => {
  it('says "is empty" for nothing and "is empty (only whitespace)" for blanks; lets text through', () => {
    expect(() => refuseBlank('a.txt', '')).toThrow('a.txt: is empty')
    expect(() => refuseBlank('-', ' \n\u3000')).toThrow('standard input: is empty (only whitespace)')
    expect(() => refuseBlank('a.txt', '\n x')).not.toThrow()
  })
})

describe('parse', () => {
  for (const [name, reason] of [
    ['empty.txt', 'is empty'],
    ['blank.txt', 'is empty (only whitespace)'],
    ['bom.txt', 'is empty'],
    ['utf16.txt', 'is empty (only whitespace)']
  ] as const) {
    it(`${name}: exit 2, "${reason}", nothing on stdout`, async () => {
      const result = await run(['parse', name], {cwd: inputs()})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`directive: ${name}: ${reason}\n`)
      expect(result.stdout).toBe('')
    })
  }

  it('an empty standard input', async () => {
    const result = await run(['parse', '-', '--json'], {stdin: '\n\n'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('directive: standard input: is empty (only whitespace)\n')
  })

  it('among readable files: the others are printed, exit 1', async () => {
    const cwd = inputs()
    const result = await run(['parse', 'empty.txt', seed, '--json'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('directive: empty.txt: is empty\n')
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('batch parse', () => {
  it('a failed record for an empty file found in a directory', async () => {
    const cwd = inputs()
    mkdirSync(join(cwd, 'notices'))
    writeFileSync(join(cwd, 'notices/empty.txt'), '')
    copyFileSync(seed, join(cwd, 'notices/seed.txt'))
    const result = await run(['parse', 'notices', '--json', '--jobs', '1'], {cwd})
    expect(result.code).toBe(1)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; ok: boolean; error?: string})
    expect(records[0]).toEqual({file: 'notices/empty.txt', ok: false, error: 'notices/empty.txt: is empty'})
    expect(records[1]?.ok).toBe(true)
    expect(result.stderr).toMatch(/^directive: notices\/empty\.txt: is empty\n/)
  })
})

describe('validate', () => {
  it('an empty file is unreadable input: exit 2 alone, 1 beside a notice', async () => {
    const cwd = inputs()
    const alone = await run(['validate', 'blank.txt'], {cwd})
    expect(alone.code).toBe(2)
    expect(alone.stderr).toBe('directive: blank.txt: is empty (only whitespace)\n')
    expect(alone.stdout).toBe('')
    const beside = await run(['validate', 'empty.txt', seed], {cwd})
    expect(beside.code).toBe(1)
    expect(beside.stderr).toBe('directive: empty.txt: is empty\n')
    expect(beside.stdout).toContain('000_6f075bdf8dff8ead.txt')
  })
})

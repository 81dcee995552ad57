/**
 * Safe output (README "Output files"): `-o` writes whole or not at all, never over an input, replaces an
 * existing file only when directive wrote it (or it is empty, or with --force); with several inputs
 * where one is bad the others are still processed and the exit code is 1 (2 when none could be read).
 */
import {existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const scratch = (): string => mkdtempSync(join(tmpdir(), 'directive-output-'))
const leftovers = (directory: string): string[] => readdirSync(directory).filter((name) => name.endsWith('.tmp'))

describe('an earlier output of directive is replaced without --force', () => {
  const formats: Array<[string, string[]]> = [
    ['json', ['--json']],
    ['ics', ['--ics']],
    ['checklist', ['--checklist']],
    ['checklist in English', ['--checklist', '--lang', 'en']],
    ['csv', ['--format', 'csv']],
    ['csv with ; and no BOM', ['--format', 'csv', '--delimiter', ';', '--no-bom']],
    ['csv in English', ['--format', 'csv', '--lang', 'en']],
    ['html', ['--format', 'html']]
  ]
  for (const [name, flags] of formats) {
    it(name, async () => {
      const directory = scratch()
      const out = join(directory, 'out')
      expect((await directive(['parse', seed, ...flags, '-o', out])).code).toBe(0)
      const again = await directive(['parse', seed, ...flags, '--today', '2026-06-10', '-o', out])
      expect(again.code, again.stderr).toBe(0)
      expect(leftovers(directory)).toEqual([])
    })
  }

  it('batch NDJSON, and validate reports in json and sarif', async () => {
    const directory = scratch()
    const runs = [
      ['parse', 'fixtures/corpus/010.txt', 'fixtures/corpus/011.txt', '--json', '--jobs', '1', '-o', join(directory, 'all.ndjson')],
      ['validate', seed, '--format', 'json', '-o', join(directory, 'report.json')],
      ['validate', seed, '--format', 'sarif', '-o', join(directory, 'report.sarif')]
    ]
    for (const args of runs) {
      expect((await directive(args)).code).toBe(0)
      const again = await directive(args)
      expect(again.code, again.stderr).toBe(0)
    }
  })

  it('the text outline is recognised by its shape: written again without --force (issue 20, item 9)', async () => {
    const directory = scratch()
    const out = join(directory, 'outline.txt')
    expect((await directive(['parse', seed, '-o', out])).code).toBe(0)
    expect((await directive(['parse', seed, '-o', out])).code).toBe(0)
  })
})

describe('what -o refuses', () => {
  it("someone else's file, untouched, unless --force", async () => {
    const directory = scratch()
    const out = join(directory, 'minutes.ics')
    writeFileSync(out, 'meeting minutes\n')
    const refused = await directive(['parse', seed, '--ics', '-o', out])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(`directive: ${out}: exists and was not written by directive; use --force to replace it\n`)
    expect(readFileSync(out, 'utf8')).toBe('meeting minutes\n')
    const forced = await directive(['parse', seed, '--ics', '-o', out, '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR/)
  })

  it('an empty file is replaced (as mktemp leaves it)', async () => {
    const out = join(scratch(), 'empty.json')
    writeFileSync(out, '')
    expect((await directive(['parse', seed, '--json', '-o', out])).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1/)
  })

  it('an input file, even with --force, in every command', async () => {
    const directory = scratch()
    const input = join(directory, 'notice.txt')
    const text = readFileSync(seed, 'utf8')
    writeFileSync(input, text)
    for (const args of [
      ['parse', input, '--json', '-o', input, '--force'],
      ['parse', directory, '--json', '-o', input, '--force'],
      ['validate', input, '-o', input, '--force']
    ]) {
      const result = await directive(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toBe(`directive: ${input}: is an input file; refusing to write over it (choose another -o)\n`)
    }

    expect(readFileSync(input, 'utf8')).toBe(text)
  })

  it('a directory', async () => {
    const directory = scratch()
    const result = await directive(['parse', seed, '--json', '-o', directory])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`directive: ${directory}: is a directory; -o takes a file name\n`)
  })
})

describe('whole or not at all', () => {
  it('a failed run leaves the earlier output as it was and nothing else', async () => {
    const directory = scratch()
    const out = join(directory, 'seed.json')
    expect((await directive(['parse', seed, '--json', '-o', out])).code).toBe(0)
    const before = readFileSync(out, 'utf8')
    for (const args of [
      ['parse', 'missing.txt', '--json', '-o', out],
      ['parse', 'fixtures/cli/scan.pdf', '--json', '-o', out]
    ]) {
      const result = await directive(args)
      expect(result.code).toBe(2)
      expect(readFileSync(out, 'utf8')).toBe(before)
      expect(readdirSync(directory)).toEqual(['seed.json'])
    }
  })

  it('a file that cannot be written is a one-line error, exit 2, nothing left behind', async () => {
    const directory = scratch()
    for (const args of [
      ['parse', seed, '--json', '-o', join(directory, 'no/such/dir.json')],
      ['parse', 'fixtures/corpus/010.txt', '--json', '--jobs', '1', '-o', join(directory, 'no/such/dir.ndjson')]
    ]) {
      const result = await directive(args)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`directive: cannot write ${join(directory, 'no/such/dir.')}`)
      expect(result.stderr).toMatch(/: no such directory\n/)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }

    expect(readdirSync(directory)).toEqual([])
  })

  it('a symbolic link is followed: the file it names is replaced, the link stays', async () => {
    const directory = scratch()
    const target = join(directory, 'deadlines.ics')
    const link = join(directory, 'link.ics')
    expect((await directive(['parse', seed, '--ics', '-o', target])).code).toBe(0)
    symlinkSync(target, link)
    expect((await directive(['parse', 'fixtures/corpus/010.txt', '--ics', '-o', link])).code).toBe(0)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toContain('BEGIN:VCALENDAR')
    expect(leftovers(directory)).toEqual([])
  })

  it('a device is written in place, never replaced', async () => {
    const result = await directive(['parse', seed, '--json', '-o', '/dev/null'])
    expect(result.code).toBe(0)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    expect(existsSync('/dev/.null.tmp')).toBe(false)
  })
})

describe('several inputs, one bad', () => {
  const cases: Array<{name: string; args: string[]; code: number; written: number}> = [
    {name: 'parse: the good ones are written, exit 1', args: ['parse', seed, 'missing.txt', 'fixtures/corpus/010.txt', '--json'], code: 1, written: 2},
    {name: 'parse: none readable, exit 2', args: ['parse', 'missing.txt', 'fixtures/cli/scan.pdf', '--json'], code: 2, written: 0},
    {name: 'batch: the good ones are written, exit 1', args: ['parse', 'fixtures/corpus/010.txt', 'fixtures/cli/binary.bin', '--json', '--jobs', '2'], code: 1, written: 1},
    {name: 'batch: none readable, exit 2', args: ['parse', 'missing.txt', 'fixtures/cli/binary.bin', '--json', '--jobs', '1'], code: 2, written: 0}
  ]
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const result = await directive(testCase.args)
      expect(result.code).toBe(testCase.code)
      const documents = result.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as {schemaVersion?: number; ok?: boolean})
        .filter((record) => record.schemaVersion === 1 || record.ok === true)
      expect(documents).toHaveLength(testCase.written)
      expect(result.stderr).toMatch(/^directive: (?:missing\.txt: no such file|fixtures\/cli\/(?:scan\.pdf|binary\.bin): )/m)
    })
  }
})

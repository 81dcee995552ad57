/**
 * Batch mode of `directive parse … --json` (README "Commands"): when it applies, the NDJSON records,
 * input order, failures, globs, -o, stdin and the summary line — by spawning bin/directive.js — plus
 * the pure parts (glob matching, input expansion, progress line) in-process.
 */
import {spawn} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {compileGlob, isGlob} from '../src/cli/glob.js'
import {expandInputs} from '../src/cli/inputs.js'
import {ProgressBar, duration, renderProgress} from '../src/cli/progress.js'
import {directive} from './spawn.js'

const corpus = new URL('../fixtures/corpus/', import.meta.url).pathname
const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'

interface BatchRecord {
  file: string
  ok: boolean
  notice?: {source: {path: string | null}; document: {number: string | null}; tasks: unknown[]}
  error?: string
}

function records(stdout: string): BatchRecord[] {
  return stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as BatchRecord)
}

/**
 * A small archive: three short real notices at two levels, and things a directory walk must skip
 * (a table, a hidden file, node_modules).
 */
let archive = ''
beforeAll(() => {
  archive = mkdtempSync(join(tmpdir(), 'directive-batch-'))
  mkdirSync(join(archive, '2026/06'), {recursive: true})
  mkdirSync(join(archive, 'node_modules'))
  copyFileSync(join(corpus, '011.txt'), join(archive, 'b.txt'))
  copyFileSync(join(corpus, '010.txt'), join(archive, 'a.md'))
  copyFileSync(join(corpus, '014.txt'), join(archive, '2026/06/c.txt'))
  copyFileSync(join(corpus, '012.txt'), join(archive, 'node_modules/skip.txt'))
  copyFileSync(join(corpus, '012.txt'), join(archive, '.hidden.txt'))
  writeFileSync(join(archive, 'list.tsv'), 'a\tb\n')
})

describe('batch mode (spawned)', () => {
  it('walks a directory: notices only, sorted depth first, records in input order, summary on stderr', async () => {
    const result = await directive(['parse', archive, '--json', '--today', '2026-06-10'])
    expect(result.code, result.stderr).toBe(0)
    const lines = records(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([join(archive, '2026/06/c.txt'), join(archive, 'a.md'), join(archive, 'b.txt')])
    expect(lines.every((line) => line.ok && line.notice?.source.path === line.file)).toBe(true)
    // a.md is 010.txt, "Số: 3722/VPCP-CN" (its header, line 5).
    expect(lines[1]?.notice?.document.number).toBe('3722/VPCP-CN')
    expect(result.stderr).toMatch(/^directive: 3 done, 0 failed, 3 files in \d+\.\d\ds \([\d.]+ files\/s, \d+ jobs?\)\n$/)
  })

  it('gives each document the same model as a plain parse', async () => {
    const [batch, plain] = await Promise.all([
      directive(['parse', seed, '--json', '--jobs', '1', '--today', '2026-06-10']),
      directive(['parse', seed, '--json', '--today', '2026-06-10'])
    ])
    expect(batch.code, batch.stderr).toBe(0)
    const [only] = records(batch.stdout)
    expect(only?.file).toBe(seed)
    expect(only?.notice).toEqual(JSON.parse(plain.stdout))
  })

  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    // The 21 corpus records are over a megabyte: far more than a pipe holds, so writes meet the closed end.
    const child = spawn(process.execPath, ['bin/directive.js', 'parse', corpus, '--json', '--jobs', '1'], {cwd: new URL('..', import.meta.url).pathname})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error|at /)
    expect(code).toBe(0)
  })

  it('keeps input order with several workers even when the first document is the slowest', async () => {
    // 028 (73 kB) takes several times as long as the short ones after it.
    const files = ['028.txt', '010.txt', '011.txt', '014.txt', '015.txt'].map((name) => `fixtures/corpus/${name}`)
    const result = await directive(['parse', ...files, '--json', '--jobs', '2'])
    expect(result.code, result.stderr).toBe(0)
    expect(records(result.stdout).map((line) => line.file)).toEqual(files)
  })

  it('--unordered writes every record once, in any order', async () => {
    const files = ['010.txt', '011.txt', '014.txt'].map((name) => `fixtures/corpus/${name}`)
    const result = await directive(['parse', ...files, '--json', '--unordered', '--jobs', '2'])
    expect(result.code, result.stderr).toBe(0)
    expect(records(result.stdout).map((line) => line.file).sort()).toEqual(files)
  })

  it('reports unreadable inputs as records and on stderr, goes on, exits 1', async () => {
    const result = await directive(['parse', 'fixtures/corpus/010.txt', 'missing.txt', 'fixtures/cli/scan.pdf', 'fixtures/corpus/011.txt', '--json', '--jobs', '2'])
    expect(result.code).toBe(1)
    const lines = records(result.stdout)
    expect(lines.map((line) => [line.file, line.ok])).toEqual([
      ['fixtures/corpus/010.txt', true],
      ['missing.txt', false],
      ['fixtures/cli/scan.pdf', false],
      ['fixtures/corpus/011.txt', true]
    ])
    expect(lines[1]?.error).toBe('missing.txt: no such file')
    expect(lines[2]?.error).toMatch(/^fixtures\/cli\/scan\.pdf: this is a PDF file/)
    expect(result.stderr).toContain('directive: missing.txt: no such file\n')
    expect(result.stderr).toMatch(/directive: 2 done, 2 failed, 4 files in /)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('expands a quoted glob itself, sorted; a pattern matching nothing is a failed record', async () => {
    const result = await directive(['parse', 'fixtures/corpus/01[0-2].txt', 'fixtures/nothing/*.txt', '--json'])
    expect(result.code).toBe(1)
    expect(records(result.stdout).map((line) => [line.file, line.ok])).toEqual([
      ['fixtures/corpus/010.txt', true],
      ['fixtures/corpus/011.txt', true],
      ['fixtures/corpus/012.txt', true],
      ['fixtures/nothing/*.txt', false]
    ])
    expect(result.stderr).toContain('directive: fixtures/nothing/*.txt: no file matches this pattern\n')
  })

  it('-o writes the records whole, nothing on stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'directive-batch-o-')), 'all.ndjson')
    const result = await directive(['parse', 'fixtures/corpus/01*.txt', '--json', '-o', out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe('')
    expect(records(readFileSync(out, 'utf8')).map((line) => line.file)).toEqual(
      ['010', '011', '012', '013', '014', '015'].map((name) => `fixtures/corpus/${name}.txt`)
    )
  })

  it('reads standard input once, in the main thread', async () => {
    const result = await directive(['parse', '-', '--json', '--jobs', '1'], {stdin: 'Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.'})
    expect(result.code, result.stderr).toBe(0)
    const [only] = records(result.stdout)
    expect(only?.file).toBe('-')
    expect(only?.notice?.source.path).toBeNull()
    expect(only?.notice?.tasks.length).toBeGreaterThan(0)
  })

  it('is the same whatever the time zone', async () => {
    const args = ['parse', archive, '--json', '--jobs', '2', '--today', '2026-06-10']
    const [utc, pacific] = await Promise.all([directive(args, {env: {TZ: 'UTC'}}), directive(args, {env: {TZ: 'America/Los_Angeles'}})])
    expect(utc.code).toBe(0)
    expect(pacific.stdout).toBe(utc.stdout)
  })

  const usage: Array<{name: string; args: string[]; stderr: RegExp}> = [
    {name: '--jobs without --json', args: ['parse', seed, '--jobs', '2'], stderr: /--jobs and --unordered write NDJSON records: add --json/},
    {name: '--unordered with another format', args: ['parse', seed, '--format', 'text', '--unordered'], stderr: /add --json \(got --format text\)/},
    {name: '--jobs 0', args: ['parse', seed, '--json', '--jobs', '0'], stderr: /expected a whole number of jobs/},
    {name: '--jobs two', args: ['parse', seed, '--json', '--jobs', 'two'], stderr: /expected a whole number of jobs/}
  ]
  for (const testCase of usage) {
    it(`usage error: ${testCase.name}`, async () => {
      const result = await directive(testCase.args)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(testCase.stderr)
    })
  }

  it('a directory without --json is one outline of its notices (issue 20, item 6), and plain files keep bare models', async () => {
    const directory = await directive(['parse', archive, '--quiet'])
    expect(directory.code, directory.stderr).toBe(0)
    expect(directory.stdout).not.toContain('"schemaVersion"')
    const plain = await directive(['parse', 'fixtures/corpus/010.txt', 'fixtures/corpus/011.txt', '--json'])
    expect(records(plain.stdout).map((line) => Object.keys(line)[0])).toEqual(['schemaVersion', 'schemaVersion'])
    expect(plain.stderr).toBe('')
  })
})

describe('glob', () => {
  const table: Array<[pattern: string, base: string, path: string, matches: boolean]> = [
    ['*.txt', '.', 'a.txt', true],
    ['*.txt', '.', 'dir/a.txt', false],
    ['*.txt', '.', '.hidden.txt', false],
    ['fixtures/corpus/0?0.txt', 'fixtures/corpus', '010.txt', true],
    ['fixtures/corpus/0?0.txt', 'fixtures/corpus', '011.txt', false],
    ['docs/**/*.md', 'docs', 'a.md', true],
    ['docs/**/*.md', 'docs', '2026/06/a.md', true],
    ['docs/**/*.md', 'docs', '2026/.old/a.md', false],
    ['docs/**/*.md', 'docs', '2026/a.txt', false],
    ['in/*.{txt,md}', 'in', 'x.md', true],
    ['in/*.{txt,md}', 'in', 'x.markdown', false],
    ['in/[!a]*.txt', 'in', 'a1.txt', false],
    ['in/[!a]*.txt', 'in', 'b1.txt', true],
    ['in/[a-c].txt', 'in', 'b.txt', true],
    ['/abs/*/x.txt', '/abs', 'y/x.txt', true],
    ['a+b(1)/*.txt', 'a+b(1)', 'n.txt', true],
    ['**', '.', 'a/b/c', true]
  ]
  for (const [pattern, base, path, matches] of table) {
    it(`${pattern} ${matches ? 'matches' : 'does not match'} ${path}`, () => {
      const glob = compileGlob(pattern)
      expect(glob.base).toBe(base)
      expect(glob.matches(path)).toBe(matches)
    })
  }

  it('prunes directories that cannot hold a match', () => {
    const glob = compileGlob('docs/202[56]/*.md')
    expect(glob.base).toBe('docs')
    expect(glob.mayContain('2026')).toBe(true)
    expect(glob.mayContain('2024')).toBe(false)
    expect(glob.mayContain('2026/06')).toBe(false)
    expect(compileGlob('docs/**/*.md').mayContain('a/b/c')).toBe(true)
  })

  it('tells patterns from paths', () => {
    expect(['a.txt', 'dir/b.md', '-'].map(isGlob)).toEqual([false, false, false])
    expect(['*.txt', 'a?.md', '[ab].txt', '{a,b}.txt'].map(isGlob)).toEqual([true, true, true, true])
  })

  it('matches a long name that almost matches without backtracking (a backtracking matcher never ends here)', () => {
    const glob = compileGlob('*a*a*a*a*a*a*b')
    expect(glob.matches('a'.repeat(5000))).toBe(false)
  })
})

describe('expandInputs', () => {
  it('keeps arguments in order and passes missing files through for reading to report', async () => {
    const inputs = await expandInputs(['missing.txt', join(archive, '2026'), '-'])
    expect(inputs).toEqual([{file: 'missing.txt', unreadable: 'no such file'}, {file: join(archive, '2026/06/c.txt'), regularOnly: true}, {file: '-'}])
  })

  it('names a directory without notices', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'directive-empty-'))
    expect(await expandInputs([empty])).toEqual([{file: empty, problem: 'no notices (*.txt, *.md) in this directory'}])
  })
})

describe('progress', () => {
  it('renders done/total, percent, rate and ETA', () => {
    expect(renderProgress({done: 500, failed: 0, total: 2000, elapsed: 4000})).toBe(
      '[######------------------]   500/2000   25%  125 files/s  ETA 12s'
    )
    expect(renderProgress({done: 3, failed: 1, total: 4, elapsed: 2000})).toBe('[##################------]  3/4   75%  1.5 files/s  ETA 1s  1 failed')
    expect(renderProgress({done: 0, failed: 0, total: 10, elapsed: 0})).toBe('[------------------------]   0/10    0%  0.0 files/s  ETA ?')
  })

  it('formats durations', () => {
    expect([0.2, 59, 61, 3599, 3725].map(duration)).toEqual(['1s', '59s', '1m01s', '59m59s', '1h02m'])
  })

  it('draws on a terminal only, at most every 100 ms', () => {
    const written: string[] = []
    let now = 0
    const terminal = new ProgressBar({write: (text: string) => written.push(text), isTTY: true}, () => now)
    const state = {done: 1, failed: 0, total: 2, elapsed: 1000}
    terminal.update(state, true)
    now = 50
    terminal.update(state)
    now = 150
    terminal.update(state)
    terminal.clear()
    expect(written).toEqual([
      '\r\u001B[K[############------------]  1/2   50%  1.0 files/s  ETA 1s',
      '\r\u001B[K[############------------]  1/2   50%  1.0 files/s  ETA 1s',
      '\r\u001B[K'
    ])
    const log: string[] = []
    const file = new ProgressBar({write: (text: string) => log.push(text)}, () => now)
    file.update(state, true)
    file.clear()
    expect(log).toEqual([])
  })
})

/**
 * The CLI contract (MODEL.md "The command line"): one case table, run by spawning bin/directive.js as a
 * user would, checking stdout, stderr and the exit code.
 */
import {mkdtempSync, readFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {directive} from './spawn.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'

interface Case {
  name: string
  args: string[]
  stdin?: string
  code: number
  stdout?: RegExp
  stderr?: RegExp
  emptyStdout?: boolean
}

const cases: Case[] = [
  {name: 'no arguments prints help to stderr', args: [], code: 2, stderr: /Usage: directive/, emptyStdout: true},
  {name: '--help', args: ['--help'], code: 0, stdout: /Exit codes:[\s\S]*Examples:/},
  {name: '--version', args: ['--version'], code: 0, stdout: /^\d+\.\d+\.\d+\n$/},
  {name: 'unknown command', args: ['frobnicate'], code: 2, stderr: /unknown command/, emptyStdout: true},
  {name: 'parse without a file', args: ['parse'], code: 2, stderr: /missing required argument/},
  {name: 'missing file', args: ['parse', 'nope.txt'], code: 2, stderr: /^directive: nope\.txt: no such file\n$/, emptyStdout: true},
  {name: 'a directory without notices', args: ['parse', 'src/cli'], code: 2, stderr: /^directive: src\/cli: no notices \(\*\.txt, \*\.md\) in this directory\n$/},
  {name: 'binary data', args: ['parse', 'fixtures/cli/binary.bin'], code: 2, stderr: /binary\.bin: this looks like binary data/},
  {name: 'a PDF', args: ['parse', 'fixtures/cli/scan.pdf'], code: 2, stderr: /scan\.pdf: this is a PDF file; extract its text first/},
  {name: 'a legacy 8-bit encoding is converted', args: ['parse', 'fixtures/cli/tcvn3.txt', '--json'], code: 0, stdout: /"encoding": "tcvn3"/},
  {name: 'bad --ref', args: ['parse', seed, '--ref', '2026-02-30'], code: 2, stderr: /expected a date as YYYY-MM-DD/},
  {name: 'bad --format', args: ['parse', seed, '--format', 'pdf'], code: 2, stderr: /Allowed choices are/},
  {name: 'readable outline by default', args: ['parse', seed], code: 0, stdout: /^Đến: số 41037, ngày 06\/06\/2026$[\s\S]*Nhiệm vụ \(\d+\):[\s\S]*7\.2\./m},
  {name: 'outline: an incoming stamp whose number and date OCR lost', args: ['parse', 'fixtures/corpus/026.txt'], code: 0, stdout: /^Đến: \(số và ngày không đọc được\)$/m},
  {name: 'stdin with -', args: ['parse', '-', '--json'], stdin: 'Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.', code: 0, stdout: /"path": null/},
  {name: 'schema', args: ['schema'], code: 0, stdout: /"\$schema": "https:\/\/json-schema\.org\/draft\/2020-12\/schema"/},
  {name: 'dates as JSON', args: ['dates', 'hoàn thành trước ngày 30/6/2026', '--ref', '2026-06-01', '--json'], code: 0, stdout: /"start": "2026-06-30"/},
  // Issue 20, item 12: a date that does not exist is said to be one, with why, not "no dates found" alone.
  {
    name: 'dates: a date that does not exist',
    args: ['dates', 'xong trước 30/02/2026', '--ref', '2026-06-01'],
    code: 0,
    stdout: /^“30\/02\/2026” is not a valid date: 30 February does not exist \(February 2026 has 28 days\)\nno dates found \(reference 2026-06-01\)\n$/
  },
  {
    name: 'dates: beside the dates found',
    args: ['dates', 'từ 01/02/2026 đến ngày 15 tháng 13 năm 2026', '--ref', '2026-06-01'],
    code: 0,
    stdout: /\n“ngày 15 tháng 13 năm 2026” is not a valid date: there is no month 13\n\(reference 2026-06-01\)\n$/
  },
  {
    name: 'dates --json: the array as before, the reason on stderr',
    args: ['dates', 'xong trước 30/02/2026', '--ref', '2026-06-01', '--json'],
    code: 0,
    stdout: /^\[\]\n$/,
    stderr: /^directive: “30\/02\/2026” is not a valid date: 30 February does not exist \(February 2026 has 28 days\)\n$/
  },
  // Issue 20, item 11: standard input is named in words, not "-".
  {name: 'a PDF on standard input', args: ['parse', '-'], stdin: '%PDF-1.7\n1 0 obj\n', code: 2, stderr: /^directive: standard input: this is a PDF file/, emptyStdout: true},
  {name: 'a PDF on standard input, batch', args: ['parse', '-', '--json', '--jobs', '1'], stdin: '%PDF-1.7\n1 0 obj\n', code: 2, stderr: /^directive: standard input: this is a PDF file/}
]

describe('directive (spawned)', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const result = await directive(testCase.args, testCase.stdin === undefined ? {} : {stdin: testCase.stdin})
      expect(result.code, result.stderr).toBe(testCase.code)
      if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout)
      if (testCase.stderr) expect(result.stderr).toMatch(testCase.stderr)
      if (testCase.emptyStdout) expect(result.stdout).toBe('')
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }

  it('prints one JSON document per line for several files, in the order given', async () => {
    const result = await directive(['parse', seed, 'fixtures/corpus/010.txt', '--json'])
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((line) => (JSON.parse(line) as {source: {path: string}}).source.path)).toEqual([seed, 'fixtures/corpus/010.txt'])
  })

  it('keeps going past a bad file, then exits 1 (2 when no file could be read)', async () => {
    const result = await directive(['parse', seed, 'missing.txt', '--json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('directive: missing.txt: no such file\n')
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('writes -o files whole', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'directive-'))
    const out = join(directory, 'seed.json')
    const result = await directive(['parse', seed, '--json', '-o', out])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect((JSON.parse(readFileSync(out, 'utf8')) as {schemaVersion: number}).schemaVersion).toBe(1)
    const failed = await directive(['parse', 'missing.txt', '--json', '-o', join(directory, 'none.json')])
    expect(failed.code).toBe(2)
    expect(existsSync(join(directory, 'none.json'))).toBe(false)
  })

  it('takes the format from the -o extension when no format is asked for', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'directive-'))
    const written = async (name: string, ...flags: string[]): Promise<string> => {
      const result = await directive(['parse', seed, '--today', '2026-06-10', ...flags, '-o', join(directory, name)])
      expect(result).toMatchObject({code: 0, stdout: ''})
      return readFileSync(join(directory, name), 'utf8')
    }

    expect(await written('deadlines.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(await written('DEADLINES.ICS')).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect((JSON.parse(await written('seed.ndjson')) as {schemaVersion: number}).schemaVersion).toBe(1)
    expect(await written('tasks.csv')).toMatch(/^\uFEFF/)
    expect(await written('review.html')).toMatch(/^<!doctype html>/i)
    expect(await written('checklist.md')).toMatch(/- \[ \] /)
    // An explicit format wins; an extension no format has is refused (test/cli/output-format.test.ts), a name without one gets the outline.
    expect(await written('calendar.ics', '--json')).toMatch(/^\{/)
    expect(await written('outline.ics', '--format', 'text')).not.toMatch(/BEGIN:VCALENDAR/)
    expect(await written('notes.log', '--format', 'text')).toMatch(/^Thông báo/)
    expect(await written('OUTLINE.TXT')).toMatch(/^Thông báo/)
    expect(await written('outline')).toMatch(/^Thông báo/)
  })
})

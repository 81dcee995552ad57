/**
 * `directive parse … --ics` as a user runs it: the flags, `-o`, usage errors (exit 2), and the same bytes
 * whatever the machine's time zone.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkCalendar} from './ics-checker.js'
import {directive} from '../spawn.js'

/** Deterministic stamps come from SOURCE_DATE_EPOCH only when a test sets it. */
const noEpoch = {env: {SOURCE_DATE_EPOCH: undefined}}

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0

interface Case {
  name: string
  args: string[]
  env?: Record<string, string>
  code: number
  stdout?: RegExp
  stderr?: RegExp
  events?: number
  todos?: number
  alarms?: number
}

const cases: Case[] = [
  {name: '--ics', args: ['parse', seed, '--ics'], code: 0, stdout: /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/, events: 11, alarms: 22},
  {name: '--format ics', args: ['parse', seed, '--format', 'ics'], code: 0, events: 11},
  {name: '--remind 7d,1d', args: ['parse', seed, '--ics', '--remind', '7d,1d'], code: 0, stdout: /TRIGGER:-P7D\r\n[\s\S]*TRIGGER:-P1D\r\n/, alarms: 22},
  {name: '--remind 2h', args: ['parse', seed, '--ics', '--remind', '2h'], code: 0, stdout: /TRIGGER:-PT2H\r\n/, alarms: 11},
  {name: '--no-remind', args: ['parse', seed, '--ics', '--no-remind'], code: 0, events: 11, alarms: 0},
  {name: '--todo', args: ['parse', seed, '--ics', '--todo'], code: 0, stdout: /DUE;VALUE=DATE:20260605\r\n/, events: 0, todos: 11, alarms: 22},
  {name: '--calendar-name', args: ['parse', seed, '--ics', '--calendar-name', 'Hạn, VP UBND'], code: 0, stdout: /\r\nX-WR-CALNAME:Hạn\\, VP UBND\r\n/},
  {name: 'SOURCE_DATE_EPOCH', args: ['parse', seed, '--ics'], env: {SOURCE_DATE_EPOCH: '1780000000'}, code: 0, stdout: /\r\nDTSTAMP:20260528T202640Z\r\n/},
  {name: 'several files in one calendar', args: ['parse', seed, 'fixtures/corpus/010.txt', '--ics'], code: 0, events: 12},
  {name: 'bad --remind', args: ['parse', seed, '--ics', '--remind', '3x'], code: 2, stderr: /--remind <list>.*3x.*expected reminders like 7d,1d/},
  {name: 'empty --remind', args: ['parse', seed, '--ics', '--remind', ''], code: 2, stderr: /expected reminders like 7d,1d.*--no-remind/},
  {name: 'empty --calendar-name', args: ['parse', seed, '--ics', '--calendar-name', ' '], code: 2, stderr: /expected a calendar name/},
  {name: 'malformed SOURCE_DATE_EPOCH', args: ['parse', seed, '--ics'], env: {SOURCE_DATE_EPOCH: 'now'}, code: 2, stderr: /^directive: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01, got “now”\n$/},
  {name: 'help lists the options', args: ['parse', '--help'], code: 0, stdout: /--ics[\s\S]*--remind <list>[\s\S]*--no-remind[\s\S]*--todo[\s\S]*--calendar-name <name>/}
]

describe('directive parse --ics (spawned)', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const result = await directive(testCase.args, {env: {SOURCE_DATE_EPOCH: undefined, ...testCase.env}})
      expect(result.code, result.stderr).toBe(testCase.code)
      if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout)
      if (testCase.stderr) expect(result.stderr).toMatch(testCase.stderr)
      if (testCase.code !== 0) expect(result.stdout).toBe('')
      if (testCase.events !== undefined) expect(count(result.stdout, /\r\nBEGIN:VEVENT\r\n/g)).toBe(testCase.events)
      if (testCase.todos !== undefined) expect(count(result.stdout, /\r\nBEGIN:VTODO\r\n/g)).toBe(testCase.todos)
      if (testCase.alarms !== undefined) expect(count(result.stdout, /\r\nBEGIN:VALARM\r\n/g)).toBe(testCase.alarms)
      if (result.stdout.startsWith('BEGIN:VCALENDAR')) expect(checkCalendar(result.stdout)).toEqual([])

      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }

  it('gives the same bytes for --ics and --format ics, and -o x.ics writes them', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'directive-ics-'))
    const out = join(directory, 'x.ics')
    const [shortcut, format, written] = await Promise.all([
      directive(['parse', seed, '--ics'], noEpoch),
      directive(['parse', seed, '--format', 'ics'], noEpoch),
      directive(['parse', seed, '--ics', '-o', out], noEpoch)
    ])
    expect(format.stdout).toBe(shortcut.stdout)
    expect(written.code).toBe(0)
    expect(written.stdout).toBe('')
    expect(readFileSync(out)).toEqual(Buffer.from(shortcut.stdout, 'utf8'))
  })

  it('gives byte-identical output whatever the machine’s TZ', async () => {
    const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'America/Los_Angeles']
    for (const args of [['parse', seed, '--ics'], ['parse', seed, '--ics', '--todo']]) {
      const outputs = await Promise.all(zones.map((zone) => directive(args, {env: {SOURCE_DATE_EPOCH: undefined, TZ: zone}})))
      for (const output of outputs) expect(output.code, output.stderr).toBe(0)
      for (const output of outputs.slice(1)) expect(output.stdout).toBe(outputs[0]?.stdout)
    }
  })
})

/** `directive parse FILE... --checklist` spawned as a user runs it: output, exit codes, usage errors. */
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'
import {listItems, parseMarkdown} from './markdown-tree.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const today = ['--today', '2026-06-10']

interface Case {
  name: string
  args: string[]
  code: number
  stdout?: RegExp
  stderr?: RegExp
}

const cases: Case[] = [
  {name: '--checklist', args: ['parse', seed, '--checklist', ...today], code: 0, stdout: /^# Danh sách nhiệm vụ\n[\s\S]*\n## Quá hạn \(1\)\n\n- \[ \] 05\/06\/2026 \(quá hạn 5 ngày\) — II\.7\.2 \(1\)\(i\) /u},
  {name: '--format checklist', args: ['parse', seed, '--format', 'checklist', ...today], code: 0, stdout: /\n## Đến hạn trong 7 ngày \(2\)\n/u},
  {name: '--group-by assignee', args: ['parse', seed, '--checklist', '--group-by', 'assignee', ...today], code: 0, stdout: /\n## Ban Tổ chức Thành ủy \(7\)\n\n### Chủ trì \(7\)\n/u},
  {name: '--lang en', args: ['parse', seed, '--checklist', '--lang', 'en', ...today], code: 0, stdout: /\n## Overdue \(1\)\n\n- \[ \] 05\/06\/2026 \(5 days overdue\) — .* Lead: \*\*Ban Tổ chức Thành ủy\*\*; Support: /u},
  {name: 'bad --group-by', args: ['parse', seed, '--checklist', '--group-by', 'body'], code: 2, stderr: /option '--group-by <key>' argument 'body' is invalid\. expected one of urgency, deadline, assignee, document, got “body”/u},
  {name: 'bad --lang', args: ['parse', seed, '--checklist', '--lang', 'fr'], code: 2, stderr: /expected one of vi, en, got “fr”/u},
  {name: 'bad --today', args: ['parse', seed, '--checklist', '--today', '10/06/2026'], code: 2, stderr: /expected a date as YYYY-MM-DD/u},
  // --full is declared by the outline too (the first format), and listed once.
  {name: 'help lists the format and its options', args: ['parse', '--help'], code: 0, stdout: /--full[\s\S]*--checklist[\s\S]*--group-by <key>[\s\S]*--lang <lang>[\s\S]*checklist +a Markdown \(GFM\) task list/u}
]

describe.concurrent('directive parse --checklist (spawned)', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const result = await directive(testCase.args)
      expect(result.code, result.stderr).toBe(testCase.code)
      if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout)
      if (testCase.stderr) expect(result.stderr).toMatch(testCase.stderr)
      if (testCase.code !== 0) expect(result.stdout).toBe('')
      expect(result.stderr).not.toMatch(/\n\s+at /u)
    })
  }

  it('is the same on any machine time zone, and valid GFM with several files', async () => {
    const args = ['parse', seed, 'fixtures/corpus/035.txt', '--checklist', ...today]
    const [here, there] = await Promise.all([directive(args, {env: {TZ: 'Pacific/Kiritimati'}}), directive(args, {env: {TZ: 'America/Los_Angeles'}})])
    expect(here.code).toBe(0)
    expect(there.stdout).toBe(here.stdout)
    const items = listItems(parseMarkdown(here.stdout))
    // 19 items for the founding notice, 89 for 035 (its appendix table has 14 rows).
    expect(items.length).toBe(108)
    for (const item of items) expect(item.checked).toBe(false)
  })

  it('writes the checklist to -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'directive-')), 'tasks.md')
    const [printed, written] = await Promise.all([
      directive(['parse', seed, '--checklist', ...today]),
      directive(['parse', seed, '--checklist', ...today, '-o', out])
    ])
    expect(written.code).toBe(0)
    expect(written.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)
  })
})

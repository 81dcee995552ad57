/**
 * Issue 20, item 8: a folder of notices also holds a README. A file a directory walk or a glob finds
 * that is not a notice at all (no document type, header or Vietnamese tasks) is skipped with a note, in
 * `validate` and in batch `parse`; it is no error and no failure. A notice that was read badly (a lost header) is
 * still checked, and a file named as it is keeps being read (validate says it is not a notice).
 */
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, run, scratch, seed} from './child.js'

const readme = "# Notices\n\nThis folder holds the week's notices as text files. Run the check before committing.\n"
const note = 'not a notice (no document type, header or Vietnamese tasks)'

/** notices/ with the seed notice and a README, in a fresh directory. */
function folder(extra: Record<string, string> = {}): string {
  const directory = scratch('directive-not-a-notice-')
  mkdirSync(join(directory, 'notices'))
  copyFileSync(seed, join(directory, 'notices/a.txt'))
  writeFileSync(join(directory, 'notices/README.md'), readme)
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(directory, 'notices', name), text)
  return directory
}

interface Report {
  path: string
  errorCount: number
  diagnostics: Array<{ruleId: string}>
}

describe('validate DIR', () => {
  it('skips a README in the folder with a note, and passes', async () => {
    const cwd = folder()
    const result = await run(['validate', 'notices/', '--format', 'json'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toBe(`directive: notices/README.md: ${note}, skipped\n`)
    expect((JSON.parse(result.stdout) as Report[]).map((file) => file.path)).toEqual(['notices/a.txt'])
  })

  it('skips a README in English with bullets, an example notice and an impossible example date', async () => {
    const english = [
      '# Notices',
      '',
      '- `parse` writes each notice in one format; several files give one output.',
      '- `validate` checks them against the rules (no 30/02/2026, no month 13).',
      '',
      'What the outline shows:',
      '',
      '```text',
      '1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.',
      '```',
      '',
      '```yaml',
      'steps:',
      '  - uses: actions/checkout@v4',
      '  - run: npx --no-install directive validate notices/',
      '```',
      ''
    ].join('\n')
    const cwd = folder({'HOWTO.md': english})
    copyFileSync(join(root, 'README.md'), join(cwd, 'notices/README.md'))
    const result = await run(['validate', 'notices/', '--format', 'json'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toBe(`directive: notices/HOWTO.md: ${note}, skipped\ndirective: notices/README.md: ${note}, skipped\n`)
  })

  it('skips it when a glob finds it too', async () => {
    const cwd = folder()
    const result = await run(['validate', 'notices/*', '--format', 'json'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toBe(`directive: notices/README.md: ${note}, skipped\n`)
  })

  it('still checks a notice whose header was lost, and one with a header but no tasks', async () => {
    const cwd = folder({
      'no-header.txt': '1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, hoàn thành trước ngày 30/6/2026.\n',
      'no-tasks.txt': 'THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân thành phố\n\nChủ tịch đã nghe báo cáo.\n'
    })
    const result = await run(['validate', 'notices/', '--format', 'json'], {cwd})
    expect(result.code, result.stderr).toBe(1)
    const files = JSON.parse(result.stdout) as Report[]
    expect(files.map((file) => file.path)).toEqual(['notices/a.txt', 'notices/no-header.txt', 'notices/no-tasks.txt'])
    expect(files[2]?.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('no-tasks')
  })

  it('checks nothing when only non-notices were found: exit 2, as for an empty folder', async () => {
    const directory = scratch('directive-not-a-notice-')
    writeFileSync(join(directory, 'README.md'), readme)
    const result = await run(['validate', '.'], {cwd: directory})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`directive: README.md: ${note}, skipped\ndirective: no notices to check: every file found is not a notice\n`)
  })
})

describe('validate FILE', () => {
  it('checks a file named as it is, and says it is not a notice', async () => {
    const cwd = folder()
    const result = await run(['validate', 'notices/README.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`directive: notices/README.md: ${note}, checked as one because it was named\n`)
    expect(result.stdout).toContain('no-tasks')
  })
})

describe('parse DIR --json (batch)', () => {
  it('writes a skipped record for the README, which is no failure', async () => {
    const cwd = folder()
    const result = await run(['parse', 'notices', '--json', '--jobs', '1'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.map((record) => [record['file'], record['ok'], record['skipped'] ?? null])).toEqual([
      ['notices/README.md', false, note],
      ['notices/a.txt', true, null]
    ])
    expect(records[0]).not.toHaveProperty('error')
    expect(result.stderr).toMatch(new RegExp(`^directive: notices/README\\.md: ${note.replace(/[()]/g, '\\$&')}, skipped\\n`))
    expect(result.stderr).toMatch(/\ndirective: 1 done, 0 failed, 1 skipped \(not notices\), 2 files in /)
  })

  it('keeps today’s behaviour for a file named as it is', async () => {
    const cwd = folder()
    const result = await run(['parse', 'notices/README.md', '--json'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,/)
  })
})

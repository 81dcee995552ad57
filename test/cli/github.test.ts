/**
 * `validate --format github` with hostile file names and messages (issue 19, item 2). The runner takes
 * every line of the log that starts with `::` (after leading spaces) as a command, so the only such lines
 * may be directive's own annotations, whatever the names of the files and the text of the notices; and
 * no ESC or BEL from a document reaches the log.
 */
import {copyFileSync, mkdirSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import github from '../../src/report/github.js'
import {createChalk} from '../../src/report/color.js'
import {rules} from '../../src/rules/index.js'
import type {Diagnostic} from '../../src/model/schema.js'
import {run, scratch, seed} from './child.js'

/** An annotation directive writes: a severity, `file=` first, `title=directive(<rule>)` last. */
const ours = /^::(?:error|warning|notice) file=[^,:\n]*(?:,(?:line|endLine|col|endColumn)=\d+)*,title=directive\([\w-]+\)::/u

/** Lines the runner would read as commands: trimmed, they start with `::` or the older `##[`. */
function commands(log: string): string[] {
  return log.split('\n').filter((line) => /^(?:::|##\[)/u.test(line.trimStart()))
}

const forged = 'g/d\n::error file=evil.js,line=1::PWNED\n.txt'

describe('github reporter', () => {
  it('escapes paths and messages in annotations and in the findings past the limit', () => {
    const diagnostics: Diagnostic[] = Array.from({length: 24}, (_, index) => ({
      ruleId: 'task-without-deadline',
      severity: 'warning',
      message: `Unexpected “\u001B]52;c;cm0gLXJmIH4K\u0007 \u001B[2J ${index}\n::error::PWNED”`,
      position: {start: {line: index + 1, column: 1, offset: 0}, end: {line: index + 1, column: 4, offset: 3}}
    }))
    const out = github.report(
      [
        {path: forged, diagnostics},
        {path: '::warning file=x.js::PWNED.txt', diagnostics}
      ],
      {rules, chalk: createChalk(0), env: {}, version: '0.0.0', lang: 'en'}
    )
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u)
    const found = commands(out)
    expect(found).toHaveLength(10)
    for (const line of found) expect(line).toMatch(ours)
    expect(out).toContain('  g/d\\x0A::error file=evil.js,line=1::PWNED\\x0A.txt:11:1-11:4: warning: ')
    expect(out).toContain('  ./::warning file=x.js::PWNED.txt:1:1-1:4: warning: ')
  })
})

describe('validate --format github, spawned', () => {
  it('no file name forges a command, on stdout or stderr', async () => {
    const directory = scratch()
    mkdirSync(join(directory, 'g'))
    // Two copies of the seed: 18 warnings, so some are listed past the annotation limit.
    copyFileSync(seed, join(directory, forged))
    copyFileSync(seed, join(directory, '::error file=evil.js,line=2::PWNED.txt'))
    // A link to nothing, so the name is in a message on stderr.
    symlinkSync('nowhere', join(directory, 'x\n::error file=evil.js,line=3::PWNED\n.txt'))
    const result = await run(['validate', directory, '--format', 'github'])
    const found = commands(`${result.stdout}\n${result.stderr}`)
    expect(found.length).toBeGreaterThan(0)
    for (const line of found) expect(line).toMatch(ours)
    expect(result.stderr).toContain(`directive: ${directory}/x\\x0A::error file=evil.js,line=3::PWNED\\x0A.txt: is a link to nothing (no such file)\n`)
    expect(result.stdout).toContain('more findings not annotated')
    expect(result.code).toBe(1)
  })
})

/**
 * The pieces of `directive validate` that the spawned tests cannot reach easily: workflow-command
 * escaping with hostile text, the annotation limit, glob matching, colour levels on a terminal.
 */
import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {reporters} from '../src/report/index.js'
import github, {escapeData, escapeProperty} from '../src/report/github.js'
import stylish from '../src/report/stylish.js'
import {colorLevel, createChalk} from '../src/report/color.js'
import {compileGlob, isGlob} from '../src/cli/glob.js'
import {rules} from '../src/rules/index.js'
import type {Diagnostic} from '../src/model/schema.js'
import type {FileResult} from '../src/validate/validate.js'

const context = {rules, chalk: createChalk(0), env: {}, version: '0.0.0', lang: 'en' as const}

function at(line: number, column: number, endLine = line, endColumn = column + 3): Diagnostic['position'] {
  return {start: {line, column, offset: 0}, end: {line: endLine, column: endColumn, offset: 1}}
}

describe('github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae')
  })

  it('cannot be made to run another command by the text it quotes', () => {
    const results: FileResult[] = [
      {
        path: 'notices/a,b:c.txt',
        diagnostics: [{ruleId: 'unknown-abbreviation', severity: 'warning', message: 'Unexpected “X\n::error::pwned”, expected 50%', position: at(2, 5)}]
      }
    ]
    const out = github.report(results, context)
    expect(out.split('\n')[0]).toBe(
      '::warning file=notices/a%2Cb%3Ac.txt,line=2,endLine=2,col=5,endColumn=7,title=directive(unknown-abbreviation)::Unexpected “X ::error::pwned”, expected 50%25%0Ahttps://github.com/directive-vn/directive/blob/main/README.md#rule-unknown-abbreviation'
    )
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(1)
  })

  it('annotates a file-level finding without a line, and an unknown rule without a link', () => {
    const results: FileResult[] = [{path: 'a.txt', diagnostics: [{ruleId: 'parser', severity: 'error', message: 'Unexpected end', position: null}]}]
    expect(github.report(results, context).split('\n')[0]).toBe('::error file=a.txt,title=directive(parser)::Unexpected end')
  })

  it('stops at 10 annotations per severity and lists the rest on one line each', () => {
    const diagnostics: Diagnostic[] = Array.from({length: 12}, (_, index) => ({
      ruleId: 'task-without-deadline',
      severity: index % 2 === 0 ? 'info' : 'warning',
      message: `Unexpected ${index}\nsecond line`,
      position: at(index + 1, 1)
    }))
    diagnostics.push(...diagnostics.map((diagnostic) => ({...diagnostic})))
    const lines = github.report([{path: 'a.txt', diagnostics}], context).trimEnd().split('\n')
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(10)
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(10)
    expect(lines).toContain('directive: 4 more findings not annotated (GitHub shows at most 10 per severity and step):')
    expect(lines.filter((line) => line.startsWith('  a.txt:'))).toEqual([
      '  a.txt:9:1-9:4: info: Unexpected 8 second line (task-without-deadline)',
      '  a.txt:10:1-10:4: warning: Unexpected 9 second line (task-without-deadline)',
      '  a.txt:11:1-11:4: info: Unexpected 10 second line (task-without-deadline)',
      '  a.txt:12:1-12:4: warning: Unexpected 11 second line (task-without-deadline)'
    ])
  })

  it('makes absolute paths relative to the checkout', () => {
    const results: FileResult[] = [{path: '/home/runner/work/repo/notices/a.txt', diagnostics: [{ruleId: 'no-tasks', severity: 'error', message: 'x', position: null}]}]
    const out = github.report(results, {...context, env: {GITHUB_WORKSPACE: '/home/runner/work/repo'}})
    expect(out).toMatch(/^::error file=notices\/a\.txt,/)
  })
})

describe('stylish', () => {
  it('keeps every finding on one line', () => {
    const results: FileResult[] = [{path: 'a.txt', diagnostics: [{ruleId: 'no-tasks', severity: 'error', message: 'Unexpected a\nb', position: at(1, 1, 3, 2)}]}]
    expect(stylish.report(results, context)).toContain('  1:1-3:2  error    Unexpected a b  no-tasks\n')
  })

  it('speaks Vietnamese around the messages with lang vi', () => {
    const results: FileResult[] = [
      {path: 'a.txt', diagnostics: [{ruleId: 'no-tasks', severity: 'error', message: 'Không tìm thấy nhiệm vụ', position: at(1, 1)}]},
      {path: 'b.txt', diagnostics: [{ruleId: 'layout-noise', severity: 'info', message: 'Dòng lạ', position: null}]}
    ]
    const out = stylish.report(results, {...context, lang: 'vi'})
    expect(out).toContain('  1:1-1:4  lỗi       Không tìm thấy nhiệm vụ  no-tasks\n')
    expect(out).toContain('  -  lưu ý     Dòng lạ  layout-noise\n')
    expect(out).toContain('✖ 2 vấn đề (1 lỗi, 0 cảnh báo, 1 lưu ý) trong 2 tệp\n')
    expect(out).toMatch(/\nQuy tắc:\n {2}no-tasks {6}https:/)
    expect(stylish.report([{path: 'a.txt', diagnostics: []}], {...context, lang: 'vi'})).toBe('✔ đã kiểm tra 1 tệp, không có vấn đề nào\n')
  })
})

describe('colour level', () => {
  it.each([
    [{}, true, undefined, 1],
    [{}, false, undefined, 0],
    [{NO_COLOR: '1'}, true, undefined, 0],
    [{NO_COLOR: ''}, true, undefined, 1],
    [{TERM: 'dumb'}, true, undefined, 0],
    [{COLORTERM: 'truecolor'}, true, undefined, 3],
    [{TERM: 'xterm-256color'}, true, undefined, 2],
    [{FORCE_COLOR: '2'}, false, undefined, 2],
    [{FORCE_COLOR: ''}, false, undefined, 1],
    [{FORCE_COLOR: 'false'}, true, undefined, 0],
    [{FORCE_COLOR: '1', NO_COLOR: '1'}, false, undefined, 1],
    [{NO_COLOR: '1'}, false, true, 1],
    [{FORCE_COLOR: '3'}, true, false, 0]
  ] as const)('%j, tty %s, flag %s → %i', (env, tty, flag, level) => {
    expect(colorLevel(env, tty, flag)).toBe(level)
  })
})

describe('globs', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'sub/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['0[0-1]*.txt', '013.txt', true],
    ['0[!0-1]*.txt', '013.txt', false],
    ['*.{txt,md}', 'a.md', true],
    ['*.{txt,md}', 'a.pdf', false],
    ['a?c.txt', 'abc.txt', true],
    ['a.txt', 'abtxt', false],
    ['(x)+.txt', '(x)+.txt', true],
    ['a/**/b/*.md', 'a/b/c.md', true],
    ['a/**/b/*.md', 'a/x/y/b/c.md', true],
    ['a/**/b/*.md', 'a/x/y/c.md', false],
    ['**', 'x/y/z.txt', true]
  ])('%s matches %s: %s', (glob, path, matches) => {
    // The matcher takes paths relative to the directory the pattern starts in.
    const compiled = compileGlob(glob)
    const relative = compiled.base === '.' ? path : path.slice(compiled.base.length + 1)
    expect(path.startsWith(compiled.base === '.' ? '' : `${compiled.base}/`) && compiled.matches(relative)).toBe(matches)
  })

  it('tells globs from paths', () => {
    expect(['notices/*.txt', 'a?.md', '[ab].txt', '{a,b}.md'].every(isGlob)).toBe(true)
    expect(isGlob('notices/2026-06 thông báo.txt')).toBe(false)
  })
})

describe('registry', () => {
  it('has every report format, keyed by its file name', () => {
    const files = readdirSync(new URL('../src/report/', import.meta.url))
      .filter((name) => name.endsWith('.ts') && !['reporter.ts', 'index.ts', 'color.ts'].includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort()
    expect(Object.keys(reporters).sort()).toEqual(files)
    for (const [name, reporter] of Object.entries(reporters)) expect(reporter.format).toBe(name)
  })
})

/**
 * Issue 20, item 8: `--ignore GLOB` (repeatable) and `ignores` in `.directiverc.json`, for directory
 * walks and globs, with ESLint flat config semantics: the configuration's patterns relative to its
 * directory, `--ignore` relative to the working directory, nothing implied in front, a directory pattern
 * leaves out all of it. The matcher in-process, then the commands spawned.
 */
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {compileIgnores} from '../../src/cli/ignores.js'
import {run, scratch, seed} from './child.js'

describe('compileIgnores', () => {
  const cwd = '/work/project/notices'
  const base = '/work/project'
  const ignores = (patterns: string[], origin = '.directiverc.json: ignores') => compileIgnores([{patterns, base, origin}], cwd)

  /** `[pattern, path as printed from cwd, ignored as a file]`. */
  const rows: ReadonlyArray<readonly [string, string, boolean]> = [
    ['README.md', '../README.md', true],
    ['README.md', 'README.md', false],
    ['**/README.md', 'README.md', true],
    ['**/README.md', 'sub/deep/README.md', true],
    ['notices/*.md', 'README.md', true],
    ['notices/*.md', 'sub/README.md', false],
    ['notices/**/*.md', 'sub/README.md', true],
    ['notices/drafts', 'drafts/a.txt', true],
    ['notices/drafts/', 'drafts/a.txt', true],
    ['./notices/drafts/', 'drafts/deep/a.txt', true],
    ['notices/drafts/', 'drafts.txt', false],
    ['notices/drafts*', 'drafts.txt', true],
    ['notices/{a,b}.txt', 'b.txt', true],
    ['notices/[a-c].txt', 'd.txt', false],
    ['/work/project/notices/x.txt', 'x.txt', true],
    ['/work/project/notices/x.txt', '/work/project/notices/x.txt', true]
  ]
  for (const [pattern, path, ignored] of rows) {
    it(`${pattern} ${ignored ? 'ignores' : 'keeps'} ${path}`, () => {
      expect(ignores([pattern])?.file(path)).toBe(ignored)
    })
  }

  it('tells directories apart: a pattern ending in / matches directories only', () => {
    expect(ignores(['notices/drafts/'])?.directory('drafts')).toBe(true)
    expect(ignores(['notices/drafts/'])?.file('drafts')).toBe(false)
  })

  it('is undefined without patterns, and refuses what it cannot use, naming where it came from', () => {
    expect(ignores([])).toBeUndefined()
    expect(() => ignores(['a', ''])).toThrow('.directiverc.json: ignores[1]: “”: expected a glob pattern, got an empty one')
    expect(() => ignores(['!keep.txt'], '--ignore')).toThrow('--ignore: “!keep.txt”: negated patterns (!…) are not supported')
  })
})

/** A project: .directiverc.json (optional) at its root, notices/ with a notice, a draft folder and a README-like notice list. */
function project(config?: unknown): string {
  const directory = scratch('directive-ignores-')
  mkdirSync(join(directory, 'notices/drafts'), {recursive: true})
  copyFileSync(seed, join(directory, 'notices/a.txt'))
  copyFileSync(seed, join(directory, 'notices/b.txt'))
  copyFileSync(seed, join(directory, 'notices/drafts/c.txt'))
  if (config !== undefined) writeFileSync(join(directory, '.directiverc.json'), JSON.stringify(config))
  return directory
}

const paths = (stdout: string): string[] => (JSON.parse(stdout) as Array<{path: string}>).map((file) => file.path)

describe('validate --ignore', () => {
  it('leaves out of a directory what the patterns match, relative to the working directory', async () => {
    const cwd = project()
    const result = await run(['validate', 'notices', '--format', 'json', '--ignore', 'notices/drafts/', '--ignore', 'notices/b.txt'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(paths(result.stdout)).toEqual(['notices/a.txt'])
  })

  it('applies to globs, not to a file named as it is', async () => {
    const cwd = project()
    const result = await run(['validate', 'notices/**/*.txt', 'notices/b.txt', '--format', 'json', '--ignore', '**/b.txt', '--ignore', 'notices/drafts'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(paths(result.stdout)).toEqual(['notices/a.txt', 'notices/b.txt'])
  })

  it('exits 2 when an argument leaves nothing that is not ignored', async () => {
    const cwd = project()
    const result = await run(['validate', 'notices/drafts', '--ignore', 'notices/drafts/*.txt'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('directive: notices/drafts: no notices (*.txt, *.md) in this directory that are not ignored (--ignore, or "ignores" in the configuration)\n')
  })

  it('refuses a negated pattern (exit 2)', async () => {
    const cwd = project()
    const result = await run(['validate', 'notices', '--ignore', '!notices/a.txt'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^directive: --ignore: “!notices\/a\.txt”: negated patterns/)
  })
})

describe('"ignores" in .directiverc.json', () => {
  it('is relative to the directory of the configuration, wherever validate runs', async () => {
    const directory = project({ignores: ['notices/drafts/']})
    const result = await run(['validate', '.', '--format', 'json'], {cwd: join(directory, 'notices')})
    expect(result.code, result.stderr).toBe(0)
    expect(paths(result.stdout)).toEqual(['a.txt', 'b.txt'])
  })

  it('adds to --ignore', async () => {
    const cwd = project({ignores: ['notices/drafts/']})
    const result = await run(['validate', 'notices', '--format', 'json', '--ignore', 'notices/a.txt'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(paths(result.stdout)).toEqual(['notices/b.txt'])
  })

  it('is checked like the rest of the file (exit 2, naming the key)', async () => {
    const cwd = project({ignores: 'notices/drafts'})
    const result = await run(['validate', 'notices'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('directive: .directiverc.json: ignores: expected an array of glob patterns\n')
  })

  it('applies to batch parse too, with --ignore', async () => {
    const cwd = project({ignores: ['notices/drafts/']})
    const result = await run(['parse', 'notices', '--json', '--jobs', '1', '--ignore', 'notices/b.txt'], {cwd})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {file: string}).file)).toEqual(['notices/a.txt'])
  })
})

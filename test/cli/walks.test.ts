/**
 * Directory walks skip nothing silently (issue 19, items 4, 5 and 13): a subdirectory that cannot be
 * listed, links that point at each other, a path past PATH_MAX and a `.txt` link to /dev/zero are each
 * a failed record and a message, never "done" or "no notices"; a name that is not UTF-8 is read and
 * printed escaped. Runs as user `nobody` under root, who could read the locked directory.
 */
import {chmodSync, copyFileSync, mkdirSync, renameSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run, scratch, seed, sh, unprivileged} from './child.js'

interface Record {
  file: string
  ok: boolean
  error?: string
}

let tree = ''

beforeAll(() => {
  tree = join(scratch(), 'notices')
  mkdirSync(tree)
  copyFileSync(seed, join(tree, 'ok.txt'))
  // `café.txt` as Latin-1 bytes: the file system gives bytes that are not UTF-8.
  copyFileSync(seed, Buffer.from(`${tree}/caf\xe9.txt`, 'latin1'))
  mkdirSync(join(tree, 'locked'))
  writeFileSync(join(tree, 'locked/inside.txt'), 'THÔNG BÁO\n')
  chmodSync(join(tree, 'locked'), 0o000)
  symlinkSync('loop-b.txt', join(tree, 'loop-a.txt'))
  symlinkSync('loop-a.txt', join(tree, 'loop-b.txt'))
  symlinkSync('/dev/zero', join(tree, 'zero.txt'))
  // 22 levels of 200-character names: the deepest directories are past PATH_MAX (4096). Made with short
  // names, then renamed from the bottom up, so that no path used here is itself too long.
  const levels = 22
  mkdirSync(join(tree, ...Array.from({length: levels}, () => 'd')), {recursive: true})
  writeFileSync(join(tree, ...Array.from({length: levels}, () => 'd'), 'deep.txt'), 'THÔNG BÁO\n')
  for (let depth = levels; depth >= 1; depth--) {
    const parent = join(tree, ...Array.from({length: depth - 1}, () => 'd'))
    renameSync(join(parent, 'd'), join(parent, 'd'.repeat(200)))
  }
})

afterAll(() => {
  chmodSync(join(tree, 'locked'), 0o755)
  sh(`rm -rf "${join(tree, '..')}"`, '/')
})

describe('a walk reports every entry it could not read', () => {
  it('parse DIR --json: failed records and messages beside the good ones, exit 1', async () => {
    const result = await run(['parse', tree, '--json', '--jobs', '1'], unprivileged)
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record)
    const byName = new Map(records.map((record) => [record.file.slice(tree.length + 1), record]))
    expect(byName.get('ok.txt')?.ok).toBe(true)
    expect(byName.get('caf\\xE9.txt')?.ok, result.stderr).toBe(true)
    expect(byName.get('locked')?.error).toBe(`${tree}/locked: cannot read this directory: permission denied`)
    expect(byName.get('loop-a.txt')?.error).toMatch(/too many levels of symbolic links/)
    expect(byName.get('loop-b.txt')?.error).toMatch(/too many levels of symbolic links/)
    expect(byName.get('zero.txt')?.error).toMatch(/links to a device, not a file$/)
    expect(records.some((record) => !record.ok && record.error?.endsWith('cannot read this directory: path too long'))).toBe(true)
    for (const record of records.filter((each) => !each.ok)) expect(result.stderr).toContain(`directive: ${record.error}\n`)
    expect(result.stderr).toMatch(/directive: 2 done, 5 failed, 7 files in /)
    expect(result.code).toBe(1)
  })

  it('parse LOCKED --json: permission denied, not "no notices", exit 2', async () => {
    const result = await run(['parse', join(tree, 'locked'), '--json'], unprivileged)
    expect(result.stderr).toContain(`directive: ${tree}/locked: cannot read this directory: permission denied\n`)
    expect(result.stderr).not.toContain('no notices')
    expect(result.code).toBe(2)
  })

  it('validate DIR: the readable files are reported, the others named, and the run does not pass', async () => {
    const result = await run(['validate', tree, '--format', 'json'], unprivileged)
    const reported = (JSON.parse(result.stdout) as Array<{path: string}>).map((entry) => entry.path.slice(tree.length + 1))
    expect(reported).toEqual(['caf\\xE9.txt', 'ok.txt'])
    expect(result.stderr).toContain(`directive: ${tree}/locked: cannot read this directory: permission denied\n`)
    expect(result.stderr).toContain(`directive: ${tree}/zero.txt: links to a device, not a file\n`)
    expect(result.code).toBe(1)
  })
})

/**
 * The published package (README "Install"): `npm pack` of the built tree installs into an empty folder
 * and works there without the source tree — the `directive` command (the bundle), batch mode with its
 * worker threads, and the typed library entry point. About 10 s; dependencies come from npm's cache
 * (`npm ci` has filled it), the registry only when they are missing.
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const root = new URL('..', import.meta.url).pathname
const seed = join(root, 'fixtures/corpus/000_6f075bdf8dff8ead.txt')
let folder = ''
let packed: {files: Array<{path: string}>} = {files: []}

beforeAll(async () => {
  const packDirectory = mkdtempSync(join(tmpdir(), 'directive-pack-'))
  // The build is current (`npm test` builds first): packing must not run it again.
  const {stdout} = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDirectory], {cwd: root})
  const [info] = JSON.parse(stdout) as Array<{filename: string; files: Array<{path: string}>}>
  if (!info) throw new Error('npm pack printed nothing')
  packed = info
  folder = mkdtempSync(join(tmpdir(), 'directive-install-'))
  writeFileSync(join(folder, 'package.json'), '{"name": "consumer", "private": true, "type": "module"}\n')
  await exec('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', join(packDirectory, info.filename)], {cwd: folder})
})

describe('npm pack → npm install in an empty folder', () => {
  it('ships the executable, the bundle, the library and its types, and nothing of the source tree', () => {
    const paths = packed.files.map((file) => file.path)
    for (const needed of ['bin/directive.js', 'dist/bundle/main.cjs', 'dist/bundle/main.cjs.cache', 'dist/bundle/worker.js', 'dist/bundle/worker.cjs', 'dist/bundle/worker.cjs.cache', 'bin/load-bundle.js', 'dist/index.js', 'dist/index.d.ts', 'package.json', 'README.md']) {
      expect(paths).toContain(needed)
    }

    expect(paths.filter((path) => /^(src|test|bench|fixtures|scripts)\//.test(path))).toEqual([])
  })

  it('npx directive --version', async () => {
    const {stdout} = await exec('npx', ['--no-install', 'directive', '--version'], {cwd: folder})
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('npx directive parse FILE --json, and a batch through the worker pool', async () => {
    const one = await exec('npx', ['--no-install', 'directive', 'parse', seed, '--json', '--today', '2026-06-10'], {cwd: folder, maxBuffer: 1 << 26})
    const notice = JSON.parse(one.stdout) as {schemaVersion: number; document: {issuer: string | null}; tasks: unknown[]}
    expect(notice.schemaVersion).toBe(1)
    expect(notice.document.issuer).toBe('Ban Thường vụ Thành ủy')
    expect(notice.tasks.length).toBeGreaterThan(10)
    const batch = await exec('npx', ['--no-install', 'directive', 'parse', join(root, 'fixtures/corpus/01*.txt'), '--json', '--jobs', '2'], {cwd: folder, maxBuffer: 1 << 26})
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(6)
    expect(batch.stderr).toMatch(/6 done, 0 failed/)
  })

  it('imports the library by its package name', async () => {
    expect(existsSync(join(folder, 'node_modules/vn-directive/src'))).toBe(false)
    const script = "import {parseNotice} from 'vn-directive'; const n = parseNotice('Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.', {today: '2026-06-10'}); console.log(n.tasks[0].deadlines[0].date)"
    const {stdout} = await exec('node', ['--input-type=module', '-e', script], {cwd: folder})
    expect(stdout).toBe('2026-06-30\n')
  })
})

/**
 * The bundles' code caches (bin/load-bundle.js, scripts/train-code-cache.mjs): built by `npm run build`,
 * accepted by V8 in a fresh process and in a batch's worker thread, and never offered when older than
 * the bundle beside it.
 */
import {execFile} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, utimesSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const root = new URL('..', import.meta.url).pathname
const loader = pathToFileURL(join(root, 'bin/load-bundle.js')).href
// The flags bin/directive.js sets first, which the cache was made under.
const flags = pathToFileURL(join(root, 'bin/v8-flags.js')).href
const pool = pathToFileURL(join(root, 'dist/cli/pool.js')).href

/** Loads `bundle` the way bin/directive.js does, in a process of its own, and says what V8 did with the cache. */
async function load(bundle: string): Promise<{offered: boolean; rejected: boolean; main: string}> {
  const script = `import ${JSON.stringify(flags)}
import {loadBundle} from ${JSON.stringify(loader)}
const {exports, script} = loadBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}))
console.log(JSON.stringify({offered: script.cachedDataRejected !== undefined, rejected: script.cachedDataRejected === true, main: typeof exports.main}))`
  const {stdout} = await exec(process.execPath, ['--input-type=module', '-e', script])
  return JSON.parse(stdout) as {offered: boolean; rejected: boolean; main: string}
}

describe('code cache of the command-line bundle', () => {
  it('is accepted in a fresh process', async () => {
    expect(await load(join(root, 'dist/bundle/main.cjs'))).toEqual({offered: true, rejected: false, main: 'function'})
  })

  // The thread runs what dist/bundle/worker.js runs, under the flags of the process that starts it: those
  // of bin/directive.js, then those the pool adds, with a core to spare or none.
  it.each([
    ['one job', 1],
    ['a job per core', availableParallelism()]
  ])('of the batch worker is accepted in its worker thread (%s)', async (_name, jobs) => {
    const thread = `import {loadBundle} from ${JSON.stringify(loader)}
import {parentPort} from 'node:worker_threads'
const {exports, script} = loadBundle(new URL(${JSON.stringify(pathToFileURL(join(root, 'dist/bundle/worker.cjs')).href)}))
parentPort.postMessage({offered: script.cachedDataRejected !== undefined, rejected: script.cachedDataRejected === true, runTask: typeof exports.runTask})`
    const script = `import ${JSON.stringify(flags)}
import {availableParallelism} from 'node:os'
import {setFlagsFromString} from 'node:v8'
import {Worker} from 'node:worker_threads'
import {batchV8Flags} from ${JSON.stringify(pool)}
setFlagsFromString(batchV8Flags(${jobs}, availableParallelism()))
const worker = new Worker(new URL('data:text/javascript,' + encodeURIComponent(${JSON.stringify(thread)})))
// The bundled worker listens for tasks until it is stopped.
worker.once('message', (answer) => (console.log(JSON.stringify(answer)), worker.terminate()))`
    const {stdout} = await exec(process.execPath, ['--input-type=module', '-e', script])
    expect(JSON.parse(stdout)).toEqual({offered: true, rejected: false, runTask: 'function'})
  })

  it('is not offered when the bundle is newer than it', async () => {
    // The bundle reads ../../package.json when loaded: the copy keeps that layout.
    const folder = mkdtempSync(join(tmpdir(), 'directive-cache-'))
    mkdirSync(join(folder, 'dist/bundle'), {recursive: true})
    copyFileSync(join(root, 'package.json'), join(folder, 'package.json'))
    const bundle = join(folder, 'dist/bundle/main.cjs')
    copyFileSync(join(root, 'dist/bundle/main.cjs'), bundle)
    copyFileSync(join(root, 'dist/bundle/main.cjs.cache'), `${bundle}.cache`)
    utimesSync(`${bundle}.cache`, new Date('2020-01-01'), new Date('2020-01-01'))
    expect(await load(bundle)).toEqual({offered: false, rejected: false, main: 'function'})
  })
})

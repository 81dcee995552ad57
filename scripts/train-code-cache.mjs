/**
 * Writes V8's code caches for the command-line bundles (dist/bundle/main.cjs.cache and worker.cjs.cache,
 * read by bin/load-bundle.js). A cache made right after compiling holds only the top-level code; one made
 * after the bundle has worked holds every function that ran. So this loads each bundle the way the
 * command line does and runs on a bundled notice what a user runs: for main.cjs the commands (every
 * output format, validate, dates, schema), output discarded; for worker.cjs a batch's tasks, a notice
 * and a file that is not one. Then it saves what V8 compiled.
 *
 * Its own process (spawned by scripts/bundle.mjs) so that nothing else compiled alongside, and the V8 flags
 * are those of bin/directive.js, for the worker with those a batch adds (src/cli/pool.ts). The training
 * changes nothing but the cache: a failed command fails the build.
 */
import {writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Writable} from 'node:stream'
import {setFlagsFromString} from 'node:v8'
import '../bin/v8-flags.js'
import {loadBundle} from '../bin/load-bundle.js'
import {batchV8Flags} from '../dist/cli/pool.js'

const root = new URL('../', import.meta.url)
const notice = new URL('fixtures/corpus/000_6f075bdf8dff8ead.txt', root).pathname
const runs = [
  ['parse', notice, '--json', '--today', '2026-01-15'],
  ['parse', notice, '--today', '2026-01-15'],
  ...['ics', 'checklist', 'csv', 'html'].map((format) => ['parse', notice, '--format', format, '--today', '2026-01-15']),
  ['validate', notice],
  ['validate', notice, '--format', 'json'],
  ['dates', 'trước ngày 15/12/2026', '--ref', '2026-11-28'],
  ['schema']
]

const {exports, script, cacheFile} = loadBundle(new URL('dist/bundle/main.cjs', root))
const discard = () => new Writable({write: (_chunk, _encoding, done) => done()})
for (const argv of runs) {
  const stderr = []
  const code = await exports.main({
    argv,
    stdout: discard(),
    stderr: new Writable({write: (chunk, _encoding, done) => (stderr.push(String(chunk)), done())}),
    env: {},
    readStdin: async () => new Uint8Array()
  })
  // validate exits 1 when the notice breaks an error rule: still a run that exercised the code.
  if (code !== 0 && !(argv[0] === 'validate' && code === 1)) {
    throw new Error(`directive ${argv.join(' ')} exited ${code}: ${stderr.join('')}`)
  }
}
writeFileSync(cacheFile, script.createCachedData())

// A batch worker reads files found in a directory (`regularOnly`): a notice gets its record, anything
// else is skipped, and both paths are trained, under the flags a batch adds before starting its workers.
setFlagsFromString(batchV8Flags(availableParallelism(), availableParallelism()))
const worker = loadBundle(new URL('dist/bundle/worker.cjs', root))
const tasks = [notice, new URL('package.json', root).pathname].map((file, id) => ({id, file, regularOnly: true}))
for (const task of tasks) {
  const result = await worker.exports.runTask(task, {ref: '2026-01-15'})
  if (result.failure) throw new Error(`batch task ${task.file} failed: ${result.message}`)
}
writeFileSync(worker.cacheFile, worker.script.createCachedData())

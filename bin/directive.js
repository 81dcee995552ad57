#!/usr/bin/env node
// The executable: the only place that touches process.*; everything else is the library in dist/.
// It runs the bundle (dist/bundle/main.cjs, built by `npm run build`: starts faster, README "Performance") unless
// a later `tsc` made dist/cli/ newer, so a plain `tsc` during development is never shadowed by an old bundle.
import './v8-flags.js'
import {loadBundle, modified} from './load-bundle.js'

const bundle = new URL('../dist/bundle/main.cjs', import.meta.url)
const plain = new URL('../dist/cli/main.js', import.meta.url)
const args = process.argv.slice(2)
// `--version` alone needs none of the program: answered before the 2 MB bundle is read, which would be
// most of a version check's time.
const versionOnly = args.length === 1 && (args[0] === '--version' || args[0] === '-V')
const {main} = versionOnly
  ? await import('./version-only.js')
  : modified(bundle) >= modified(plain)
    ? loadBundle(bundle).exports
    : await import(plain.href)

// A reader that has read enough (`directive parse DIR --json | head`) closes the pipe: stop there,
// quietly, as Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

const chunks = []
process.exitCode = await main({
  argv: args,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Stops once more than `limit` bytes arrived (`yes | directive parse -`): the caller reports the excess.
  async readStdin(limit = Infinity) {
    let total = 0
    for await (const chunk of process.stdin) {
      chunks.push(chunk)
      total += chunk.length
      if (total > limit) break
    }

    return new Uint8Array(Buffer.concat(chunks))
  }
})

// Done: leave now rather than when the event loop empties, which first waits for V8's helper threads to
// finish optimising functions nothing will call again (10-15 ms of a 180 ms cold `parse` under V8's
// default budget). Only once every byte has left the process (a pipe on macOS may still hold some):
// otherwise the usual ending lets the streams finish.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit()

#!/usr/bin/env node
// The executable: the only place that touches process.*; everything else is the library in dist/.
// It runs the bundle (dist/bundle/, built by `npm run build`: starts about twice as fast) unless a
// later `tsc` made dist/cli/ newer, so a plain `tsc` during development is never shadowed by an old bundle.
import {statSync} from 'node:fs'
import {setFlagsFromString} from 'node:v8'

// The parser runs hundreds of large regular expressions a few times each: compiling them straight to
// native code skips V8's interpreted first tier, ~20% off a cold `parse` (npm run bench, README "Performance").
setFlagsFromString('--no-regexp-tier-up')

const bundle = new URL('../dist/bundle/main.js', import.meta.url)
const plain = new URL('../dist/cli/main.js', import.meta.url)
const modified = (url) => statSync(url, {throwIfNoEntry: false})?.mtimeMs ?? -1
const {main} = await import(modified(bundle) >= modified(plain) ? bundle.href : plain.href)

const chunks = []
process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  async readStdin() {
    for await (const chunk of process.stdin) chunks.push(chunk)
    return new Uint8Array(Buffer.concat(chunks))
  }
})

#!/usr/bin/env node
// The executable: the only place that touches process.*; everything else is the library in dist/.
import {main} from '../dist/cli/main.js'

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

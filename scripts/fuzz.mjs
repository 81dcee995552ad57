#!/usr/bin/env node
/**
 * `npm run fuzz`: the property of test/robustness/properties.test.ts (generated notices in every encoding
 * the reader takes: a valid, grounded, deterministic model or a clear refusal) on 100,000 inputs instead
 * of the 300 of `npm test`, with a new seed each time.
 *
 * Usage: npm run fuzz [-- RUNS]   (FUZZ_SEED=n repeats a run)
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '100000'
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31)
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
process.stdout.write(`fuzz: ${runs} generated notices, seed ${seed} (FUZZ_SEED=${seed} npm run fuzz -- ${runs} repeats this run)\n`)
const start = Date.now()
const result = spawnSync(process.execPath, [vitest, 'run', 'test/robustness/properties.test.ts'], {
  stdio: 'inherit',
  env: {...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed}
})
process.stdout.write(`fuzz: ${((Date.now() - start) / 1000).toFixed(0)} s\n`)
process.exitCode = result.status ?? 1

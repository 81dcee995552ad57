import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest keeps one core for itself (cores - 1 workers): on the 2-core CI machine that is one worker,
    // while most files wait on spawned CLIs.
    maxWorkers: Math.max(2, availableParallelism()),
    // No test has a time budget: a timeout only stops a test that hangs. A spawned CLI on a machine busy
    // with another test run can take many times its idle time, and must not fail for it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Test files share a worker's module graph instead of loading src/ again each: a third of the suite's
    // CPU time went to importing. No test relies on a fresh module state; the ReDoS test, which watches
    // modules load, resets the graph itself.
    isolate: false
  }
})

import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest keeps one core for itself (cores - 1 workers): on the 2-core CI machine that is one worker,
    // while the ReDoS analysis takes two minutes of one core and most other files wait on spawned CLIs.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 20000
  }
})

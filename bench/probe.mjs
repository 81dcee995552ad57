/**
 * Preloaded into a measured process (`node --import ./bench/probe.mjs …`): at exit, writes the
 * process's peak resident memory (all threads) and CPU time as JSON to the file named by
 * BENCH_PROBE_FILE. Kept out of the cold-start timings, which run without it.
 */
import {writeFileSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const file = process.env.BENCH_PROBE_FILE
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(file, JSON.stringify({maxRssMB: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000}))
  })
}

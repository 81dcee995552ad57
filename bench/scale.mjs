/**
 * Scaling, in a process of its own (so its peak RSS is its own): the seed notice repeated N times as
 * one document, parsed warm; prints the median time, MB and time per MB as JSON. The JIT is warmed
 * on the seed itself first, so every size is measured on the same warmed code.
 *
 *     node bench/scale.mjs SEED N RUNS
 */
import {readFileSync} from 'node:fs'
import {parseNotice} from '../dist/pipeline.js'
import {median} from './stats.mjs'

const [file, times = '1', runs = '5'] = process.argv.slice(2)
const seed = readFileSync(file, 'utf8')
const text = Array.from({length: Number(times)}, () => seed).join('\n\n')
const bytes = new TextEncoder().encode(text)
const options = {path: file, reference: '2026-06-10'}
const warmUntil = performance.now() + 2000
for (let index = 0; index < 10 || performance.now() < warmUntil; index++) parseNotice(seed, options)

const samples = []
for (let index = 0; index < Number(runs); index++) {
  const start = performance.now()
  parseNotice(bytes, options)
  samples.push(performance.now() - start)
}

const medianMs = median(samples)
const megabytes = bytes.length / 1e6
process.stdout.write(
  `${JSON.stringify({times: Number(times), bytes: bytes.length, runs: samples.length, medianMs, msPerMB: medianMs / megabytes, maxRssMB: process.resourceUsage().maxRSS / 1024})}\n`
)

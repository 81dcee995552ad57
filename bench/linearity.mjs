/**
 * Every hostile input of bench/hostile-inputs.mjs, in a process of its own: the CPU time of one size
 * against four times that size. The size doubles from 96 KB until the smaller input takes long enough
 * to time (a run of a few milliseconds is mostly noise), which also makes a super-linear cost stand out.
 * Prints one JSON line per kind: linear means 4× the input costs well under 10× the time.
 *
 *     node bench/linearity.mjs [KIND…]
 */
import {parseNotice} from '../dist/pipeline.js'
import {hostile} from './hostile-inputs.mjs'

const options = {reference: '2026-06-10'}
const base = 96 * 1024

function cpu() {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** Best CPU time of `runs` parses of `text`. */
function time(text, runs = 2) {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = cpu()
    parseNotice(text, options)
    best = Math.min(best, cpu() - start)
  }
  return best
}

const kinds = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(hostile)
for (const kind of kinds) {
  const build = hostile[kind]
  if (!build) throw new Error(`unknown kind: ${kind}`)
  let size = base
  time(build(size), 1) // warm up
  let small = time(build(size))
  while (small < 40 && size < 16 * base) {
    size *= 2
    small = time(build(size))
  }
  const large = time(build(4 * size), small < 250 ? 2 : 1)
  process.stdout.write(`${JSON.stringify({kind, kilobytes: size >> 10, smallMs: small, largeMs: large, ratio: large / Math.max(small, 1)})}\n`)
}

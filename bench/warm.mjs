/**
 * Warm per-document time, in a process of its own (so its peak RSS is its own): the whole pipeline
 * (`parseNotice`, bytes to model) against remark-parse alone on the same text, in interleaved rounds. Also
 * times each extractor by wrapping the registry's `extract` functions, to show where the rest goes.
 * Prints one JSON object.
 *
 *     node bench/warm.mjs FILE [TIME_MS]
 */
import {readFileSync} from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseNotice} from '../dist/pipeline.js'
import {extractors} from '../dist/extract/index.js'
import {normalizeDocument} from '../dist/read/normalize.js'
import {decode} from '../dist/read/decode.js'
import {toMdast} from '../dist/parse/to-mdast.js'
import {toLines} from '../dist/parse/to-lines.js'
import {isPageArtifact, toLayout} from '../dist/parse/layout.js'
import {toSections} from '../dist/parse/sections.js'
import {SourceMap} from '../dist/source/source-map.js'
import {median} from './stats.mjs'

const [file, time = '3000'] = process.argv.slice(2)
const bytes = readFileSync(file)
// The text remark sees in the pipeline: decoded and normalised (NFC, LF).
const text = normalizeDocument(bytes.toString('utf8')).text
const remark = unified().use(remarkParse).freeze()
const remarkWithGfm = unified().use(remarkParse).use(remarkGfm).freeze()
const options = {path: file, reference: '2026-06-10'}

// Interleaved rounds rather than one task after the other: on a shared machine the speed drifts over
// seconds, and a ratio of two medians taken seconds apart carries that drift. Each round times a batch of
// each task back to back; the ratio is the median of the rounds' ratios.
const tasks = {
  pipeline: () => parseNotice(bytes, options),
  'remark-parse': () => remark.parse(text),
  'remark-parse+gfm': () => remarkWithGfm.parse(text)
}
const perRound = 5
const timeOf = (task) => {
  const start = performance.now()
  for (let index = 0; index < perRound; index++) task()
  return (performance.now() - start) / perRound
}
for (const task of Object.values(tasks)) for (let index = 0; index < 50; index++) task()
const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]))
const deadline = performance.now() + Number(time) * Object.keys(tasks).length
while (performance.now() < deadline || samples.pipeline.length < 20) {
  for (const [name, task] of Object.entries(tasks)) samples[name].push(timeOf(task))
}
const result = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, {medianMs: median(values), rounds: values.length}]))
result.ratio = median(samples.pipeline.map((ms, round) => ms / samples['remark-parse'][round]))

// Where the pipeline's time goes: each extractor, timed over repeated runs.
const spent = new Map()
for (const extractor of extractors) {
  const original = extractor.extract
  extractor.extract = (context) => {
    const start = performance.now()
    const value = original.call(extractor, context)
    spent.set(extractor.key, (spent.get(extractor.key) ?? 0) + performance.now() - start)
    return value
  }
}

const runs = 30
const started = performance.now()
for (let index = 0; index < runs; index++) parseNotice(bytes, options)
const totalMs = (performance.now() - started) / runs
const stages = Object.fromEntries([...spent].map(([key, ms]) => [key, ms / runs]))
const extractorsMs = Object.values(stages).reduce((sum, ms) => sum + ms, 0)

// The stages before the extractors, in the order pipeline.ts runs them (a copy of its first lines:
// if those change, this part of the breakdown has to follow).
const before = {decode: 0, normalize: 0, sourceMap: 0, toMdast: 0, toLines: 0, toLayout: 0, toSections: 0}
for (let index = 0; index < runs; index++) {
  let mark = performance.now()
  const lap = (key) => {
    const now = performance.now()
    before[key] += now - mark
    mark = now
  }
  const decoded = decode(bytes, file)
  lap('decode')
  const normalized = normalizeDocument(decoded.text)
  lap('normalize')
  new SourceMap(decoded.text, normalized)
  lap('sourceMap')
  const tree = toMdast(normalized.text)
  lap('toMdast')
  const lines = toLines(tree, normalized.text)
  lap('toLines')
  const layout = toLayout(lines)
  lap('toLayout')
  toSections(lines.slice(layout.bodyStart, layout.closingStart).filter((line) => !isPageArtifact(line)))
  lap('toSections')
}
for (const key of Object.keys(before)) before[key] /= runs
process.stdout.write(
  `${JSON.stringify({
    file,
    bytes: bytes.length,
    ...result,
    breakdown: {totalMs, stages: before, extractors: stages},
    maxRssMB: process.resourceUsage().maxRSS / 1024
  })}\n`
)

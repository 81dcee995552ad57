/**
 * Warm per-document time, in a process of its own (so its peak RSS is its own): the whole pipeline
 * (`parseNotice`, bytes to model) against remark-parse alone on the same text, with tinybench. Also
 * times each extractor by wrapping the registry's `extract` functions, to show where the rest goes.
 * Prints one JSON object.
 *
 *     node bench/warm.mjs FILE [TIME_MS]
 */
import {readFileSync} from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {Bench} from 'tinybench'
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

const [file, time = '3000'] = process.argv.slice(2)
const bytes = readFileSync(file)
// The text remark sees in the pipeline: decoded and normalised (NFC, LF).
const text = normalizeDocument(bytes.toString('utf8')).text
const remark = unified().use(remarkParse).freeze()
const remarkWithGfm = unified().use(remarkParse).use(remarkGfm).freeze()
const options = {path: file, reference: '2026-06-10'}

const bench = new Bench({time: Number(time), warmupTime: 500, iterations: 20})
bench
  .add('pipeline', () => parseNotice(bytes, options))
  .add('remark-parse', () => remark.parse(text))
  .add('remark-parse+gfm', () => remarkWithGfm.parse(text))
await bench.run()
const result = Object.fromEntries(
  bench.tasks.map((task) => [task.name, {medianMs: task.result.latency.p50, meanMs: task.result.latency.mean, samples: task.result.latency.samplesCount ?? task.result.latency.samples?.length}])
)

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

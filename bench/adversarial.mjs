/**
 * Adversarial inputs, in a process of its own (so its peak RSS is its own): one hostile input of
 * bench/hostile-inputs.mjs, or the seed notice repeated ("a long notice"), built to SIZE megabytes and
 * parsed once as bytes after the pipeline was warmed on the same kind of input at 64 KB. Prints the time,
 * MB and time per MB as JSON. Linear means the time per MB stays flat from 1 MB to 50 MB.
 *
 *     node bench/adversarial.mjs KIND SIZE_MB [SEED]
 */
import {readFileSync} from 'node:fs'
import {parseNotice} from '../dist/pipeline.js'
import {hostile} from './hostile-inputs.mjs'

const [kind, sizeMB = '1', seedFile] = process.argv.slice(2)
const seed = kind === 'a long notice' ? readFileSync(seedFile ?? '', 'utf8') : ''
const build = seed ? (size) => Array.from({length: Math.max(1, Math.round(size / seed.length))}, () => seed).join('\n\n') : hostile[kind]
if (!build) throw new Error(`unknown kind: ${kind}`)
const options = {reference: '2026-06-10'}
for (let index = 0; index < 3; index++) parseNotice(build(64 * 1024), options)

const bytes = new TextEncoder().encode(build(Number(sizeMB) * 1e6))
const start = performance.now()
const model = parseNotice(bytes, options)
const ms = performance.now() - start
const megabytes = bytes.length / 1e6
process.stdout.write(
  `${JSON.stringify({kind, megabytes, ms, msPerMB: ms / megabytes, tasks: model.tasks.length, maxRssMB: process.resourceUsage().maxRSS / 1024})}\n`
)

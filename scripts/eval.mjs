/**
 * Accuracy on real documents: parses every document that has an answer in `fixtures/answers/` and
 * scores it (scripts/eval/score.mjs): a row per document, then totals for all, Party- and State-issued.
 *
 * `npm run eval` (builds first: it reads dist/). Arguments: file stems to keep (`npm run eval -- 040 055`);
 * `--misses` lists what each document got wrong; `--json` prints the scores as JSON.
 *
 * `today` is fixed so that a document without a date of its own scores the same on any day.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {parseNotice} from '../dist/index.js'
import {figures, scoreDocument, sumScores} from './eval/score.mjs'

const answers = new URL('../fixtures/answers/', import.meta.url)
const corpus = new URL('../fixtures/corpus/', import.meta.url)
const args = process.argv.slice(2)
const showMisses = args.includes('--misses')
const asJson = args.includes('--json')
const wanted = args.filter((arg) => !arg.startsWith('--'))

const scores = []
for (const name of readdirSync(answers).filter((file) => file.endsWith('.json')).sort()) {
  if (wanted.length > 0 && !wanted.some((stem) => name.startsWith(stem))) continue
  const answer = JSON.parse(readFileSync(new URL(name, answers), 'utf8'))
  const bytes = readFileSync(new URL(answer.file, corpus))
  const notice = parseNotice(bytes, {path: answer.file, today: '2026-01-01'})
  scores.push(scoreDocument(notice, answer))
}

const percent = (value) => (value === null ? '    -' : `${(value * 100).toFixed(0).padStart(4)}%`)
const columns = ['header', 'datesPrecision', 'datesRecall', 'attached', 'found', 'lead', 'referencesPrecision', 'referencesRecall']
const heads = ['header', 'dates P', 'dates R', 'attach', 'found', 'lead', 'refs P', 'refs R']

function row(label, score) {
  const values = figures(score)
  return `${label.padEnd(14)}${columns.map((column) => percent(values[column]).padStart(9)).join('')}`
}

if (asJson) {
  const total = sumScores(scores)
  console.log(
    JSON.stringify(
      {documents: scores.map((score) => ({...score, figures: figures(score)})), total: {...total, figures: figures(total)}},
      null,
      2
    )
  )
} else {
  console.log(`${'document'.padEnd(14)}${heads.map((head) => head.padStart(9)).join('')}`)
  for (const score of scores) {
    console.log(row(score.file.slice(0, 13), score))
    if (showMisses) {
      const misses = [
        ...score.header.misses,
        ...(score.dates.extra.length > 0 ? [`dates not due: ${score.dates.extra.join(', ')}`] : []),
        ...(score.dates.missed.length > 0 ? [`dates missed: ${score.dates.missed.join(', ')}`] : []),
        ...score.tasks.misses,
        ...(score.references.extra.length > 0 ? [`references not cited: ${score.references.extra.join(', ')}`] : []),
        ...(score.references.missed.length > 0 ? [`references missed: ${score.references.missed.join(', ')}`] : [])
      ]
      for (const miss of misses) console.log(`    ${miss}`)
    }
  }
  const groups = [
    ['all', scores],
    ['Party', scores.filter((score) => score.issuer === 'party')],
    ['State', scores.filter((score) => score.issuer !== 'party')]
  ]
  console.log('')
  for (const [label, group] of groups) {
    if (group.length > 0) console.log(row(`${label} (${group.length})`, sumScores(group)))
  }
  const total = sumScores(scores)
  console.log(
    `\n${total.tasks.sampled} sampled tasks, ${total.dates.expected} deadline dates, ${total.references.expected} references, ${total.header.total} header fields`
  )
}

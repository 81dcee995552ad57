/**
 * A deterministic batch corpus for the benchmark: N notices made from the real ones in
 * `fixtures/corpus/`, each with its own numbers, dates, units and length, so the batch does not measure
 * one document's cache-friendly path 2,000 times. The same N gives byte-identical files on every machine
 * (seeded PRNG, no clock, no locale).
 *
 *     node bench/corpus.mjs DIR [N]      writes DIR/00000.txt … and prints {files, bytes}
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const FIXTURES = new URL('../fixtures/corpus/', import.meta.url)

/** mulberry32: a small PRNG with a 32-bit state; enough for picking variations. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Units that can stand in for one another in a figure ("1.500 tỷ đồng" → "1.500 triệu đồng"). */
const UNITS = ['tỷ đồng', 'triệu đồng', 'ha', 'km', 'tấn', 'lượt', 'người', '%']
const UNIT_PATTERN = /(\d[\d.,]*)(\s)(tỷ đồng|triệu đồng|ha|km|tấn|lượt|người|%)/gu
const DATE_PATTERN = /\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/g
/** A plain count written as a word boundary number of 2–4 digits, not part of a date or a code. */
const COUNT_PATTERN = /(?<![\d/.,-])(\d{2,4})(?![\d/.,-])/g

/** 1234567 → "1.234.567" (Vietnamese thousands separator), without depending on ICU data. */
function thousands(value) {
  return String(value).replace(/\B(?=(\d{3})+$)/g, '.')
}

/**
 * One varied notice.
 *
 * @param text
 *   A fixture's text.
 * @param next
 *   PRNG.
 * @returns
 *   The text with other figures, dates and units, and a middle part cut or repeated.
 */
export function vary(text, next) {
  const dayShift = Math.floor(next() * 27)
  const monthShift = Math.floor(next() * 11)
  const yearShift = Math.floor(next() * 3) - 1
  let varied = text.replace(DATE_PATTERN, (_, day, month, year) => {
    const newMonth = ((Number(month) - 1 + monthShift) % 12) + 1
    const newDay = ((Number(day) - 1 + dayShift) % 28) + 1
    return `${String(newDay).padStart(day.length, '0')}/${String(newMonth).padStart(month.length, '0')}/${Number(year) + yearShift}`
  })
  varied = varied.replace(UNIT_PATTERN, (_, number, space) => {
    const scaled = Math.max(1, Math.round(Number(number.replaceAll('.', '').replace(',', '.')) * (0.5 + next() * 2) || 1))
    return `${thousands(scaled)}${space}${UNITS[Math.floor(next() * UNITS.length)]}`
  })
  varied = varied.replace(COUNT_PATTERN, (match) => (next() < 0.3 ? String(Number(match) + 1 + Math.floor(next() * 9)).padStart(match.length, '0') : match))

  // Length: keep the head (header, stamp) and the tail (signature, recipients); cut or repeat the middle.
  const lines = varied.split('\n')
  const head = Math.ceil(lines.length * 0.2)
  const tail = Math.ceil(lines.length * 0.15)
  const middle = lines.slice(head, Math.max(head, lines.length - tail))
  const factor = [0.3, 0.6, 1, 1, 1.5, 2][Math.floor(next() * 6)] ?? 1
  const body =
    factor < 1
      ? middle.slice(0, Math.max(1, Math.round(middle.length * factor)))
      : [...middle, ...middle.slice(0, Math.round(middle.length * (factor - 1)))]
  return [...lines.slice(0, head), ...body, ...lines.slice(lines.length - tail)].join('\n')
}

/**
 * Writes the corpus.
 *
 * @param directory
 *   Emptied, then filled with `00000.txt` … in order.
 * @param count
 *   Number of notices.
 * @returns
 *   `{files, bytes}`.
 */
export function writeCorpus(directory, count) {
  const sources = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, FIXTURES), 'utf8'))
  rmSync(directory, {recursive: true, force: true})
  mkdirSync(directory, {recursive: true})
  const next = random(20_260_605)
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const text = vary(sources[index % sources.length], next)
    const data = Buffer.from(text, 'utf8')
    bytes += data.length
    writeFileSync(join(directory, `${String(index).padStart(5, '0')}.txt`), data)
  }

  return {files: count, bytes}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [directory, count = '2000'] = process.argv.slice(2)
  if (!directory) {
    process.stderr.write('usage: node bench/corpus.mjs DIR [N]\n')
    process.exitCode = 2
  } else {
    process.stdout.write(`${JSON.stringify(writeCorpus(directory, Number(count)))}\n`)
  }
}

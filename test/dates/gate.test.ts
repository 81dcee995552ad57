/**
 * Parser gates (`src/dates/parsers/gate.ts`): a gate may shut a parser only on texts its pattern cannot
 * match. Checked on every phrase of the date tables and every line of the corpus fixtures, as written,
 * in upper case and in lower case, and on the engine's output with and without the gates.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {ParsingContext, type Parser} from 'chrono-node'
import {describe, expect, it} from 'vitest'
import {createChrono} from '../../src/dates/index.js'
import {DIGIT, passes, textFacts, type GatedParser, type Term} from '../../src/dates/parsers/gate.js'
import {ALL_TABLES} from './cases/index.js'

const engine = createChrono()
const gatedParsers = engine.parsers.filter((parser): parser is GatedParser => 'gate' in parser)

const phrases = ALL_TABLES.flatMap((table) => table.rows.map((row) => row[0]))
const corpusDirectory = new URL('../../fixtures/corpus/', import.meta.url)
const corpusLines = readdirSync(corpusDirectory)
  .filter((name) => /\.(?:txt|md)$/.test(name))
  .flatMap((name) => readFileSync(new URL(name, corpusDirectory), 'utf8').normalize('NFC').split('\n'))
  .filter((line) => line.trim() !== '')
const texts = [...new Set([...phrases, ...corpusLines].flatMap((text) => [text, text.toUpperCase(), text.toLowerCase()]))]

/** Whether a parser's own pattern matches somewhere in `text`. */
function matches(parser: Parser, text: string): boolean {
  const pattern = parser.pattern(new ParsingContext(text, new Date(Date.UTC(2026, 5, 10))))
  pattern.lastIndex = 0
  return pattern.exec(text) !== null
}

describe('parser gates', () => {
  it('gate all but a few parsers', () => {
    // The parsers left ungated spell nothing rare enough to test for.
    expect(engine.parsers.length - gatedParsers.length).toBeLessThanOrEqual(1)
  })

  it('never shut a text the pattern matches', () => {
    const shut: string[] = []
    for (const text of texts) {
      const facts = textFacts(text)
      for (const [index, parser] of gatedParsers.entries()) {
        if (!passes(parser.gate, facts) && matches(parser.parser, text)) shut.push(`parser ${index} ← ${text}`)
      }
    }

    expect(shut).toEqual([])
  })

  it('shut most of a document', () => {
    // Without this the gates could all pass and the test above prove nothing.
    const shut = gatedParsers.filter((parser) => !passes(parser.gate, textFacts('Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.')))
    expect(shut.length).toBeGreaterThan(gatedParsers.length / 2)
  })

  it.each<[string, string, Term, boolean]>([
    ['a digit', 'số 12', DIGIT, true],
    ['no digit', 'mười hai', DIGIT, false],
    ['any case', 'QUÝ II', 'quý', true],
    ['inside a longer word', 'quýII', 'quý', true],
    // Both start at the same place: the scan reports the longer, the shorter comes with it.
    ['a word that starts another', 'thường xuyên', 'thứ', false],
    ['a prefix of a longer word found', 'tuầnlễ', 'tuần', true],
    ['overlapping words', 'đêmai', 'mai', true],
    // `/s/iu` matches the long s; lower case keeps it, so the facts fold it.
    ['long s', 'ſau', 'sau', true],
    ['absent', 'tháng', 'năm', false],
    // Past the scan's first matches, the words not yet found are looked for one by one.
    ['after many repeated signs', `${'1.'.repeat(500)}Quý`, 'quý', true],
    ['after many repeated words', `${'năm '.repeat(500)}tết`, 'tết', true],
    ['absent after many repeated words', 'năm '.repeat(500), 'tết', false]
  ])('facts: %s', (_name, text, term, expected) => {
    expect(textFacts(text).has(term)).toBe(expected)
  })

  it('ask for lower-case NFC words', () => {
    const words = gatedParsers.flatMap((parser) => parser.gate.flat()).filter((term) => typeof term === 'string')
    expect(words.filter((word) => word !== word.toLowerCase().normalize('NFC') || /\s/u.test(word))).toEqual([])
  })

  it('leave the engine reading what it read without them', () => {
    const ungated = createChrono()
    ungated.parsers = ungated.parsers.map((parser) => ('gate' in parser ? (parser as GatedParser).parser : parser))
    const reference = new Date(Date.UTC(2026, 5, 10, 5))
    const read = (chrono: typeof engine, text: string): string =>
      JSON.stringify(chrono.parse(text, reference).map((result) => [result.index, result.text, result.start.date(), result.end?.date()]))
    const differ = texts.filter((text) => read(engine, text) !== read(ungated, text))
    expect(differ).toEqual([])
  })
})

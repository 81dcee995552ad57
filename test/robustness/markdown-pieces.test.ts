/**
 * Cutting the text for the Markdown parser: pieces cover the text without gaps, stay under the hard
 * limit, mark pathological nesting, and cutting at the clean breaks changes nothing a reader sees (the
 * lines of long real notices are the same as from one parse of the whole).
 */
import {readdirSync, readFileSync} from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {hardLimit, pieceSize, toPieces} from '../../src/parse/markdown-pieces.js'
import {toMdast} from '../../src/parse/to-mdast.js'
import {toLines} from '../../src/parse/to-lines.js'
import {normalizeDocument} from '../../src/read/normalize.js'

const corpus = readdirSync('fixtures/corpus')
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => normalizeDocument(readFileSync(`fixtures/corpus/${name}`, 'utf8')).text)

function covers(text: string): void {
  const pieces = toPieces(text)
  expect(pieces[0]?.start).toBe(0)
  expect(pieces.at(-1)?.end).toBe(text.length)
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) expect(piece.start).toBe(pieces[index - 1]?.end)
    expect(piece.end - piece.start).toBeLessThanOrEqual(2 * hardLimit + 1024)
    expect(piece.line).toBe(text.slice(0, piece.start).split('\n').length - 1)
    expect(piece.column).toBe(piece.start === 0 ? 0 : piece.start - (text.lastIndexOf('\n', piece.start - 1) + 1))
  }
}

describe('toPieces', () => {
  it('keeps a real notice in one piece', () => {
    for (const text of corpus) if (text.length < pieceSize) expect(toPieces(text)).toHaveLength(1)
  })

  it('covers every text without gaps', () => {
    covers('')
    covers(corpus.join('\n\n'))
    covers('x'.repeat(5 * hardLimit))
    covers('Giao Sở Tài chính chủ trì '.repeat(20000))
    covers('> '.repeat(100000))
    covers('dòng\n'.repeat(100000))
  })

  it('marks nesting and markup that would make the parser superlinear', () => {
    const risky = (text: string): boolean => toPieces(text).some((piece) => piece.risky)
    expect(risky('- '.repeat(100) + 'x')).toBe(true)
    expect(risky('> '.repeat(100) + 'x')).toBe(true)
    expect(risky('1. '.repeat(100) + 'x')).toBe(true)
    expect(risky('*a '.repeat(100) + 'b' + ' a*'.repeat(100))).toBe(true)
    expect(risky('['.repeat(100) + 'a' + ']'.repeat(100))).toBe(true)
    expect(risky('a**b '.repeat(5000))).toBe(true)
    expect(risky('a`'.repeat(2000))).toBe(true)
    for (const text of corpus) expect(risky(text)).toBe(false)
  })

  it('reads long real notices the same cut as whole', () => {
    const whole = unified().use(remarkParse).use(remarkGfm).freeze()
    const text = corpus.join('\n\n')
    expect(toPieces(text).length).toBeGreaterThan(3)
    const cut = toLines(toMdast(text), text)
    const reference = toLines(whole.parse(text), text)
    const view = (lines: typeof cut) => lines.map((line) => [line.text, line.kind, line.depth, line.breakBefore, line.offsets[0], line.offsets[line.text.length]])
    expect(view(cut)).toEqual(view(reference))
  })
})

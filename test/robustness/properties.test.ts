/**
 * Properties of the whole pipeline on generated notices, in every encoding the reader takes: real
 * fragments of the corpus, numbering, hostile snippets and random noise, given as a string or as bytes in
 * UTF-8 (with or without BOM), UTF-16, NFD, TCVN3, VNI, Windows-1258, VISCII, or legacy codes stored as
 * UTF-8 text. For each: parsing either gives a model or refuses the bytes with an InputError (never
 * anything else), the model validates against the JSON Schema that `directive schema` prints, every
 * position lies inside the decoded text and slices back to its `raw`, and parsing twice gives the same
 * model. `npm run fuzz` runs the same property 100,000 times (FUZZ_RUNS).
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {decode, decodeString} from '../../src/read/decode.js'
import {InputError} from '../../src/read/input-error.js'
import {legacyEncodings} from '../../src/read/legacy-encodings.js'
import type {Notice} from '../../src/model/schema.js'

const runs = Number(process.env.FUZZ_RUNS ?? 300)
const seed = Number(process.env.FUZZ_SEED ?? 20260607)
const bin = new URL('../../bin/directive.js', import.meta.url).pathname
const ajv = new Ajv2020({strict: false, allErrors: true})
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
const validate = ajv.compile(JSON.parse(execFileSync('node', [bin, 'schema'], {encoding: 'utf8'})) as object)

const corpusLines = readdirSync('fixtures/corpus')
  .sort()
  .flatMap((name) => readFileSync(`fixtures/corpus/${name}`, 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0)
const fragments = [
  ...corpusLines.filter((_, index) => index % 7 === 0).slice(0, 400),
  'I. ĐÁNH GIÁ', 'II- NHIỆM VỤ', '7.1.', '(1)', '(i)', 'a)', '- ', '+ ', '**', '## ', '| A | B |', '|---|---|', '> ',
  'trước ngày 30/6/2026', 'Quý III/2026', '197.810 tỷ đồng', 'Số: 12/QĐ-UBND', 'Nơi nhận:', 'KT. CHỦ TỊCH',
  'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ', 'Các nhiệm vụ trên hoàn thành trước ngày 15/7/2026.',
  '\u00a0', '\u200b', '\u2003', '\u1680', 'e\u0323\u0302', '\r\n', '\r', '\f', '\t', '((((', '1.1.1.1.1.1', '//////', '\ufeff',
  '[[[', '***', '`', '<!--', '&amp;', '\\', '–', '—', '“', '”', '…', '�', '😀', 'Céng hßa', 'Coäng hoøa', 'ThÃ´ng bÃ¡o'
]

const text = fc
  .array(fc.oneof({weight: 3, arbitrary: fc.constantFrom(...fragments)}, {weight: 1, arbitrary: fc.string({maxLength: 20, unit: 'binary'})}), {maxLength: 40})
  .chain((parts) =>
    fc
      .array(fc.constantFrom('\n', ' ', '\n\n', ''), {minLength: parts.length, maxLength: parts.length})
      .map((glue) => parts.map((part, index) => part + (glue[index] ?? '')).join(''))
  )

type Input = {kind: string; input: string | Uint8Array}

const windows1252 = new TextDecoder('windows-1252')
const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value)
const forms: ReadonlyArray<[string, (value: string) => string | Uint8Array]> = [
  ['string', (value) => value],
  ['utf-8', utf8],
  ['utf-8-bom', (value) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(value)])],
  ['utf-16le-bom', (value) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(value, 'utf16le')])],
  ['nfd', (value) => utf8(value.normalize('NFD'))],
  ...legacyEncodings.flatMap((encoding): Array<[string, (value: string) => string | Uint8Array]> => [
    [encoding.name, (value) => encoding.encode(value)],
    [`${encoding.name}-in-utf-8`, (value) => utf8(windows1252.decode(encoding.encode(value)))]
  ])
]

const inputs: fc.Arbitrary<Input> = fc.tuple(text, fc.constantFrom(...forms)).map(([value, [kind, make]]) => ({kind, input: make(value)}))

/** Parses, or returns null when the reader refused the bytes (the only error allowed). */
function attempt(input: string | Uint8Array): Notice | null {
  try {
    return parseNotice(input, {reference: '2026-06-10'})
  } catch (error) {
    if (error instanceof InputError && typeof input !== 'string') return null
    throw error
  }
}

/**
 * A phrase cut by a page break is read joined (MODEL.md: paragraphs split by a page break are joined
 * back), so its span covers the page number or page-break marker between the lines, which `raw` leaves
 * out: those lines (layout.ts `isPageArtifact`) are dropped from the slice before comparing.
 */
function withoutPageArtifacts(slice: string): string {
  const lines = slice.split(/\r\n|[\n\r\f\v\u2028\u2029\u0085]/u)
  if (lines.length < 3) return slice
  const inner = lines.slice(1, -1).filter((line) => !/^(?:-{2,}\s*PAGE\s*BREAK\s*-{2,}|\d{1,3}|-\s*\d{1,3}\s*-)$/iu.test(line.trim()))
  return [lines[0], ...inner, lines.at(-1)].join('\n')
}

/** The character a reference such as `&amp;` or `&#39;` stands for (the ones the generator can write). */
function characterReference(reference: string): string {
  const named: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"'}
  if (named[reference]) return named[reference]
  const hex = reference[2] === 'x' || reference[2] === 'X'
  const code = Number.parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
}

function check({input}: Input): void {
  const model = attempt(input)
  if (model === null) return
  expect(validate(model), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true)
  const decoded = typeof input === 'string' ? decodeString(input, '-') : decode(input, '-')
  const source = decoded.text
  const positions = [
    ...model.tasks.map((task) => task.position),
    ...model.tasks.flatMap((task) => task.deadlines.map((deadline) => deadline.position)),
    ...model.references.map((reference) => reference.position),
    ...model.figures.map((figure) => figure.position),
    ...model.routing.map((row) => row.position),
    ...model.findings.map((finding) => finding.position),
    ...model.diagnostics.flatMap((diagnostic) => (diagnostic.position ? [diagnostic.position] : []))
  ]
  for (const position of positions) {
    expect(position.start.offset).toBeGreaterThanOrEqual(0)
    expect(position.start.offset).toBeLessThanOrEqual(position.end.offset)
    expect(position.end.offset).toBeLessThanOrEqual(source.length)
  }

  for (const item of [...model.references, ...model.figures, ...model.tasks.flatMap((task) => task.deadlines.filter((deadline) => !deadline.inherited))]) {
    // Markdown syntax is left out of `raw`: quote markers, heading openers and setext underlines (`---`
    // under a paragraph line; indented at most 3 spaces, deeper it is text) at the start of the lines a
    // span crosses, and emphasis markers (but a `_` inside a word is no marker, so both sides are compared
    // without them); so are the invisible characters that normalising removes (zero-width, soft hyphen)
    // and the backslash of a hard line break (`\` at the end of a line); a character reference is its character.
    const slice = withoutPageArtifacts(source.slice(item.position.start.offset, item.position.end.offset).normalize('NFC'))
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
      .replace(/\\\n/gu, '\n')
      .replace(/&(?:amp|lt|gt|quot|#\d{1,7}|#[xX][\da-fA-F]{1,6});/gu, characterReference)
      .replace(/\n(?:[^\S\n]*>[^\S\n]?)*(?:[^\S\n]{0,3}(?:#{1,6}(?=\s|$)|(?:=+|-+)[^\S\n]*(?=\n|$)))?/g, '\n')
      .replace(/[*_]/g, '')
    expect(slice.replace(/\s+/g, ' ').trim()).toBe(item.raw.replace(/[*_]/g, ''))
  }

  expect(JSON.stringify(attempt(input))).toBe(JSON.stringify(model))
}

describe('parseNotice on generated notices in every encoding', () => {
  it('gives a valid, grounded, deterministic model or refuses the bytes', () => {
    fc.assert(fc.property(inputs, check), {numRuns: runs, seed})
  }, Math.max(300_000, runs * 200))

  it('refuses only bytes: a string always gives a model', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(attempt(value)).not.toBeNull()
      }),
      {numRuns: Math.min(runs, 200), seed}
    )
  })
})

/**
 * A parser that looks at a text only when the text has what its pattern cannot match without: a digit,
 * or one of a few words (`quý`, `tháng`). chrono runs every parser's pattern over every text, and most
 * texts a document hands the engine hold no date at all; one scan of a text for every gate's words is
 * far cheaper than thirty patterns scanning it.
 *
 * A gate must be a necessary condition of the pattern, never a guess at what the parser keeps: each term
 * is a digit or something the pattern spells literally, a word (one, never two: patterns join words with
 * `\s+`) or a sign (`/`, `-`), and a pattern with alternatives needs a term from each.
 * `test/dates/gate.test.ts` checks every gate against its pattern on real and synthetic text.
 */
import type {Parser, ParsingContext} from 'chrono-node'
import {stepOverEmptyMatch} from '../../text/all-matches.js'
import {escapeRegExp} from '../../text/escape-regexp.js'

/** Any ASCII digit (`\d`, `[0-9]`). */
export const DIGIT: unique symbol = Symbol('digit')

/** Something a text may have: a lower-case word or sign (NFC), found in any case, even inside a longer word. */
export type Term = string | typeof DIGIT

/** What a pattern needs: a term of each list. */
export type Gate = ReadonlyArray<readonly Term[]>

/** The terms a text has, of those the gates ask for. */
export type TextFacts = ReadonlySet<Term>

/** A gated parser: the parser and its gate, kept for the test of the gate. */
export interface GatedParser extends Parser {
  readonly gate: Gate
  readonly parser: Parser
}

/** A pattern for a text the gate shuts: sticky, so it fails at the first position without a scan. */
const NEVER = /(?!)/y
/** Every word a gate asks for. */
const vocabulary = new Set<string>()
/** Facts of the texts being read (chrono makes a context per text). */
const facts = new WeakMap<ParsingContext, TextFacts>()

/**
 * @param gate
 *   What the text must have for `parser`'s pattern to match.
 * @param parser
 *   Parser.
 * @returns
 *   The parser, run only on texts that pass the gate.
 */
export function gated(gate: Gate, parser: Parser): GatedParser {
  for (const terms of gate) for (const term of terms) if (typeof term === 'string') vocabulary.add(term)
  return {
    gate,
    parser,
    pattern: (context) => (passes(gate, factsOf(context)) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match)
  }
}

/**
 * @param gate
 *   Gate.
 * @param text
 *   A text's facts.
 * @returns
 *   Whether the text has a term of each of the gate's lists.
 */
export function passes(gate: Gate, text: TextFacts): boolean {
  // Loops, not every/some: asked for each parser on each text, and a callback closing over the text is
  // an allocation each time.
  next: for (const terms of gate) {
    for (const term of terms) if (text.has(term)) continue next
    return false
  }

  return true
}

function factsOf(context: ParsingContext): TextFacts {
  let found = facts.get(context)
  if (!found) {
    found = textFacts(context.text)
    facts.set(context, found)
  }

  return found
}

/** Matches of the scan after which the words not yet found are looked for one by one. */
const MAX_MATCHES = 64
/** The scan for the vocabulary, built when first needed and again if the vocabulary grew. */
let scan: {size: number; pattern: RegExp; prefixes: Map<string, string[]>} | undefined

/**
 * @param text
 *   Text.
 * @returns
 *   Which of the gates' terms it has.
 */
export function textFacts(text: string): TextFacts {
  if (scan?.size !== vocabulary.size) scan = buildScan()
  const {pattern, prefixes} = scan
  // A case-insensitive pattern also takes the long s (`ſ`) for `s`; lower case leaves it.
  const lower = text.toLowerCase().replaceAll('ſ', 's')
  const found = new Set<Term>()
  if (/\d/u.test(text)) found.add(DIGIT)
  // Every position, so that no word hides inside another match; the longest word at a position is
  // reported, and the words it starts with come with it. A text that repeats the same words (a long one,
  // a hostile one: `1.1.1.1…`) would make a match of each: after a few, each word not yet found is
  // looked for on its own instead.
  pattern.lastIndex = 0
  let matches = 0
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
    const word = match[1] ?? ''
    if (!found.has(word)) for (const prefix of prefixes.get(word) ?? []) found.add(prefix)
    if (++matches === MAX_MATCHES) {
      for (const other of vocabulary) if (!found.has(other) && lower.includes(other)) found.add(other)
      break
    }

    stepOverEmptyMatch(pattern, lower)
  }

  return found
}

function buildScan(): NonNullable<typeof scan> {
  const words = [...vocabulary].sort((a, b) => b.length - a.length)
  const prefixes = new Map(words.map((word) => [word, words.filter((other) => word.startsWith(other))]))
  return {size: vocabulary.size, pattern: new RegExp(`(?=(${words.map(escapeRegExp).join('|')}))`, 'gu'), prefixes}
}

/**
 * Run one of chrono's Vietnamese parsers inside the engine with a check of ours after it: chrono reads the
 * phrase (`ngày mai`, `thứ hai tới`, `3 ngày trước`, `buổi chiều`), we judge whether administrative text
 * means a date by it and tag what comes from the reference date ({@link FROM_REFERENCE_TAG}).
 *
 * chrono's parsers match after `(\W|^)`, where `\W` takes a Vietnamese letter for a boundary: the check
 * runs on a match already moved past that character, and {@link startsWord} is tested on the full text.
 */
import {ParsingComponents, type Parser, type ParsingContext} from 'chrono-node'
import {startsWord} from '../patterns.js'
import {gated, type Gate} from './gate.js'

/**
 * @param parser
 *   One of chrono's parsers (a word-boundary parser returning components).
 * @param gate
 *   What a text needs for chrono's pattern to match (see `gate.ts`).
 * @param check
 *   Gets the match as chrono's parser left it (index and groups without the boundary) and its components;
 *   returns the components to keep, a shorter match (`{text, components}`), or `null` to drop it.
 * @returns
 *   Parser.
 */
export function wrapChrono(
  parser: Parser,
  gate: Gate,
  check: (
    context: ParsingContext,
    match: RegExpMatchArray,
    components: ParsingComponents
  ) => ParsingComponents | {text: string; components: ParsingComponents} | null
): Parser {
  return gated(gate, {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const found = parser.extract(context, match)
      const index = match.index ?? 0
      if (!(found instanceof ParsingComponents) || !startsWord(context.text, index)) return null
      const kept = check(context, match, found)
      if (!kept || kept instanceof ParsingComponents) return kept
      return context.createParsingResult(index, kept.text, kept.components)
    }
  })
}

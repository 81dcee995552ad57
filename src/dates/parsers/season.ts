/**
 * A season: a period whose dates depend on the region and the year's weather, so it names no date
 * (`start`/`end` are `null`). It matters as a deadline: `trước mùa mưa năm 2026`.
 *
 * Examples: `mùa mưa` · `mùa mưa năm 2026` · `mùa mưa bão` · `mùa mưa lũ năm 2025` · `mùa khô 2025 - 2026`.
 */
import {seasons} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {writeMeta} from '../meta.js'
import {compile, startsWord, WORD_END, WORD_START, YEAR} from '../patterns.js'
import {gated} from './gate.js'

export const seasonParser = gated([['mùa']], {
  pattern: compile(
    `${WORD_START}mùa\\s+(${wordAlternation(seasons)})` +
      `(?:\\s+(?:năm\\s+)?${YEAR}(?:\\s*[-–]\\s*${YEAR})?)?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const result = context.createParsingResult(index, match[0])
    return writeMeta(result.addTag('parser/season'), {period: true, undated: true})
  }
})

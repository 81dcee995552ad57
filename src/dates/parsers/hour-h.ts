/**
 * Times written with `h`, which chrono's vi locale does not read (it reads `17 giờ 30` and `17:30`).
 *
 * Examples: `17h` · `17h30` · `8h00` · `lúc 14h30` · `vào lúc 9h30'` · `7h30 phút`.
 * Not: `24h` (no such hour), `124h`.
 */
import {compile, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {DIGIT, gated} from './gate.js'

const HOUR_GROUP = 1
const MINUTE_GROUP = 2

export const hourHParser = gated([[DIGIT]], {
  pattern: compile(
    `${WORD_START}(?:(?:vào\\s+)?lúc\\s+|vào\\s+)?([01]?\\d|2[0-3])\\s?h(?:([0-5]\\d)(?:'|\\s*phút)?)?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const result = context.createParsingResult(index, match[0])
    result.start.assign('hour', Number(match[HOUR_GROUP]))
    result.start.assign('minute', Number(match[MINUTE_GROUP] ?? 0))
    return result.addTag('parser/hourH')
  }
})

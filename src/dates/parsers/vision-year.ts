/**
 * The horizon of a plan or strategy, a year written without `năm`: the whole year, as a period named by
 * the plan (no deadline reading; `tầm nhìn đến năm 2045` is read by chrono's year parser and `đến`).
 *
 * Examples: `thời kỳ 2021 - 2030 tầm nhìn 2045` · `tầm nhìn 2065`.
 * Not: `2045` alone (a number), years outside 1900–2100.
 */
import {periodResult} from '../meta.js'
import {compile, parseYear, startsWord, WORD_END, WORD_START, YEAR} from '../patterns.js'
import {DIGIT, gated} from './gate.js'

export const visionYearParser = gated([[DIGIT], ['nhìn']], {
  pattern: compile(`${WORD_START}tầm\\s+nhìn\\s+${YEAR}${WORD_END}(?!\\s*[-–—/.]\\s*\\d)`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const parsed = parseYear(match[1], 0)
    if (!parsed) return null
    const {year} = parsed
    return periodResult(context, index, match[0], {year, month: 1, day: 1}, {year, month: 12, day: 31}, true)
  }
})

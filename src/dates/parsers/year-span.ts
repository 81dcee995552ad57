/**
 * A span of whole years: plans, terms of office, school years.
 *
 * Examples: `giai đoạn 2026-2030` · `nhiệm kỳ 2025 - 2030` · `nhiệm kỳ (2025 - 2030)` ·
 * `nhiệm kỳ V (2024 - 2029)` · `thời kỳ 2021–2030` · `2021-2025` · `năm học 2025 - 2026` (1/9–31/5).
 * Not: `46/2024-2025`, `2030-2025` (backwards), spans over 50 years.
 */
import {periodResult} from '../meta.js'
import {before, compile, startsWord, WORD_END, WORD_START, YEAR} from '../patterns.js'
import {NUMBER_WORDS_SOURCE} from '../vietnamese-numbers.js'
import {DIGIT, gated} from './gate.js'

const KEYWORD_GROUP = 1
const SEPARATOR = '\\s*[-–—]\\s*'
const AFTER_COUNT = new RegExp(`(?:\\d|${NUMBER_WORDS_SOURCE})\\s+$`, 'iu')

export const yearSpanParser = gated([[DIGIT], ['-', '–', '—']], {
  pattern: compile(
    `${WORD_START}(?:(giai\\s+đoạn|nhiệm\\s+kỳ(?:\\s+[IVXL]{1,6})?|thời\\s+kỳ|năm\\s+học|niên\\s+khóa|niên\\s+khoá|năm)\\s*)?` +
      `(?:\\(\\s*${YEAR}${SEPARATOR}${YEAR}\\s*\\)|${YEAR}${SEPARATOR}${YEAR}${WORD_END})`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index) || /[/\-.]$/u.test(context.text.slice(0, index))) return null
    // `3 năm (2021 - 2023)`: that `năm` belongs to the count, not to the span.
    if (/^năm$/iu.test(match[KEYWORD_GROUP] ?? '') && AFTER_COUNT.test(before(context.text, index, 30))) return null
    const first = Number(match[2] ?? match[4])
    const last = Number(match[3] ?? match[5])
    if (first < 1900 || last > 2100 || last <= first || last - first > 50) return null
    const school = /^(?:năm\s+học|niên\s+kho[áa])$/iu.test(match[KEYWORD_GROUP] ?? '')
    return periodResult(
      context,
      index,
      match[0],
      school ? {year: first, month: 9, day: 1} : {year: first, month: 1, day: 1},
      school ? {year: last, month: 5, day: 31} : {year: last, month: 12, day: 31},
      true
    )
  }
})

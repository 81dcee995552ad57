/**
 * Recurring and ongoing work: names no date (`start`/`end` are `null`); the normalised phrase goes to
 * `recurrence` (`hàng`/`mỗi` → `hằng`).
 *
 * Examples: `hằng tháng` · `hàng tháng` · `định kỳ hằng quý` · `thường kỳ hàng tháng` · `hằng năm` · `mỗi tuần` ·
 * `ngày 20 hằng tháng` · `định kỳ ngày 25 hàng tháng` · `định kỳ 6 tháng` · `định kỳ sáu tháng một lần` ·
 * `định kỳ` · `thường xuyên`.
 * Not: `hàng tháng nay` (for months now), `hàng năm trời`, `không thường xuyên`, `chi thường xuyên`
 * (recurrent spending, a budget term).
 */
import type {Parser} from 'chrono-node'
import {goodsBefore, notOngoingBefore} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {writeMeta} from '../meta.js'
import {before, compile, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {NUMBER_WORDS_SOURCE, parseCount} from '../vietnamese-numbers.js'

const DAY_GROUP = 2
const UNIT_GROUP = 4
const PERIODIC_GROUP = 5
const MONTHS_GROUP = 6
const ONGOING_GROUP = 7

const GOODS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(goodsBefore)})\\s+$`, 'iu')
const BUDGET = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(notOngoingBefore)})\\s+$`, 'iu')

export const recurringParser: Parser = {
  pattern: compile(
    `${WORD_START}(?:` +
      `(?:(định\\s+kỳ|thường\\s+kỳ)\\s+(?:vào\\s+)?)?(?:ngày\\s+(\\d{1,2})\\s+)?(hằng|hàng|mỗi)\\s+(ngày|tuần|tháng|quý|năm)(?!\\s+(?:nay|trời|qua)${WORD_END})` +
      `|(định\\s+kỳ)(?:\\s+(\\d{1,2}|${NUMBER_WORDS_SOURCE})\\s+tháng(?:\\s+(?:một|1)\\s+lần)?)?` +
      `|(thường\\s+xuyên)` +
      `)${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    let recurrence: string
    let day: number | undefined
    if (match[UNIT_GROUP] !== undefined) {
      const unit = match[UNIT_GROUP].toLowerCase()
      if (match[DAY_GROUP] !== undefined) {
        day = Number(match[DAY_GROUP])
        if (unit !== 'tháng' || day < 1 || day > 31) return null
      }
      // `mặt hàng tháng`, `cửa hàng năm …`: `hàng` is goods there.
      if (match[3]?.toLowerCase() === 'hàng' && GOODS.test(before(context.text, index, 20))) return null
      recurrence = 'hằng ' + unit
    } else if (match[PERIODIC_GROUP] !== undefined) {
      if (match[MONTHS_GROUP] === undefined) recurrence = 'định kỳ'
      else {
        const months = parseCount(match[MONTHS_GROUP])
        if (months === null || months < 1 || months > 12) return null
        recurrence = `định kỳ ${months} tháng`
      }
    } else if (match[ONGOING_GROUP] !== undefined) {
      const left = before(context.text, index, 20)
      if (BUDGET.test(left)) return null
      recurrence = 'thường xuyên'
    } else return null

    const result = context.createParsingResult(index, match[0])
    return writeMeta(result, {recurrence, undated: true, ...(day === undefined ? {} : {due: 'on'})})
  }
}

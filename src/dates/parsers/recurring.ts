/**
 * Recurring and ongoing work: names no date (`start`/`end` are `null`); the normalised phrase goes to
 * `recurrence` (`hàng`/`mỗi` → `hằng`). The rhythm's day stays in the phrase (`thứ Sáu hằng tuần`, `ngày 20
 * hằng tháng`, `ngày 20 tháng cuối quý`), so that `rrule.ts` can build the rule from it.
 *
 * Examples: `hằng tháng` · `hàng tháng` · `định kỳ hằng quý` · `thường kỳ hàng tháng` · `hằng năm` · `mỗi tuần` ·
 * `ngày 20 hằng tháng` · `định kỳ ngày 25 hàng tháng` · `định kỳ 6 tháng` · `định kỳ sáu tháng một lần` ·
 * `định kỳ` · `thường xuyên` · `thứ Sáu hằng tuần` · `định kỳ vào sáng thứ Hai, thứ Năm hàng tuần` ·
 * `mỗi quý một lần` · `ngày 20 của tháng cuối quý` (a quarterly day: `hằng quý`).
 * Not: `hàng tháng nay` (for months now), `hàng năm trời`, `không thường xuyên`, `chi thường xuyên`
 * (recurrent spending, a budget term), `ngày 20 tháng cuối quý III/2026` (one quarter, not every one).
 */
import {everyWords, goodsBefore, notOngoingBefore, rhythmUnits, weekdays} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {writeMeta} from '../meta.js'
import {before, compile, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {NUMBER_WORDS_SOURCE, parseCount} from '../vietnamese-numbers.js'
import {gated} from './gate.js'

/** A day of the week: `thứ Sáu`, `thứ 6`, `Chủ nhật`. No capture groups. */
export const WEEKDAY_SOURCE = `(?:${wordAlternation(Object.keys(weekdays))})${WORD_END}`
/** Days of the week in a list: `thứ Hai, thứ Năm`, `thứ Ba và thứ Sáu`. No capture groups. */
// Seven days at most: a bounded list keeps each start's work bounded.
export const WEEKDAYS_SOURCE = `${WEEKDAY_SOURCE}(?:\\s*(?:,|và|hoặc)\\s*${WEEKDAY_SOURCE}){0,6}`
/**
 * Which month of a quarter a day is in: `tháng cuối quý`, `tháng đầu của quý sau`, `tháng thứ hai của
 * mỗi quý`. One capture group: the month's word (`cuối`, `đầu`, `giữa`, `thứ hai` …).
 */
export const QUARTER_MONTH_SOURCE =
  `tháng\\s+(cuối|đầu|giữa|thứ\\s+(?:nhất|hai|ba|[123]))\\s+(?:của\\s+)?(?:(?:${wordAlternation(everyWords)})\\s+)?quý` +
  `(?:\\s+(?:sau|tiếp\\s+theo|kế\\s+tiếp))?${WORD_END}(?!\\s*(?:[IVX]+|\\d+)${WORD_END})`

const GOODS = new RegExp(`${WORD_START}(?:${wordAlternation(goodsBefore)})\\s+$`, 'iu')
const BUDGET = new RegExp(`${WORD_START}(?:${wordAlternation(notOngoingBefore)})\\s+$`, 'iu')

/** `định kỳ`, `thường kỳ` and a `vào` after it: taken into the phrase, which they only introduce. */
const PERIODIC_PREFIX = '(?:(?:định\\s+kỳ|thường\\s+kỳ)\\s+(?:vào\\s+)?)?'

export const recurringParser = gated([[...everyWords, 'quý', 'kỳ', 'xuyên']], {
  pattern: compile(
    `${WORD_START}(?:` +
      PERIODIC_PREFIX +
      `(?:(?:(?:vào|các)\\s+)?(?:ngày\\s+)?(?:(?:sáng|chiều|tối)\\s+)?(?<weekdays>${WEEKDAYS_SOURCE})\\s+)?` +
      `(?:ngày\\s+(?<day>\\d{1,2})\\s+)?(?<every>${wordAlternation(everyWords)})\\s+(?<unit>${wordAlternation(rhythmUnits)})(?!\\s+(?:nay|trời|qua)${WORD_END})(?:\\s+(?:một|1)\\s+lần)?` +
      `|${PERIODIC_PREFIX}ngày\\s+(?<quarterDay>\\d{1,2})\\s+(?:của\\s+)?${QUARTER_MONTH_SOURCE}` +
      `|(?<periodic>định\\s+kỳ)(?:\\s+(?<months>\\d{1,2}|${NUMBER_WORDS_SOURCE})\\s+tháng(?:\\s+(?:một|1)\\s+lần)?)?` +
      `|(?<ongoing>thường\\s+xuyên)` +
      `)${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const groups = match.groups ?? {}
    let recurrence: string
    // A rhythm with its day (`ngày 20 hằng tháng`, `thứ Sáu hằng tuần`) is due on that day.
    let onItsDay = false
    if (groups['unit'] !== undefined) {
      const unit = groups['unit'].toLowerCase()
      if (groups['day'] !== undefined) {
        const day = Number(groups['day'])
        if (unit !== 'tháng' || day < 1 || day > 31) return null
        onItsDay = true
      }
      // `thứ Sáu hằng tháng` is no rhythm we can write: let the unit be read alone.
      if (groups['weekdays'] !== undefined) {
        if (unit !== 'tuần') return null
        onItsDay = true
      }
      // `mặt hàng tháng`, `cửa hàng năm …`: `hàng` is goods there.
      if (groups['every']?.toLowerCase() === 'hàng' && GOODS.test(before(context.text, index, 20))) return null
      recurrence = 'hằng ' + unit
    } else if (groups['quarterDay'] !== undefined) {
      const day = Number(groups['quarterDay'])
      if (day < 1 || day > 31) return null
      onItsDay = true
      recurrence = 'hằng quý'
    } else if (groups['periodic'] !== undefined) {
      if (groups['months'] === undefined) recurrence = 'định kỳ'
      else {
        const months = parseCount(groups['months'])
        if (months === null || months < 1 || months > 12) return null
        recurrence = `định kỳ ${months} tháng`
      }
    } else if (groups['ongoing'] !== undefined) {
      const left = before(context.text, index, 20)
      if (BUDGET.test(left)) return null
      recurrence = 'thường xuyên'
    } else return null

    const result = context.createParsingResult(index, match[0])
    return writeMeta(result, {recurrence, undated: true, ...(onItsDay ? {due: 'on'} : {})})
  }
})

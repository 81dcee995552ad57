/**
 * This, the next or the last week, month, quarter or year, named relative to the reference date.
 * Weeks run Monday to Sunday.
 *
 * Examples: `tuần này` · `trong tuần này` (the `trong` is read by the `deadline` refiner) · `tuần tới` ·
 * `tháng này` · `tháng tới` · `quý này` · `năm nay` · `năm tới` · `năm sau` · `tuần trước` · `tháng trước` ·
 * `năm qua`.
 * Not: `mấy tháng nay` (these past months), `những năm tới` (the coming years), `năm sau khi`, `năm trước đó`,
 * `tháng trước ngày khai giảng` (before an event), `trong năm qua`, `mặt hàng tháng trước` (a stretch of the
 * past, goods: see `countsFromReference`).
 */
import {addDays, daysInMonth, weekday, type Ymd} from '../calendar.js'
import {periodResult, referenceOf} from '../meta.js'
import {before, compile, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {countsFromReference} from './counted.js'
import {gated, type Gate} from './gate.js'

const UNIT_GROUP = 1
const WHICH_GROUP = 2

/** A unit, then which one. */
const GATE: Gate = [
  ['tuần', 'tháng', 'quý', 'năm'],
  ['này', 'nay', 'tới', 'sau', 'kế', 'tiếp', 'trước', 'qua']
]

export const relativePeriodParser = gated(GATE, {
  pattern: compile(
    `${WORD_START}(tuần|tháng|quý|năm)\\s+(này|nay|tới|sau(?!\\s+khi)|kế\\s+tiếp|tiếp\\s+theo|trước|qua)${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    if (/(?<![\p{sc=Latn}\d\p{No}])(?:những|các|mấy|vài|nhiều)\s+$/iu.test(before(context.text, index, 20))) return null
    const unit = (match[UNIT_GROUP] ?? '').toLowerCase()
    const which = (match[WHICH_GROUP] ?? '').toLowerCase()
    if (which === 'nay' && unit !== 'năm') return null
    const past = which === 'trước' || which === 'qua'
    if (past && !countsFromReference(context.text, index, index + match[0].length)) return null
    const next = past ? -1 : which !== 'này' && which !== 'nay' ? 1 : 0
    const reference = referenceOf(context)
    let span: [Ymd, Ymd]
    if (unit === 'tuần') {
      const monday = addDays(reference, -((weekday(reference) + 6) % 7) + next * 7)
      span = [monday, addDays(monday, 6)]
    } else if (unit === 'tháng') {
      const index0 = reference.year * 12 + reference.month - 1 + next
      const year = Math.floor(index0 / 12)
      const month = (index0 % 12) + 1
      span = [
        {year, month, day: 1},
        {year, month, day: daysInMonth(year, month)}
      ]
    } else if (unit === 'quý') {
      const quarterIndex = reference.year * 4 + Math.floor((reference.month - 1) / 3) + next
      const year = Math.floor(quarterIndex / 4)
      const last = (quarterIndex % 4) * 3 + 3
      span = [
        {year, month: last - 2, day: 1},
        {year, month: last, day: daysInMonth(year, last)}
      ]
    } else {
      const year = reference.year + next
      span = [
        {year, month: 1, day: 1},
        {year, month: 12, day: 31}
      ]
    }
    return periodResult(context, index, match[0], span[0], span[1], true, {relative: true})
  }
})

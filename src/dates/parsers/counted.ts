/**
 * chrono's `VITimeUnitAgoFormatParser` and `VITimeUnitLaterFormatParser` in the engine: a day a count of
 * days, weeks, months or years before or after the reference date.
 *
 * Examples: `3 ngày trước` · `hai tuần trước` · `1 tháng qua` · `5 năm trước` · `3 ngày sau` · `2 tuần nữa` ·
 * `10 năm sau`.
 * Not: `3 ngày trước ngày khai mạc`, `5 ngày sau khi nhận` (`trước`/`sau` before an event: only the words of
 * `afterCountFromReference` may follow), `trong 30 ngày qua` (a stretch of the past), `3 tháng tới` (a window,
 * read by `relativeSpanParser`), `2 giờ sau` (a time from the reference's noon means nothing), a count of
 * nothing (`tháng trước`, read by `relativePeriodParser`), a weekday or an ordinal (`thứ Sáu tuần sau` is
 * not six weeks: see the `weekday-week` refiner; `đứng thứ hai tuần qua`).
 */
import type {Parser} from 'chrono-node'
import {afterCountFromReference, pastStretchBefore} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {FROM_REFERENCE_TAG} from '../meta.js'
import {after, before, WORD_END, WORD_START} from '../patterns.js'
import {wrapChrono} from './chrono-wrap.js'
import type {Gate} from './gate.js'

const KEYWORD = /(trước|sau|qua|nữa|tới|tiếp)$/iu
/** What may follow `trước`/`sau`/`qua` when the count runs from the reference: the end of a clause or a listed word. */
const FOLLOW = new RegExp(`^(?:\\s*(?:$|[.,;:!?)\\]\\n])|\\s+(?:${wordAlternation(afterCountFromReference)})${WORD_END})`, 'iu')
const ORDINAL_BEFORE = /(?<![\p{sc=Latn}\d\p{No}])thứ\s+$/iu
const PAST_STRETCH = new RegExp(`${WORD_START}(?:${wordAlternation(pastStretchBefore)})\\s+$`, 'iu')

/** chrono's phrases: a count, a unit, then trước/qua (ago) or sau/nữa/tới/tiếp (later). */
const GATE: Gate = [['trước', 'qua', 'sau', 'nữa', 'tới', 'tiếp']]

/**
 * @param parser
 *   chrono's `VITimeUnitAgoFormatParser` or `VITimeUnitLaterFormatParser`.
 * @returns
 *   Parser.
 */
export function countedParser(parser: Parser): Parser {
  return wrapChrono(parser, GATE, (context, match, components) => {
    const text = match[0]
    const index = match.index ?? 0
    const keyword = (KEYWORD.exec(text)?.[1] ?? '').toLowerCase()
    if (keyword === '' || keyword === 'tới' || keyword === 'tiếp' || components.isCertain('hour')) return null
    if (ORDINAL_BEFORE.test(before(context.text, index, 10))) return null
    if (keyword !== 'nữa' && !countsFromReference(context.text, index, index + text.length)) return null
    return components.addTag(FROM_REFERENCE_TAG)
  })
}

/**
 * @param text
 *   Full text.
 * @param index
 *   Start of a phrase ending in `trước`, `sau` or `qua` (`3 ngày trước`, `tháng trước`).
 * @param end
 *   Its end.
 * @returns
 *   Whether it counts from the reference date: not before an event (`… trước ngày khai mạc`, `… sau khi`)
 *   and not a stretch of the past (`trong 30 ngày qua`, `những năm trước`).
 */
export function countsFromReference(text: string, index: number, end: number): boolean {
  return FOLLOW.test(after(text, end, 30)) && !PAST_STRETCH.test(before(text, index, 20))
}

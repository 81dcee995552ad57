/**
 * A span counted from the reference date: `start` is the reference, `end` the last day of the span.
 * Working days skip Saturdays and Sundays (not public holidays). Spans in hours name no date.
 * An anchor after the span (`kể từ ngày 10/6/2026`, `kể từ ngày ký`, `kể từ khi nhận được …`) is read
 * by the `relative-anchor` refiner.
 *
 * Examples: `trong thời hạn 30 ngày` · `trong vòng mười lăm ngày` · `trong vòng 10 ngày làm việc` ·
 * `trong 05 ngày` · `trong thời hạn 15 (mười lăm) ngày` · `chậm nhất 07 ngày làm việc` · `không quá 3 tháng` ·
 * `trong 2 tuần` · `5 năm tới` · `trong vòng 24 giờ` · `sau hai mươi ngày` · `sau 03 tháng kể từ ngày …` (a span
 * counted forward: its day is the end; `due` is `other`, as `sau ngày 30/6/2026`).
 * Not: `30 ngày` alone, `trong 30 ngày qua` (the past 30 days), `trong năm 2026`, `hai mươi năm` read as a number,
 * `trong 3 năm (2021 - 2023)` / `trong 5 năm 2021-2025` (the length of a period written right after it, which
 * the period's own parser reads).
 */
import type {Parser} from 'chrono-node'
import {endOfSpan, referenceOf, setYmd, writeMeta, type Due, type SpanUnit} from '../meta.js'
import {after, compile, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {COUNT_SOURCE, parseCount} from '../vietnamese-numbers.js'

const PREFIX_GROUP = 1
const COUNT_GROUP = 2
const UNIT_GROUP = 3
const SUFFIX_GROUP = 4

const UNITS: Readonly<Record<string, SpanUnit>> = {
  'ngày làm việc': 'workday',
  'ngày': 'day',
  'tuần': 'week',
  'tháng': 'month',
  'quý': 'quarter',
  'năm': 'year',
  'giờ': 'hour',
  'h': 'hour'
}

const PAST = /^\s+(?:qua|vừa\s+qua|trước|gần\s+đây|đã\s+qua)(?![\p{sc=Latn}\d\p{No}])/iu
/** A period written right after the count: `(2021 - 2023)`, ` 2021-2025`, `(từ tháng 7 đến tháng 9/2026)`. */
const EXPLAINED =
  /^\s*(?:\(\s*(?:từ\s|(?:ngày|tháng|năm)\s+\d|\d{1,2}\s*[/.-]\s*\d|(?:19|20)\d{2}(?!\d))|(?:năm\s+)?(?:19|20)\d{2}(?!\d))/iu

/** What follows the hours of a time of day: its minutes, a part of the day, the day. */
const CLOCK_AFTER = /^\s*(?:\d{1,2}(?!\d)|(?:[:,]\s*)?(?:ngày|sáng|chiều|tối|trưa|hôm)(?![\p{sc=Latn}\d\p{No}]))/iu

export const relativeSpanParser: Parser = {
  pattern: compile(
    `${WORD_START}(?:(trong\\s+thời\\s+hạn|trong\\s+vòng|trong\\s+khoảng|trong\\s+thời\\s+gian|trong|thời\\s+hạn|tối\\s+đa|không\\s+quá|` +
      `(?:chậm|muộn)\\s+nhất(?:\\s+là)?|sau)\\s+)?(${COUNT_SOURCE})(?:\\s*\\(\\s*${COUNT_SOURCE}\\s*\\))?\\s*` +
      `(ngày\\s+làm\\s+việc|ngày|tuần|tháng|quý|năm|giờ|h)(?:\\s+(tới|sắp\\s+tới|tiếp\\s+theo|kế\\s+tiếp))?${WORD_END}`
  ),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const prefix = match[PREFIX_GROUP]
    if (prefix === undefined && match[SUFFIX_GROUP] === undefined) return null
    // `trong 30 ngày qua`: the past 30 days, a report, not a span to come.
    const rest = after(context.text, index + match[0].length, 20)
    if (PAST.test(rest) || EXPLAINED.test(rest)) return null
    const count = parseCount(match[COUNT_GROUP] ?? '')
    const unit = UNITS[(match[UNIT_GROUP] ?? '').toLowerCase().replace(/\s+/gu, ' ')]
    if (count === null || count < 1 || unit === undefined) return null
    // `chậm nhất 17 giờ 00 ngày 12/6`, `trước 16 giờ, ngày 5/6`: hours followed by minutes or a day are a time of day.
    if (unit === 'hour' && CLOCK_AFTER.test(rest)) return null

    const reference = referenceOf(context)
    const span = {count, unit}
    const end = endOfSpan(reference, span)
    const due: Due | undefined = prefix === undefined ? undefined : /^sau$/iu.test(prefix) ? 'other' : 'before'
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, reference, {year: true, month: true, day: true})
    if (end) result.end = setYmd(context.createParsingComponents(), end, {year: true, month: true, day: true})
    return writeMeta(result, {relative: true, span, ...(end ? {} : {undated: true}), ...(due ? {due} : {})})
  }
}

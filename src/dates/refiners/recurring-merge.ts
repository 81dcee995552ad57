/**
 * Join a date to the recurrence that governs it, into one recurring mention (no `start`/`end`), so that
 * the mention's words hold the rhythm's day for `rrule.ts`:
 * - `trước ngày 15/12 hằng năm`, `ngày 15/12 hàng năm`: date then recurrence;
 * - `định kỳ hàng năm (trước ngày 10/12)`, `hằng năm, trước ngày 10/12`: recurrence then date
 *   (the closing parenthesis is taken in); never a bound (`hằng tuần đến ngày 31/12/2026` says until
 *   when, and is left to be read as such), nor a full date after a weekly or daily rhythm;
 * - `hằng tháng (trước ngày 25)`, `định kỳ hằng tháng, chậm nhất ngày 5`: a day of the month that no
 *   parser reads alone; `hằng tuần vào thứ Sáu`, `định kỳ hàng tuần (sáng thứ Hai)`: the days of the week;
 * - `hằng quý, trước ngày 20 của tháng cuối quý`: two phrases of one rhythm, the second with its day;
 * - `trước 16 giờ thứ Năm hằng tuần`, `16 giờ ngày 20 hằng tháng`: the time of day of a rhythm (else a
 *   time alone would be read on the reference date).
 * `due` comes from the date (`before` for `trước`/`chậm nhất`, else `on`).
 */
import type {ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import {readMeta, rebuild, type Due} from '../meta.js'
import {WEEKDAYS_SOURCE} from '../parsers/recurring.js'
import {after, UNTIL} from '../patterns.js'

const DAY_OF_MONTH =
  /^(\s*(?:,\s*)?(?:(\()\s*)?)((?:(trước|(?:chậm|muộn)\s+nhất(?:\s+là)?|vào)\s+)?ngày\s+(\d{1,2}))(?![\d/.\-\p{sc=Latn}])(\s*\))?/iu

/** `, vào thứ Sáu`, ` (sáng thứ Hai, thứ Năm)`: the days of a weekly rhythm written after it. Groups as {@link DAY_OF_MONTH}'s 1–3, 6. */
const DAYS_OF_WEEK = new RegExp(
  `^(\\s*(?:,\\s*)?(?:(\\()\\s*)?)((?:vào\\s+)?(?:các\\s+)?(?:ngày\\s+)?(?:(?:sáng|chiều|tối)\\s+)?${WEEKDAYS_SOURCE})()()(\\s*\\))?`,
  'iu'
)

/** A weekday already in a phrase. */
const HAS_WEEKDAY = new RegExp(WEEKDAYS_SOURCE, 'iu')

export const recurringMergeRefiner: Refiner = {
  refine(context, results) {
    const output: ParsingResult[] = []
    for (let index = 0; index < results.length; index++) {
      const current = results[index]
      if (!current) continue
      const next = results[index + 1]
      const merged = next ? mergePair(context, current, next) : undefined
      if (merged) {
        output.push(merged)
        index++
        continue
      }
      output.push(withRhythmDay(context, current))
    }
    return output
  }
}

/**
 * @param context
 *   Parsing context.
 * @param first
 *   Mention.
 * @param second
 *   Following mention.
 * @returns
 *   One recurring mention, or `undefined`.
 */
function mergePair(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult | undefined {
  const firstMeta = readMeta(first)
  const secondMeta = readMeta(second)
  const between = context.text.slice(first.index + first.text.length, second.index)
  const isDate = (result: ParsingResult, recurrence: string | undefined): boolean =>
    recurrence === undefined && result.start.isCertain('day') && !result.end

  // Date, then `hằng năm` / `hằng tháng`.
  if (
    isDate(first, firstMeta.recurrence) &&
    secondMeta.recurrence !== undefined &&
    /^hằng (?:năm|tháng|quý)$/u.test(secondMeta.recurrence) &&
    /^\s*(?:,\s*)?$/u.test(between)
  ) {
    return rebuild(context, first, {
      text: context.text.slice(first.index, second.index + second.text.length),
      end: null,
      meta: {recurrence: secondMeta.recurrence, undated: true, due: firstMeta.due ?? 'on'}
    })
  }

  // Recurrence, then `(trước ngày 10/12)` or `, trước ngày 10/12`.
  if (
    firstMeta.recurrence !== undefined &&
    firstMeta.recurrence !== 'thường xuyên' &&
    !/^hằng (?:tuần|ngày)$/u.test(firstMeta.recurrence) &&
    !UNTIL.test(second.text) &&
    isDate(second, secondMeta.recurrence) &&
    (secondMeta.due === 'before' || secondMeta.due === 'on') &&
    /^\s*(?:[,(]\s*)?$/u.test(between)
  ) {
    const end = endClosing(context, second, between)
    if (end === undefined) return undefined
    return rebuild(context, first, {
      text: context.text.slice(first.index, end),
      meta: {recurrence: firstMeta.recurrence, undated: true, due: secondMeta.due}
    })
  }

  // A time of day, then the rhythm it is the time of: `trước 16 giờ thứ Năm hằng tuần` is no deadline on
  // the reference date.
  if (
    firstMeta.recurrence === undefined &&
    first.start.isCertain('hour') &&
    !first.start.isCertain('day') &&
    secondMeta.recurrence !== undefined &&
    !/^(?:thường xuyên|định kỳ)$/u.test(secondMeta.recurrence) &&
    /^\s*(?:,\s*)?(?:(?:vào|các)\s+)?(?:ngày\s+)?$/iu.test(between)
  ) {
    const due = firstMeta.due ?? secondMeta.due
    return rebuild(context, second, {
      index: first.index,
      text: context.text.slice(first.index, second.index + second.text.length),
      meta: {...secondMeta, ...(due === undefined ? {} : {due})}
    })
  }

  // One rhythm said twice, the second time with its day: `hằng quý (trước ngày 20 tháng cuối quý)`.
  if (
    firstMeta.recurrence !== undefined &&
    firstMeta.recurrence === secondMeta.recurrence &&
    firstMeta.due === undefined &&
    secondMeta.due !== undefined &&
    /^\s*(?:[,(]\s*)?$/u.test(between)
  ) {
    const end = endClosing(context, second, between)
    if (end === undefined) return undefined
    return rebuild(context, first, {text: context.text.slice(first.index, end), meta: {...firstMeta, due: secondMeta.due}})
  }
  return undefined
}

/**
 * @param context
 *   Parsing context.
 * @param second
 *   The date joined to a recurrence.
 * @param between
 *   The text between them.
 * @returns
 *   Where the joined mention ends: after the date, or after its closing parenthesis when one opened
 *   before it; `undefined` when that parenthesis is not closed.
 */
function endClosing(context: ParsingContext, second: ParsingResult, between: string): number | undefined {
  const end = second.index + second.text.length
  if (!between.includes('(')) return end
  const close = /^\s*\)/u.exec(after(context.text, end, 5))
  return close ? end + close[0].length : undefined
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   Mention.
 * @returns
 *   A monthly recurrence extended over a following day of the month, a weekly one over following days
 *   of the week, else `result`.
 */
function withRhythmDay(context: ParsingContext, result: ParsingResult): ParsingResult {
  const meta = readMeta(result)
  const weekly = meta.recurrence === 'hằng tuần'
  if (meta.recurrence !== 'hằng tháng' && !(weekly && !HAS_WEEKDAY.test(result.text))) return result
  const end = result.index + result.text.length
  const match = (weekly ? DAYS_OF_WEEK : DAY_OF_MONTH).exec(after(context.text, end, 60))
  if (!match) return result
  const day = Number(match[5])
  if (!weekly && (day < 1 || day > 31)) return result
  const open = match[2] !== undefined
  const close = match[6] !== undefined
  if (open && !close) return result
  const length = open ? match[0].length : (match[1] ?? '').length + (match[3] ?? '').length
  const text = context.text.slice(result.index, end + length)
  const keyword = (match[4] ?? '').toLowerCase()
  const due: Due = keyword.startsWith('trước') || keyword.includes('nhất') ? 'before' : 'on'
  return rebuild(context, result, {text, meta: {...meta, due}})
}

/**
 * Merge two mentions into one period: `từ ngày 10/5/2026 đến hết ngày 14/5/2026`, `từ năm 2021 đến năm 2025`,
 * `tháng 6 - tháng 8/2026`, `từ ngày 1/6 đến ngày 15/6/2026` (the first date takes the second's year),
 * `từ 8h00 đến 11h30 ngày 10/6/2026` (a time alone takes the second's day).
 * Also `từ nay đến ngày 30/6/2026` / `từ nay đến cuối năm`: from the reference date to the end of the
 * mention, a deadline (`due` = `before` for a day, `by-end-of-period` for a period).
 *
 * Replaces chrono's `VIMergeDateRangeRefiner`, which also merges on `và` (`ngày 10/6 và ngày 15/6` are two
 * dates, not a range) and does not read `từ … đến hết …`.
 */
import type {ParsingComponents, ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import {compareYmd} from '../calendar.js'
import {readMeta, rebuild, referenceOf, setYmd, ymdOf, type Meta} from '../meta.js'
import {before} from '../patterns.js'

const BETWEEN = /^\s*(?:[-–—]|(?:cho\s+)?(?:đến|tới))\s*(?:hết\s+)?$/iu
const FROM = /(?<![\p{sc=Latn}\d\p{No}])từ\s+$/iu
const FROM_NOW = /(?<![\p{sc=Latn}\d\p{No}])từ\s+(?:nay|bây\s+giờ|hôm\s+nay)\s+(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?$/iu

export const rangeRefiner: Refiner = {
  refine(context, results) {
    const merged: ParsingResult[] = []
    for (let index = 0; index < results.length; index++) {
      const current = results[index]
      const next = results[index + 1]
      if (!current) continue
      if (next && isRangeable(current) && isRangeable(next)) {
        const between = context.text.slice(current.index + current.text.length, next.index)
        if (BETWEEN.test(between)) {
          merged.push(mergeRange(context, current, next))
          index++
          continue
        }
      }
      merged.push(fromNow(context, current) ?? current)
    }
    return merged
  }
}

/**
 * @param result
 *   Candidate.
 * @returns
 *   Whether it can be an end of a range.
 */
function isRangeable(result: ParsingResult): boolean {
  const meta = readMeta(result)
  return !meta.relative && !meta.undated && meta.recurrence === undefined && meta.due === undefined
}

/**
 * @param context
 *   Parsing context.
 * @param from
 *   First mention.
 * @param to
 *   Second mention.
 * @returns
 *   One period.
 */
function mergeRange(context: ParsingContext, from: ParsingResult, to: ParsingResult): ParsingResult {
  const start = from.start.clone()
  const end = (to.end ?? to.start).clone()
  if (!start.isCertain('day') && !start.isCertain('month') && start.isCertain('hour') && to.start.isCertain('day')) {
    // `từ 8h00 đến 11h30 ngày 10/6/2026`: a time alone takes the day of the end.
    for (const unit of ['year', 'month', 'day'] as const) start.imply(unit, to.start.get(unit) ?? 0)
  } else if (!start.isCertain('year') && to.start.isCertain('year')) {
    const year = to.start.get('year') ?? 0
    moveYear(start, year)
    if (compareYmd(ymdOf(start), ymdOf(to.end ?? to.start)) > 0) moveYear(start, year - 1)
  }
  const word = FROM.exec(before(context.text, from.index, 10))
  const index = from.index - (word ? word[0].length : 0)
  const text = context.text.slice(index, to.index + to.text.length)
  return rebuild(context, from, {index, text, start, end, meta: {period: true}})
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   A mention that may follow `từ nay đến`.
 * @returns
 *   The period from the reference date, or `undefined`.
 */
function fromNow(context: ParsingContext, result: ParsingResult): ParsingResult | undefined {
  if (!isRangeable(result) && readMeta(result).due !== 'by-end-of-period') return undefined
  const match = FROM_NOW.exec(before(context.text, result.index, 40))
  if (!match) return undefined
  const isPeriod = Boolean(result.end) || Boolean(readMeta(result).period)
  const start = setYmd(context.createParsingComponents(), referenceOf(context), {year: true, month: true, day: true})
  const end = (result.end ?? result.start).clone()
  const index = result.index - match[0].length
  const meta: Meta = {period: true, due: isPeriod ? 'by-end-of-period' : 'before'}
  return rebuild(context, result, {index, text: context.text.slice(index, result.index + result.text.length), start, end, meta})
}

/**
 * @param components
 *   Components to change.
 * @param year
 *   Year the range's end states: written once for both ends, so as certain as if written twice.
 */
function moveYear(components: ParsingComponents, year: number): void {
  components.assign('year', year)
}

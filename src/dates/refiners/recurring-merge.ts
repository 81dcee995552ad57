/**
 * Join a date to the recurrence that governs it, into one recurring mention (no `start`/`end`):
 * - `trước ngày 15/12 hằng năm`, `ngày 15/12 hàng năm`: date then recurrence;
 * - `định kỳ hàng năm (trước ngày 10/12)`, `hằng năm, trước ngày 10/12`: recurrence then date
 *   (the closing parenthesis is taken in);
 * - `hằng tháng (trước ngày 25)`, `định kỳ hằng tháng, chậm nhất ngày 5`: a day of the month that no
 *   parser reads alone.
 * `due` comes from the date (`before` for `trước`/`chậm nhất`, else `on`).
 */
import type {ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import {readMeta, rebuild, type Due} from '../meta.js'
import {after} from '../patterns.js'

const DAY_OF_MONTH =
  /^(\s*(?:,\s*)?(?:(\()\s*)?)((?:(trước|(?:chậm|muộn)\s+nhất(?:\s+là)?|vào)\s+)?ngày\s+(\d{1,2}))(?![\d/.\-\p{L}])(\s*\))?/iu

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
      output.push(withDayOfMonth(context, current))
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
    isDate(second, secondMeta.recurrence) &&
    (secondMeta.due === 'before' || secondMeta.due === 'on') &&
    /^\s*(?:[,(]\s*)?$/u.test(between)
  ) {
    let end = second.index + second.text.length
    if (between.includes('(')) {
      const close = /^\s*\)/u.exec(after(context.text, end, 5))
      if (!close) return undefined
      end += close[0].length
    }
    return rebuild(context, first, {
      text: context.text.slice(first.index, end),
      meta: {recurrence: firstMeta.recurrence, undated: true, due: secondMeta.due}
    })
  }
  return undefined
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   Mention.
 * @returns
 *   A monthly recurrence extended over a following day of the month, else `result`.
 */
function withDayOfMonth(context: ParsingContext, result: ParsingResult): ParsingResult {
  const meta = readMeta(result)
  if (meta.recurrence !== 'hằng tháng') return result
  const end = result.index + result.text.length
  const match = DAY_OF_MONTH.exec(after(context.text, end, 60))
  if (!match) return result
  const day = Number(match[5])
  if (day < 1 || day > 31) return result
  const open = match[2] !== undefined
  const close = match[6] !== undefined
  if (open && !close) return result
  const length = open ? match[0].length : (match[1] ?? '').length + (match[3] ?? '').length
  const keyword = (match[4] ?? '').toLowerCase()
  const due: Due = keyword.startsWith('trước') || keyword.includes('nhất') ? 'before' : 'on'
  return rebuild(context, result, {text: context.text.slice(result.index, end + length), meta: {...meta, due}})
}

/**
 * Join a weekday to the week written after it: `thứ Sáu tuần sau`, `thứ Hai tuần này`, `thứ Năm tuần tới`,
 * `thứ Ba tuần trước` are that day of that week (the week as the `relative-period` parser reads it,
 * Monday to Sunday), a day counted from the reference date.
 *
 * Runs before chrono's merge refiners, so that a time still joins it (`9 giờ thứ Sáu tuần sau`).
 */
import type {ParsingResult, Refiner} from 'chrono-node'
import {FROM_REFERENCE_TAG, readMeta, setYmd, ymdOf} from '../meta.js'
import {dayOfWeek, weekdayIntroduced} from '../parsers/weekday.js'

const WEEK = /^tuần\s/iu

export const weekdayWeekRefiner: Refiner = {
  refine(context, results) {
    const output: ParsingResult[] = []
    for (let index = 0; index < results.length; index++) {
      const current = results[index]
      const next = results[index + 1]
      if (!current) continue
      const dow = current.start.get('weekday')
      const joins =
        next &&
        dow !== null &&
        current.start.isCertain('weekday') &&
        !current.start.isCertain('day') &&
        readMeta(next).relative &&
        next.end &&
        WEEK.test(next.text) &&
        /^\s+$/u.test(context.text.slice(current.index + current.text.length, next.index)) &&
        weekdayIntroduced(context.text, current.index, current.text)
      if (!joins || !next || dow === null) {
        output.push(current)
        continue
      }
      const day = dayOfWeek(ymdOf(next.start), dow)
      const start = setYmd(context.createParsingComponents({weekday: dow}), day, {year: true, month: true, day: true})
      const text = context.text.slice(current.index, next.index + next.text.length)
      output.push(context.createParsingResult(current.index, text, start).addTag(FROM_REFERENCE_TAG))
      index++
    }
    return output
  }
}

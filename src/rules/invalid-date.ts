/**
 * Error on dates that do not exist, written anywhere in the text: `30/02/2026`, `31/4/2026`,
 * `ngày 15 tháng 13 năm 2026`, `tháng 13/2026`. The date engine rightly refuses to read them, so a
 * deadline written that way is silently lost. A numeric date needs a four-digit year (1900–2099) so that
 * fractions, scores and document numbers are never taken for dates; “tháng 13” without a year is left
 * alone (the thirteenth-month salary). Examples: fixtures/rules/invalid-date/.
 */
import {dateProblem, writtenDates} from '../dates/invalid.js'
import {defineRule, type Message} from './rule.js'
import {quote} from './support/notice.js'

export default defineRule({
  id: 'invalid-date',
  severity: 'error',
  description: 'Dates written in the text exist (no 30/02/2026, no month 13)',
  descriptionVi: 'Các ngày tháng ghi trong văn bản đều có thật (không có 30/02/2026, không có tháng 13)',
  check(_notice, report, context) {
    for (const {date: start, end, day, month, year} of writtenDates(context.text, false)) {
      // Read without `yearless`, every date has its year.
      if (year === null) continue
      const problem = describe(day, month, year)
      if (!problem) continue
      const date = quote(context.text.slice(start, end))
      report(
        {
          en: `Unexpected impossible date “${date}” (${problem.why.en}), expected ${problem.expected.en}`,
          vi: `Ngày tháng “${date}” không có thật (${problem.why.vi}); cần ghi ${problem.expected.vi}`
        },
        context.position(start, end)
      )
    }
  }
})

/** What is wrong with a date, in both languages, or null when it exists. */
function describe(day: number | null, month: number, year: number): {why: Message; expected: Message} | null {
  const problem = dateProblem(day, month, year)
  if (!problem) return null
  if (problem.kind === 'month') {
    return {why: {en: `there is no month ${month}`, vi: `không có tháng ${month}`}, expected: {en: 'a month from 1 to 12', vi: 'tháng từ 1 đến 12'}}
  }

  const {days} = problem
  return {
    why: {en: `month ${month} of ${year} has ${days} days`, vi: `tháng ${month} năm ${year} chỉ có ${days} ngày`},
    expected: {en: `a day from 1 to ${days}`, vi: `ngày từ 1 đến ${days}`}
  }
}

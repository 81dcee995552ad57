/**
 * Error on dates that do not exist, written anywhere in the text: `30/02/2026`, `31/4/2026`,
 * `ngày 15 tháng 13 năm 2026`, `tháng 13/2026`. The date engine rightly refuses to read them, so a
 * deadline written that way is silently lost. A numeric date needs a four-digit year (1900–2099) so that
 * fractions, scores and document numbers are never taken for dates; “tháng 13” without a year is left
 * alone (the thirteenth-month salary). Examples: fixtures/rules/invalid-date/.
 */
import {defineRule, type Message} from './rule.js'
import {quote} from './support/notice.js'

/** Vietnamese words in NFC or NFD, any case. */
const NGAY = '(?:ngày|nga\\u0300y)'
const THANG = '(?:tháng|tha\\u0301ng)'
const NAM = '(?:năm|na\\u0306m)'
const SPACE = '\\s{1,4}'

/** One way of writing a date; `day` is null for a month-only form. Ordered: longer forms first. */
interface DateForm {
  pattern: RegExp
  parts(match: RegExpExecArray): {day: number | null; month: number; year: number}
}

const forms: DateForm[] = [
  {
    pattern: new RegExp(`(?<![\\p{sc=Latn}\\d\\p{No}])${NGAY}${SPACE}(\\d{1,2})${SPACE}${THANG}${SPACE}(\\d{1,2})${SPACE}${NAM}${SPACE}(\\d{4})(?![\\d\\p{No}])`, 'giu'),
    parts: (match) => ({day: Number(match[1]), month: Number(match[2]), year: Number(match[3])})
  },
  {
    pattern: /(?<![\p{sc=Latn}\d\p{No}/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d\p{No}/])/gu,
    parts: (match) => ({day: Number(match[1]), month: Number(match[3]), year: Number(match[4])})
  },
  {
    pattern: new RegExp(`(?<![\\p{sc=Latn}\\d\\p{No}])${THANG}${SPACE}(\\d{1,2})(?:${SPACE}${NAM}${SPACE}|\\s?[/.\\-]\\s?)(\\d{4})(?![\\d\\p{No}/])`, 'giu'),
    parts: (match) => ({day: null, month: Number(match[1]), year: Number(match[2])})
  }
]

export default defineRule({
  id: 'invalid-date',
  severity: 'error',
  description: 'Dates written in the text exist (no 30/02/2026, no month 13)',
  descriptionVi: 'Các ngày tháng ghi trong văn bản đều có thật (không có 30/02/2026, không có tháng 13)',
  check(_notice, report, context) {
    // Spans already read by a longer form, one sorted list per form, so a date is judged once.
    const taken: Array<Array<[number, number]>> = []
    for (const form of forms) {
      const spans: Array<[number, number]> = []
      for (const match of context.text.matchAll(form.pattern)) {
        const start = match.index
        const end = start + match[0].length
        if (taken.some((earlier) => overlaps(earlier, start, end))) continue
        spans.push([start, end])
        const {day, month, year} = form.parts(match)
        if (year < 1900 || year > 2099) continue
        const problem = describe(day, month, year)
        if (!problem) continue
        const date = quote(match[0])
        report(
          {
            en: `Unexpected impossible date “${date}” (${problem.why.en}), expected ${problem.expected.en}`,
            vi: `Ngày tháng “${date}” không có thật (${problem.why.vi}); cần ghi ${problem.expected.vi}`
          },
          context.position(start, end)
        )
      }

      taken.push(spans)
    }
  }
})

/** Whether `[start, end)` overlaps one of the sorted, disjoint spans (binary search: texts may hold many dates). */
function overlaps(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let low = 0
  let high = spans.length - 1
  let last = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((spans[middle]?.[0] ?? 0) < end) {
      last = middle
      low = middle + 1
    } else high = middle - 1
  }

  return last >= 0 && (spans[last]?.[1] ?? 0) > start
}

/** What is wrong with a date, or null when it exists. */
function describe(day: number | null, month: number, year: number): {why: Message; expected: Message} | null {
  if (month < 1 || month > 12) {
    return {why: {en: `there is no month ${month}`, vi: `không có tháng ${month}`}, expected: {en: 'a month from 1 to 12', vi: 'tháng từ 1 đến 12'}}
  }

  if (day === null) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day >= 1 && day <= days) return null
  return {
    why: {en: `month ${month} of ${year} has ${days} days`, vi: `tháng ${month} năm ${year} chỉ có ${days} ngày`},
    expected: {en: `a day from 1 to ${days}`, vi: `ngày từ 1 đến ${days}`}
  }
}

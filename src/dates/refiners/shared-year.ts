/**
 * A year written once for a list: `Quý I và Quý II năm 2020`, `tháng 7, tháng 8/2026`,
 * `ngày 10/6 và ngày 15/6/2026`. A mention without a year, followed (after `và`, `,`, `hoặc`) by a
 * mention of the same sort with a year, takes that year as stated.
 */
import type {ParsingComponents, ParsingResult, Refiner} from 'chrono-node'
import {readMeta, rebuild} from '../meta.js'

const LIST = /^\s*(?:,|và|hoặc|,\s*và)\s*$/iu

export const sharedYearRefiner: Refiner = {
  refine(context, results) {
    const output = [...results]
    for (let index = output.length - 2; index >= 0; index--) {
      const current = output[index]
      const next = output[index + 1]
      if (!current || !next) continue
      if (current.start.isCertain('year') || !next.start.isCertain('year')) continue
      if (!sameSort(current, next)) continue
      if (!LIST.test(context.text.slice(current.index + current.text.length, next.index))) continue
      const year = next.start.get('year') ?? 0
      const start = withYear(current.start, year)
      const end = current.end ? withYear(current.end, year) : null
      output[index] = rebuild(context, current, {start, end})
    }
    return output
  }
}

/**
 * @param a
 *   Mention.
 * @param b
 *   Mention.
 * @returns
 *   Whether both are days, or both periods of our parsers.
 */
function sameSort(a: ParsingResult, b: ParsingResult): boolean {
  const aMeta = readMeta(a)
  const bMeta = readMeta(b)
  if (aMeta.relative || bMeta.relative || aMeta.undated || bMeta.undated) return false
  return Boolean(aMeta.period) === Boolean(bMeta.period) && a.start.isCertain('day') === b.start.isCertain('day')
}

/**
 * @param components
 *   Components.
 * @param year
 *   Year to assign.
 * @returns
 *   Copy with the year.
 */
function withYear(components: ParsingComponents, year: number): ParsingComponents {
  return components.clone().assign('year', year)
}

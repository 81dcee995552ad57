/**
 * Give chrono's year results (`năm 2025`, from `VIYearParser`) their span: 1 January to 31 December.
 */
import type {Refiner} from 'chrono-node'
import {readMeta, rebuild, setYmd} from '../meta.js'

export const periodRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const start = result.start
      if (result.end || readMeta(result).period || !start.isCertain('year') || start.isCertain('month')) return result
      const year = start.get('year') ?? 0
      const certain = {year: true, month: false, day: false}
      return rebuild(context, result, {
        start: setYmd(start.clone(), {year, month: 1, day: 1}, certain),
        end: setYmd(context.createParsingComponents(), {year, month: 12, day: 31}, certain),
        meta: {...readMeta(result), period: true}
      })
    })
  }
}

/**
 * Run one of chrono's refiners on chrono-style results only: those our parsers marked with meta data
 * (recurring, relative, periods, seasons) are set aside and put back in text order afterwards.
 *
 * Needed because chrono's merge refiners judge results by their certain components: a recurring
 * mention has none, so `VIMergeDateTimeRefiner` would take it for a time and merge
 * `thường xuyên` + `, ` + `định kỳ`.
 */
import type {ParsingResult, Refiner} from 'chrono-node'
import {readMeta} from '../meta.js'

/**
 * @param refiner
 *   chrono refiner.
 * @returns
 *   The same refiner, blind to our results.
 */
export function chronoOnly(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours: ParsingResult[] = []
      const theirs: ParsingResult[] = []
      for (const result of results) {
        if (Object.keys(readMeta(result)).length > 0) ours.push(result)
        else theirs.push(result)
      }
      if (ours.length === 0) return refiner.refine(context, results)
      return [...refiner.refine(context, theirs), ...ours].sort((a, b) => a.index - b.index)
    }
  }
}

/**
 * Trim white space that a parser took in at either end (chrono's `VITimeExpressionParser` can end on
 * spaces: `7 giờ ` before a non-ASCII letter).
 */
import type {Refiner} from 'chrono-node'
import {rebuild} from '../meta.js'

export const trimRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const leading = /^\s*/u.exec(result.text)?.[0].length ?? 0
      const text = result.text.trim()
      if (text.length === result.text.length) return result
      return rebuild(context, result, {index: result.index + leading, text})
    })
  }
}

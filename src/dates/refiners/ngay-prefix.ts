/**
 * Take the word `ngày` before a date into the result (`ngày 30/6/2026`, not `30/6/2026`), so that the
 * mention reads as written and chrono's merge refiners see `17 giờ` + ` ` + `ngày 10/7/2026`.
 */
import type {Refiner} from 'chrono-node'
import {rebuild} from '../meta.js'
import {before} from '../patterns.js'

const NGAY = /(?<![\p{L}\p{N}])ngày\s*$/iu

export const ngayPrefixRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      if (!result.start.isCertain('day') || /^ngày/iu.test(result.text)) return result
      const match = NGAY.exec(before(context.text, result.index, 20))
      if (!match) return result
      const index = result.index - match[0].length
      return rebuild(context, result, {index, text: context.text.slice(index, result.index + result.text.length)})
    })
  }
}

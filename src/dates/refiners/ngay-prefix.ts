/**
 * Take the word `ngày` before a date into the result (`ngày 30/6/2026`, not `30/6/2026`), so that the
 * mention reads as written and chrono's merge refiners see `17 giờ` + ` ` + `ngày 10/7/2026`; and `hồi`
 * before a time (`hồi 14 giờ 00`), as chrono takes `lúc`.
 */
import type {Refiner} from 'chrono-node'
import {rebuild} from '../meta.js'
import {before} from '../patterns.js'

const NGAY = /(?<![\p{sc=Latn}\d\p{No}])ngày\s*$/iu
const HOI = /(?<![\p{sc=Latn}\d\p{No}])hồi\s*$/iu

export const ngayPrefixRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const time = result.start.isCertain('hour') && !/^(?:lúc|hồi)/iu.test(result.text)
      if (!time && (!result.start.isCertain('day') || /^ngày/iu.test(result.text))) return result
      const match = (time ? HOI : NGAY).exec(before(context.text, result.index, 20))
      if (!match) return result
      const index = result.index - match[0].length
      return rebuild(context, result, {index, text: context.text.slice(index, result.index + result.text.length)})
    })
  }
}

/**
 * Mark as `relative` what chrono's casual parsers read from the reference date (`ngày mai lúc 15 giờ`,
 * `thứ Sáu tuần sau`, `3 ngày trước`, `buổi chiều` alone), once chrono's merge refiners have joined dates
 * and times: without a document date such a date is not known, and the task extractor drops it.
 *
 * A part of the day joined to a written date (`buổi sáng ngày 15/6/2026`) stays a plain date.
 */
import type {Refiner} from 'chrono-node'
import {FROM_REFERENCE_TAG, readMeta, rebuild} from '../meta.js'

export const fromReferenceRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const meta = readMeta(result)
      if (meta.relative) return result
      const tags = result.tags()
      const fromReference =
        tags.has(FROM_REFERENCE_TAG) || (tags.has('parser/dayPart') && !result.start.isCertain('day'))
      return fromReference ? rebuild(context, result, {meta: {...meta, relative: true}}) : result
    })
  }
}

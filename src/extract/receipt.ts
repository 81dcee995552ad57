/**
 * Header → receipt: the incoming stamp (`ĐẾN`) a receiving office puts on its copy: office, số đến
 * (register number, not the document's), date received, `Chuyển` (forwarded to) and `Số và ký hiệu HS`
 * (case file). Fields left as dots are null. Null when the copy has no stamp.
 */
import {defineExtractor} from './extractor.js'
import {analyzeHeader} from './header/header.js'
import {spanOf} from './header/span.js'

export default defineExtractor({
  key: 'receipt',
  extract(context) {
    const stamp = analyzeHeader(context).stamp
    if (!stamp) return null
    const position = spanOf(context, stamp.parts)
    if (!position) return null
    return {
      office: stamp.office,
      number: stamp.number,
      date: stamp.date,
      forwardedTo: stamp.forwardedTo,
      file: stamp.file,
      position
    }
  }
})

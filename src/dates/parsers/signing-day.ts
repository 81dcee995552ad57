/**
 * A start counted from the day this document is signed: `có hiệu lực kể từ ngày ký`, `thực hiện kể từ
 * ngày ban hành`. That day is the document's date, the reference: relative, `due` = `other` (a start,
 * not a deadline). After a span (`trong vòng 15 ngày kể từ ngày ký`) the relative-anchor refiner takes
 * the phrase into the span instead.
 *
 * Examples: `kể từ ngày ký` · `tính từ ngày ký ban hành` · `kể từ ngày ban hành Kế hoạch này`.
 * Not: `kể từ ngày ký hợp đồng` (another signing).
 */
import {referenceOf, setYmd, writeMeta} from '../meta.js'
import {compile, SIGNING_DAY, startsWord, WORD_START} from '../patterns.js'
import {gated} from './gate.js'

export const signingDayParser = gated([['kể', 'tính']], {
  pattern: compile(`${WORD_START}(?:kể|tính)\\s+từ\\s+${SIGNING_DAY}(?!\\s+\\p{Ll})`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, referenceOf(context), {year: true, month: true, day: true})
    return writeMeta(result, {relative: true, due: 'other'})
  }
})

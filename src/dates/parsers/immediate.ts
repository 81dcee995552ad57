/**
 * Immediacy as an explicit deadline word: relative, `start` = the reference date, no end.
 *
 * `ngay` counts only after an action verb (`thực hiện ngay`, `triển khai ngay`) or as `ngay lập tức`; not
 * in `ngay sau khi`, `ngay từ đầu`, `ngay tại`, `ngay cả`, `ngay trong …` (there the period that follows is
 * the deadline). `khẩn trương` is not read: it says how (with urgency), not when, and names no time.
 *
 * Examples: `thực hiện ngay` · `triển khai ngay các giải pháp` · `dừng ngay` · `ngay lập tức`.
 */
import {immediateActs, notImmediateAfter} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {referenceOf, setYmd, writeMeta} from '../meta.js'
import {after, before, compile, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {gated} from './gate.js'

const AFTER_VERB = new RegExp(`${WORD_START}(?:${wordAlternation(immediateActs)})\\s+$`, 'iu')
const NOT_IMMEDIATE = new RegExp(`^\\s+(?:${wordAlternation(notImmediateAfter)})${WORD_END}`, 'iu')

export const immediateParser = gated([['ngay']], {
  pattern: compile(`${WORD_START}(ngay(?:\\s+lập\\s+tức)?)${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    if (!startsWord(context.text, index)) return null
    const word = (match[1] ?? '').toLowerCase()
    const left = before(context.text, index, 30)
    if (!word.includes('lập') && (!AFTER_VERB.test(left) || NOT_IMMEDIATE.test(after(context.text, index + match[0].length, 20)))) {
      return null
    }
    const result = context.createParsingResult(index, match[0])
    setYmd(result.start, referenceOf(context), {year: true, month: true, day: true})
    return writeMeta(result, {relative: true, due: 'other'})
  }
})

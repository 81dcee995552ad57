/**
 * A weekday written alone (`họp vào thứ hai`, `sáng thứ Sáu`, `Chủ nhật`) that no date, week or rhythm
 * joined: the first such day on or after the reference date, a day counted from it (`relative`).
 *
 * `thứ hai` … `thứ bảy` are also ordinals (`lần thứ hai`, `Thứ hai, tăng cường …`, `lần thứ hai và thứ
 * ba`), so a weekday alone is read only when the text says it is a day: a word that introduces a day right
 * before it ({@link weekdayAloneIntro}), its name capitalised (`thứ Sáu`: ordinals are not), `Chủ nhật`
 * (never an ordinal), or the weekday alone on its line (a schedule's cell; an ordinal needs a noun before
 * it or a comma after it). Otherwise chrono's strict `UnlikelyFormatFilter` drops it, as before.
 *
 * Runs after chrono's merge refiners: `thứ Hai, ngày 15/6/2026` is that date, `9 giờ thứ Sáu` keeps its time.
 */
import type {ParsingResult, Refiner} from 'chrono-node'
import {weekdayAloneIntro} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {addDays, weekday, type Ymd} from '../calendar.js'
import {FROM_REFERENCE_TAG, referenceOf, setYmd} from '../meta.js'
import {after, before, WORD_START} from '../patterns.js'

const INTRO = new RegExp(`${WORD_START}(?:${wordAlternation(weekdayAloneIntro)})\\s+$`, 'iu')
const CAPITALISED = /^[Tt]hứ\s+\p{Lu}/u
/** `Thứ Hai, …` opening a sentence enumerates. */
const ENUMERATION = /^\s*,/u
const SENTENCE_START = /(?:^|[.:;!?]\s|\n)[\t *_>|•-]*$/u
const LINE_START = /(?:^|\n)[\t *_>|•-]*$/u
const LINE_END = /^[\t *_|]*(?:[.;:!?)][\t *_|]*)?(?:\n|$)/u
/** A rhythm after it: `thứ Sáu hằng tuần` is read by the recurring parser. */
const RHYTHM = /^\s*(?:hằng|hàng|mỗi)\s/iu
/** `từ thứ Hai đến thứ Sáu`: days of every week (working days), not dates. */
const SPAN_FROM = /(?<![\p{sc=Latn}\d\p{No}])từ\s+$/iu
const SPAN_TO_AFTER = /^\s*(?:đến|tới|-|–)\s*(?:thứ|chủ)\s/iu
const SPAN_TO_BEFORE = /(?<![\p{sc=Latn}\d\p{No}])(?:thứ\s+\p{sc=Latn}+|chủ\s+nhật)\s*(?:đến|tới|-|–)\s*$/iu
/** `ngày 12/6/2026 (thứ Sáu)`, `thứ Sáu (12/6)`: the weekday of a date written beside it. */
const DATE_BEFORE = /\d\s*[,(]\s*$/u
const DATE_AFTER = /^\s*[,(]\s*(?:ngày\s+)?\d/iu
/** Where the weekday starts in the result's text (`9 giờ thứ Sáu`). */
const WEEKDAY_AT = /(?<![\p{sc=Latn}\d\p{No}])(?:thứ|chủ)\s/iu

export const weekdayAloneRefiner: Refiner = {
  refine(context, results) {
    return results.map((result): ParsingResult => {
      const {start} = result
      const dow = start.get('weekday')
      if (dow === null || !start.isCertain('weekday') || start.isCertain('day') || result.end) return result
      const end = result.index + result.text.length
      const at = WEEKDAY_AT.exec(result.text)?.index
      if (at === undefined || RHYTHM.test(after(context.text, end, 10))) return result
      const timed = start.isCertain('hour')
      if (!timed && !aDay(context.text, result.index + at, end, result.text.slice(at))) return result
      setYmd(start, onOrAfter(referenceOf(context), dow), {year: true, month: true, day: true})
      return result.addTag(FROM_REFERENCE_TAG)
    })
  }
}

/**
 * @param text
 *   Full text.
 * @param index
 *   Where the weekday starts.
 * @param end
 *   Where it ends.
 * @param written
 *   The weekday as written.
 * @returns
 *   Whether the text says it is a day, not an ordinal or a day of every week.
 */
function aDay(text: string, index: number, end: number, written: string): boolean {
  const left = before(text, index, 30)
  const right = after(text, end, 20)
  if (DATE_BEFORE.test(left) || DATE_AFTER.test(right)) return false
  if ((SPAN_FROM.test(left) && SPAN_TO_AFTER.test(right)) || SPAN_TO_BEFORE.test(left)) return false
  if (ENUMERATION.test(right) && SENTENCE_START.test(left)) return false
  if (CAPITALISED.test(written) || /^chủ/iu.test(written)) return true
  return INTRO.test(left) || (LINE_START.test(left) && LINE_END.test(right))
}

function onOrAfter(reference: Ymd, dow: number): Ymd {
  return addDays(reference, (dow - weekday(reference) + 7) % 7)
}

/**
 * chrono's `VIWeekdayParser` in the engine. A weekday with `này` or `tới` right after it is a day counted
 * from the reference date: `này` the day of this week (weeks run Monday to Sunday, as `tuần này`), `tới`
 * the next such day after the reference. `thứ Sáu tuần sau` is joined by the `weekday-week` refiner.
 *
 * A weekday alone (`thứ Hai`) stays chrono's weekday-only result: kept when merged with a date
 * (`thứ Hai, ngày 15/6/2026`), dropped otherwise by chrono's strict `UnlikelyFormatFilter`, since `thứ hai`
 * is also "second" (`lần thứ hai`). For the same reason the weekday must be introduced
 * ({@link weekdayIntroduced}): `lần thứ hai này`, `kỳ họp thứ năm tới` are ordinals.
 * Not read as relative: `thứ hai sau` (`vấn đề thứ hai sau đây`), `thứ hai qua`.
 */
import type {Parser} from 'chrono-node'
import {weekdayIntro} from '../../lexicon/dates.js'
import {wordAlternation} from '../../text/words.js'
import {addDays, weekday, type Ymd} from '../calendar.js'
import {FROM_REFERENCE_TAG, referenceOf, setYmd} from '../meta.js'
import {before, WORD_START} from '../patterns.js'
import {wrapChrono} from './chrono-wrap.js'
import type {Gate} from './gate.js'

const WEEKDAY_GROUP = 1
const MODIFIER_GROUP = 2

const INTRO = new RegExp(`(?:^|[.,;:!?(\\n–-]|${WORD_START}(?:${wordAlternation(weekdayIntro)}))\\s*$`, 'iu')
/** `thứ Sáu`, `Chủ nhật`: directives capitalise weekdays, never ordinals. */
const CAPITALISED = /^(?:thứ\s+\p{Lu}|Chủ\s+nhật)/u

/** chrono's names: chủ nhật, thứ hai … thứ bảy, CN, T2 … T7. */
const GATE: Gate = [['nhật', 'thứ', 'cn', 't2', 't3', 't4', 't5', 't6', 't7']]

/**
 * @param parser
 *   chrono's `VIWeekdayParser`.
 * @returns
 *   Parser.
 */
export function weekdayParser(parser: Parser): Parser {
  return wrapChrono(parser, GATE, (context, match, components) => {
    const name = match[WEEKDAY_GROUP] ?? ''
    const modifier = (match[MODIFIER_GROUP] ?? '').toLowerCase()
    const dow = components.get('weekday')
    const index = match.index ?? 0
    if (modifier === '' || dow === null) return components
    if ((modifier !== 'này' && modifier !== 'tới') || !weekdayIntroduced(context.text, index, name)) {
      // Leave the modifier to whatever follows; the weekday alone is judged as chrono's.
      return {text: name, components: context.createParsingComponents({weekday: dow})}
    }
    const reference = referenceOf(context)
    const day = modifier === 'này' ? dayOfWeek(reference, dow) : nextWeekday(reference, dow)
    setYmd(components, day, {year: true, month: true, day: true})
    components.assign('weekday', dow)
    return components.addTag(FROM_REFERENCE_TAG)
  })
}

/**
 * @param text
 *   Full text.
 * @param index
 *   Offset of the weekday.
 * @param name
 *   The weekday as written.
 * @returns
 *   Whether it names a day rather than an ordinal: capitalised, at the start of a sentence or clause, or
 *   after a word that introduces a day (`vào`, `sáng`, `trước`, …).
 */
export function weekdayIntroduced(text: string, index: number, name: string): boolean {
  return CAPITALISED.test(name) || INTRO.test(before(text, index, 30))
}

/**
 * @param inWeek
 *   A day of the week wanted (Monday to Sunday).
 * @param dow
 *   Weekday, 0 = Sunday.
 * @returns
 *   That weekday in the week of `inWeek`.
 */
export function dayOfWeek(inWeek: Ymd, dow: number): Ymd {
  const monday = addDays(inWeek, -((weekday(inWeek) + 6) % 7))
  return addDays(monday, (dow + 6) % 7)
}

/**
 * @param reference
 *   Reference date.
 * @param dow
 *   Weekday, 0 = Sunday.
 * @returns
 *   The first such day after the reference.
 */
function nextWeekday(reference: Ymd, dow: number): Ymd {
  return addDays(reference, (dow - weekday(reference) + 7) % 7 || 7)
}

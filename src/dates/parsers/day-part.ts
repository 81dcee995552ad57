/**
 * chrono's `VICasualTimeParser` in the engine: a part of the day, as the hour chrono gives it (sáng 9:00,
 * trưa 12:00, chiều 15:00, tối 19:00, đêm 22:00, nửa đêm 0:00, bình minh / sáng sớm 6:00), on the
 * reference day or on the day written next to it.
 *
 * Examples: `buổi chiều` · `hôm nay buổi sáng` · `buổi sáng ngày 15/6/2026` · `nửa đêm`.
 * Not: `sáng`, `chiều`, `tối`, `đêm` without `buổi` (`sáng kiến`, `chiều dài`, `tối đa`, `ban đêm`).
 */
import type {Parser} from 'chrono-node'
import {partsOfDayAlone} from '../../lexicon/dates.js'
import {wrapChrono} from './chrono-wrap.js'
import type {Gate} from './gate.js'

const ALONE = new Set(partsOfDayAlone)

/** chrono's phrases: (buổi) sáng sớm, sáng, trưa, chiều, tối, đêm, nửa đêm, bình minh. */
const GATE: Gate = [['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'bình']]

/**
 * @param parser
 *   chrono's `VICasualTimeParser`.
 * @returns
 *   Parser.
 */
export function dayPartParser(parser: Parser): Parser {
  return wrapChrono(parser, GATE, (_context, match, components) => {
    const text = match[0].toLowerCase().replace(/\s+/gu, ' ')
    if (!text.startsWith('buổi') && !ALONE.has(text)) return null
    // chrono implies the hour; the part of the day is written, so its hour is the mention's time.
    components.assign('hour', components.get('hour') ?? 0)
    components.assign('minute', components.get('minute') ?? 0)
    // Its day is the reference only when no date is joined to it: `fromReferenceRefiner` looks at this tag then.
    return components.addTag('parser/dayPart')
  })
}

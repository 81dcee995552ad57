/**
 * chrono's `VICasualDateParser` in the engine: a day named from the reference date.
 *
 * Examples: `hôm nay` · `hôm qua` · `hôm kia` · `ngày mai` · `ngày kia` · `ngày mai lúc 15 giờ` (joined to
 * the time by chrono's `VIMergeDateTimeRefiner`).
 * Not: `bây giờ`, `lúc này` ("now": in directives "at present", `Lúc này, cần …`, no date to keep).
 */
import type {Parser} from 'chrono-node'
import {FROM_REFERENCE_TAG} from '../meta.js'
import {wrapChrono} from './chrono-wrap.js'
import type {Gate} from './gate.js'

/** chrono's phrases: hôm nay/qua/kia, ngày mai/kia, bây giờ, lúc này. */
const GATE: Gate = [['hôm', 'mai', 'kia', 'bây', 'lúc']]

/**
 * @param parser
 *   chrono's `VICasualDateParser`.
 * @returns
 *   Parser.
 */
export function casualDayParser(parser: Parser): Parser {
  return wrapChrono(parser, GATE, (_context, _match, components) => {
    if (components.isCertain('hour')) return null
    return components.addTag(FROM_REFERENCE_TAG)
  })
}

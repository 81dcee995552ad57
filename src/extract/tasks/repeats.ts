/**
 * A task's repeating work, from the date mentions of its text: the recurrence as written (the first
 * recurring phrase: `thường xuyên`, `hằng tháng`, `định kỳ` …) and its RFC 5545 rule (from the first
 * phrase that gives one, so "định kỳ … hàng tháng" is monthly), bounded by an end the same sentence
 * writes ("hằng tháng báo cáo … đến hết năm 2026", "Đến ngày 31/12/2026, hằng tuần …"). Such an end says
 * until when the work repeats, so it is the rule's UNTIL and not a deadline of its own.
 */
import type {DateMention} from '../../dates/index.js'
import {rruleOf, untilOf} from '../../dates/rrule.js'
import {fold} from '../../text/fold.js'

export interface Repeats {
  recurrence: string | null
  rrule: string | null
  /** The mentions that end the repeating work, read into `rrule` (never a deadline). */
  bounds: ReadonlySet<DateMention>
}

/**
 * @param text
 *   The task's text the mentions were found in.
 * @param mentions
 *   Its date mentions (citations' dates left out), in text order.
 * @returns
 *   The recurrence, its rule and the mentions that bound it.
 */
export function readRepeats(text: string, mentions: readonly DateMention[]): Repeats {
  const recurring = mentions.filter((mention) => mention.kind === 'recurring')
  const first = recurring[0]
  if (!first) return {recurrence: null, rrule: null, bounds: new Set()}
  const recurrence = first.recurrence ?? fold(first.raw)
  const rhythm = recurring.find((mention) => rruleOf(mention.raw) !== null)
  if (!rhythm) return {recurrence, rrule: null, bounds: new Set()}
  const bound = mentions.find((mention) => untilOf(mention) !== null && sameSentence(text, mention, rhythm))
  const until = bound ? untilOf(bound) : null
  return {recurrence, rrule: rruleOf(rhythm.raw, until), bounds: new Set(bound ? [bound] : [])}
}

/** No sentence or clause break (". ", ";") between two mentions: "đến năm 2030" in another sentence is a target, not an end. */
function sameSentence(text: string, left: DateMention, right: DateMention): boolean {
  const [first, second] = left.index < right.index ? [left, right] : [right, left]
  return !/[.;](?:\s|$)/u.test(text.slice(first.index + first.length, second.index))
}

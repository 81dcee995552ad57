/**
 * What our parsers and refiners know about a result beyond chrono's date components, stored as chrono
 * tags (`directive/…`) on the result's components so that it travels with the result through chrono's
 * own refiners.
 *
 * chrono's `ParsingComponents.clone()` drops tags, so refiners that rebuild a result go through
 * {@link rebuild}, which copies them.
 */
import type {ParsingComponents, ParsingContext, ParsingResult} from 'chrono-node'
import {addDays, addMonths, addWorkingDays, type Ymd} from './calendar.js'

/** How a mention reads as a task deadline. */
export type Due = 'before' | 'on' | 'by-end-of-period' | 'other'

/** Unit of a relative span (`trong vòng 10 ngày làm việc`). */
export type SpanUnit = 'day' | 'workday' | 'week' | 'month' | 'quarter' | 'year' | 'hour'

/** What a result means, on top of its date components. */
export interface Meta {
  /** A period (month, quarter, year, range…); `end` holds its last day. */
  period?: boolean
  /** Relative to the reference date (`trong vòng 10 ngày`, `năm nay`, `ngay`). */
  relative?: boolean
  /** A relative span counted from a date the text writes in full (`… kể từ ngày 10/6/2026`), not from the reference. */
  fixed?: boolean
  /** Names no date: output `start`/`end` are `null` (`hằng tháng`, `trong 24 giờ kể từ khi …`). */
  undated?: boolean
  /** Normalised recurrence phrase (`hằng tháng`, `thường xuyên`). */
  recurrence?: string
  /** Deadline reading. */
  due?: Due
  /** Span of a relative phrase, kept so a later anchor (`kể từ ngày …`) can recompute the end. */
  span?: {count: number; unit: SpanUnit}
}

const PREFIX = 'directive/'

/**
 * Tag that our wrappers of chrono's casual parsers (`ngày mai`, `thứ Hai tới`, `3 ngày trước`) put on what
 * they read from the reference date. It is not one of our meta tags on purpose: chrono's merge refiners
 * still take such a result (`ngày mai` + `lúc 15 giờ`); `fromReferenceRefiner` turns it into `relative`
 * once they are done.
 */
export const FROM_REFERENCE_TAG = 'reference/relative'

/** Meta data read from tags, per result (results are not changed after our refiners build them). */
const cache = new WeakMap<ParsingResult, Meta>()

/**
 * Read the meta data of a result.
 * @param result
 *   chrono result.
 * @returns
 *   Meta data (empty for chrono's own results).
 */
export function readMeta(result: ParsingResult): Meta {
  const cached = cache.get(result)
  if (cached) return cached
  const meta: Meta = {}
  for (const tag of result.tags()) {
    if (!tag.startsWith(PREFIX)) continue
    const [name = '', ...rest] = tag.slice(PREFIX.length).split(':')
    const value = rest.join(':')
    if (name === 'period') meta.period = true
    else if (name === 'relative') meta.relative = true
    else if (name === 'fixed') meta.fixed = true
    else if (name === 'undated') meta.undated = true
    else if (name === 'recurrence') meta.recurrence = value
    else if (name === 'due') meta.due = value as Due
    else if (name === 'span') {
      const [count, unit] = value.split(':')
      meta.span = {count: Number(count), unit: unit as SpanUnit}
    }
  }
  cache.set(result, meta)
  return meta
}

/**
 * Write meta data onto a result (adds tags; use {@link rebuild} to change existing values).
 * @param result
 *   chrono result.
 * @param meta
 *   Values to add.
 * @returns
 *   `result`.
 */
export function writeMeta(result: ParsingResult, meta: Meta): ParsingResult {
  const tags: string[] = []
  if (meta.period) tags.push(PREFIX + 'period')
  if (meta.relative) tags.push(PREFIX + 'relative')
  if (meta.fixed) tags.push(PREFIX + 'fixed')
  if (meta.undated) tags.push(PREFIX + 'undated')
  if (meta.recurrence !== undefined) tags.push(PREFIX + 'recurrence:' + meta.recurrence)
  if (meta.due !== undefined) tags.push(PREFIX + 'due:' + meta.due)
  if (meta.span !== undefined) tags.push(`${PREFIX}span:${meta.span.count}:${meta.span.unit}`)
  result.addTags(tags)
  cache.delete(result)
  return result
}

/**
 * Make a new result with another span of text and/or other meta data, keeping chrono's own tags.
 * @param context
 *   Parsing context.
 * @param result
 *   Result to copy.
 * @param changes
 *   New `index`/`text`, new `start`/`end` components, and meta data replacing the old.
 * @returns
 *   New result.
 */
export function rebuild(
  context: ParsingContext,
  result: ParsingResult,
  changes: {
    index?: number
    text?: string
    start?: ParsingComponents
    end?: ParsingComponents | null
    meta?: Meta
  }
): ParsingResult {
  const index = changes.index ?? result.index
  const text = changes.text ?? result.text
  const start = (changes.start ?? result.start).clone()
  const endSource = changes.end === undefined ? result.end : changes.end
  const end = endSource ? endSource.clone() : undefined
  const copy = context.createParsingResult(index, text, start, end)
  const chronoTags = [...result.tags()].filter((tag) => !tag.startsWith(PREFIX))
  copy.addTags(chronoTags)
  writeMeta(copy, changes.meta ?? readMeta(result))
  return copy
}

/**
 * @param components
 *   chrono components.
 * @returns
 *   The calendar date they hold (known or implied values).
 */
export function ymdOf(components: ParsingComponents): Ymd {
  return {
    year: components.get('year') ?? 0,
    month: components.get('month') ?? 1,
    day: components.get('day') ?? 1
  }
}

/**
 * Set the date of components.
 * @param components
 *   chrono components to change.
 * @param date
 *   Date.
 * @param certain
 *   Assign (stated in the text) or imply (inferred).
 * @returns
 *   `components`.
 */
export function setYmd(components: ParsingComponents, date: Ymd, certain: {year: boolean; month: boolean; day: boolean}): ParsingComponents {
  set(components, 'year', date.year, certain.year)
  set(components, 'month', date.month, certain.month)
  set(components, 'day', date.day, certain.day)
  return components
}

/**
 * @param context
 *   Parsing context.
 * @returns
 *   The reference date (the document's date).
 */
export function referenceOf(context: ParsingContext): Ymd {
  const date = context.reference.getDateWithAdjustedTimezone()
  return {year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate()}
}

/** What `findDates` passes chrono beside the reference: the day the document was received, if known. */
export interface DateOptions {
  received?: Ymd | undefined
}

/**
 * @param context
 *   Parsing context.
 * @returns
 *   The day the document was received (its incoming stamp), else the reference date: a document cannot be
 *   received before it is issued, so the reference is the earliest it can have been.
 */
export function receivedOf(context: ParsingContext): Ymd {
  return (context.option as DateOptions).received ?? referenceOf(context)
}

/**
 * Create a period result from two dates.
 * @param context
 *   Parsing context.
 * @param index
 *   Offset of the match.
 * @param text
 *   Matched text.
 * @param start
 *   First day.
 * @param end
 *   Last day.
 * @param yearStated
 *   Whether the year was written (else it is implied from the reference and may be moved).
 * @param meta
 *   Extra meta data (`period` is always set).
 * @returns
 *   chrono result.
 */
export function periodResult(
  context: ParsingContext,
  index: number,
  text: string,
  start: Ymd,
  end: Ymd,
  yearStated: boolean,
  meta: Meta = {}
): ParsingResult {
  const certain = {year: yearStated, month: true, day: false}
  const startComponents = setYmd(context.createParsingComponents(), start, certain)
  const endComponents = setYmd(context.createParsingComponents(), end, certain)
  const result = context.createParsingResult(index, text, startComponents, endComponents)
  return writeMeta(result, {...meta, period: true})
}

/**
 * Compute the end of a relative span.
 * @param from
 *   Anchor date.
 * @param span
 *   Count and unit.
 * @returns
 *   Last day of the span, or `null` for spans in hours (no date follows).
 */
export function endOfSpan(from: Ymd, span: {count: number; unit: SpanUnit}): Ymd | null {
  switch (span.unit) {
    case 'day':
      return addDays(from, span.count)
    case 'workday':
      return addWorkingDays(from, span.count)
    case 'week':
      return addDays(from, span.count * 7)
    case 'month':
      return addMonths(from, span.count)
    case 'quarter':
      return addMonths(from, span.count * 3)
    case 'year':
      return addMonths(from, span.count * 12)
    case 'hour':
      return null
  }
}

/**
 * @param components
 *   chrono components.
 * @param name
 *   Component.
 * @param value
 *   Value.
 * @param certain
 *   Assign or imply.
 */
function set(components: ParsingComponents, name: 'year' | 'month' | 'day', value: number, certain: boolean): void {
  if (certain) components.assign(name, value)
  else {
    components.delete(name)
    components.imply(name, value)
  }
}

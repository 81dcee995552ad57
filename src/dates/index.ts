/**
 * Dates, times, deadlines and periods in Vietnamese directive documents, on chrono-node's `vi` locale.
 *
 * The engine is chrono's strict Vietnamese configuration with the parsers that misread administrative
 * text left out or replaced, our parsers for the formats it lacks, and our refiners for decoys,
 * ranges and deadline keywords. The list below is the configuration: order is behaviour. Each parser is
 * gated (`parsers/gate.ts`): it reads only texts that have what its pattern needs.
 */
import * as chrono from 'chrono-node'
import type {ParsingComponents, ParsingResult} from 'chrono-node'
import {blankMarks} from './blanks.js'
import {parseIsoDate, toIsoDate} from './calendar.js'
import {readMeta, type DateOptions, type Due} from './meta.js'
import {normalizeText} from '../text/normalize-text.js'
import {documentCache} from '../text/recent-cache.js'
import {brokenSlashDateParser} from './parsers/broken-slash-date.js'
import {casualDayParser} from './parsers/casual-day.js'
import {countedParser} from './parsers/counted.js'
import {dayPartParser} from './parsers/day-part.js'
import {dayRangeParser} from './parsers/day-range.js'
import {DIGIT, gated} from './parsers/gate.js'
import {hourHParser} from './parsers/hour-h.js'
import {immediateParser} from './parsers/immediate.js'
import {holidayParser} from './parsers/holiday.js'
import {dayMonthWordParser, monthParser, monthWordParser} from './parsers/month.js'
import {partOfPeriodParser} from './parsers/part-of-period.js'
import {quarterParser} from './parsers/quarter.js'
import {recurringParser} from './parsers/recurring.js'
import {relativePeriodParser} from './parsers/relative-period.js'
import {relativeSpanParser} from './parsers/relative-span.js'
import {seasonParser} from './parsers/season.js'
import {signingDayParser} from './parsers/signing-day.js'
import {tetParser} from './parsers/tet.js'
import {visionYearParser} from './parsers/vision-year.js'
import {weekdayParser} from './parsers/weekday.js'
import {yearMonthsParser} from './parsers/year-months.js'
import {yearSpanParser} from './parsers/year-span.js'
import {deadlineRefiner} from './refiners/deadline.js'
import {fromReferenceRefiner} from './refiners/from-reference.js'
import {decoyFilter} from './refiners/decoy.js'
import {ngayPrefixRefiner} from './refiners/ngay-prefix.js'
import {periodRefiner} from './refiners/period.js'
import {chronoOnly} from './refiners/chrono-only.js'
import {rangeRefiner} from './refiners/range.js'
import {recurringMergeRefiner} from './refiners/recurring-merge.js'
import {relativeAnchorRefiner} from './refiners/relative-anchor.js'
import {sharedYearRefiner} from './refiners/shared-year.js'
import {trimRefiner} from './refiners/trim.js'
import {weekdayAloneRefiner} from './refiners/weekday-alone.js'
import {weekdayWeekRefiner} from './refiners/weekday-week.js'

export {addDays, addWorkingDays, parseIsoDate, toIsoDate, type Ymd, type YmdTime} from './calendar.js'
export {normalizeText, type NormalizedText} from '../text/normalize-text.js'
export {parseQuarter, romanToInt} from './roman.js'
export {TET_NGUYEN_DAN} from './tet.js'
export {parseCount, parseVietnameseNumber} from './vietnamese-numbers.js'
export type {Due} from './meta.js'

/** What a mention is. */
export type DateKind = 'deadline' | 'date' | 'period' | 'recurring' | 'relative'

/** A date, time, deadline or period found in a text. */
export interface DateMention {
  /** UTF-16 offset of the match in the input text. */
  index: number
  /** UTF-16 length; `text.slice(index, index + length) === raw`. */
  length: number
  /** The phrase as written, with its deadline keyword (`trước ngày 30/6/2026`, `trong tháng 7/2026`). */
  raw: string
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (local time in Vietnam); `null` when the phrase names no date. */
  start: string | null
  /** Last day of a period; `null` for a single day or time, or when the phrase names no date. */
  end: string | null
  /** What the mention is. */
  kind: DateKind
  /**
   * How it reads as a task deadline: `before` (`trước ngày X`, `chậm nhất ngày X`, `hạn X`), `on`
   * (`trong ngày X`, `hoàn thành ngày X`), `by-end-of-period` (`trong tháng 7/2026`, `cuối năm`), `other`
   * (`từ ngày X`, `ngay`), or `null` when it is not deadline-like (a plain date).
   */
  due: Due | null
  /** For recurring phrases, the normalised phrase (`hằng tháng`, `thường xuyên`, `định kỳ 6 tháng`). */
  recurrence: string | null
  /**
   * Whether its date comes from the reference date: a relative phrase (`trong vòng 03 tháng`) or a date
   * without its year (`trước ngày 20/6`). Without a reference such a date is not known.
   */
  anchored: boolean
}

/** Vietnam is UTC+7 all year. */
const VIETNAM_OFFSET_MINUTES = 420

let engine: chrono.Chrono | undefined

/**
 * Build the chrono configuration (chrono's strict `vi` parsers and refiners that we keep, plus ours).
 * @returns
 *   A new chrono instance.
 */
export function createChrono(): chrono.Chrono {
  const base = chrono.vi.strict.clone()
  const parser = (name: string): chrono.Parser => pick(base.parsers, name)
  // The casual configuration's own parsers (`ngày mai`, `buổi chiều`), kept inside the engine with our checks.
  const casualParser = (name: string): chrono.Parser => pick(chrono.vi.casual.parsers, name)
  const refiner = (name: string): chrono.Refiner => pick(base.refiners, name)
  const custom = base.clone()
  custom.parsers = [
    // chrono: `2026-06-30`.
    gated([[DIGIT], ['-']], parser('ISOFormatParser')),
    // chrono: `30/6/2026`, `30-6-2026`, `30.6.2026`, `30/6/26`, `10/12` (checked by `decoyFilter`).
    gated([[DIGIT], ['/', '.', '-']], parser('SlashDateFormatParser')),
    // chrono: `ngày 30 tháng 6 năm 2026`, `ngày 15 tháng\n3 năm 2020`.
    gated([[DIGIT], ['tháng']], parser('VIStandardParser')),
    // chrono: `năm 2025` (its span is set by `periodRefiner`).
    gated([[DIGIT], ['năm', 'tcn']], parser('VIYearParser')),
    // chrono: `thứ Hai` (kept only when merged with a date: strict mode drops a weekday alone), and
    // `thứ hai tới`, `thứ Sáu này` when introduced as a day (`weekdayParser`).
    weekdayParser(parser('VIWeekdayParser')),
    // chrono: `17 giờ`, `14 giờ 30 phút`, `15:30`.
    gated([[DIGIT], ['giờ', ':']], parser('VITimeExpressionParser')),
    // chrono (casual): `hôm nay`, `ngày mai`, `ngày kia`, `hôm qua` (not `bây giờ`).
    casualDayParser(casualParser('VICasualDateParser')),
    // chrono (casual): `buổi chiều`, `nửa đêm` (not `sáng`, `tối` alone: `sáng kiến`, `tối đa`).
    dayPartParser(casualParser('VICasualTimeParser')),
    // chrono: `3 ngày trước`, `1 tháng qua`, `2 tuần sau`, `2 tuần nữa` (not before an event: `3 ngày trước ngày họp`).
    countedParser(parser('VITimeUnitAgoFormatParser')),
    countedParser(parser('VITimeUnitLaterFormatParser')),
    // Left out: VIMonthYearParser (replaced by `monthParser`), VITimeUnitWithinFormatParser (replaced by
    // `relativeSpanParser`: a window to a deadline, working days, number words above twelve, `thời hạn`),
    // VITimeUnitCasualRelativeFormatParser (`tuần này`, `tháng trước` are periods: `relativePeriodParser`).
    brokenSlashDateParser,
    hourHParser,
    monthParser,
    monthWordParser,
    dayMonthWordParser,
    holidayParser,
    quarterParser,
    yearMonthsParser,
    partOfPeriodParser,
    yearSpanParser,
    visionYearParser,
    dayRangeParser,
    relativeSpanParser,
    relativePeriodParser,
    recurringParser,
    immediateParser,
    tetParser,
    seasonParser,
    signingDayParser
  ]
  custom.refiners = [
    decoyFilter,
    trimRefiner,
    refiner('OverlapRemovalRefiner'),
    ngayPrefixRefiner,
    weekdayWeekRefiner,
    // chrono: `thứ Hai, ngày 15/6/2026`.
    chronoOnly(refiner('MergeWeekdayComponentRefiner')),
    // chrono: `17 giờ` + `ngày 10/7/2026`, `lúc 14h30` + `ngày 5/6/2026`.
    chronoOnly(refiner('VIMergeDateTimeRefiner')),
    weekdayAloneRefiner,
    fromReferenceRefiner,
    periodRefiner,
    sharedYearRefiner,
    // Replaces VIMergeDateRangeRefiner (which merges on `và`).
    rangeRefiner,
    relativeAnchorRefiner,
    deadlineRefiner,
    recurringMergeRefiner,
    refiner('OverlapRemovalRefiner'),
    // chrono: drops invalid dates (`30/02/2026`) and, in strict mode, a weekday alone (`thứ hai cả nước`).
    refiner('UnlikelyFormatFilter')
    // Left out: ExtractTimezoneOffset/AbbrRefiner (no zones in these documents; `- 20…` is not an offset),
    // ForwardDateRefiner (deadlines get their own year rule in `deadlineRefiner`).
  ]
  return custom
}

/**
 * Every date, time, deadline and period in `text`, in text order, non-overlapping.
 * @param text
 *   Text (any Unicode normalisation form; NBSP allowed).
 * @param reference
 *   The document's date, `YYYY-MM-DD`: used for years left out and relative phrases.
 * @param received
 *   The day the document was received (`YYYY-MM-DD`), for spans counted from then (`trong 10 ngày kể từ
 *   ngày nhận được văn bản này`); they count from `reference` without it.
 * @returns
 *   Mentions, with offsets into `text` as given.
 */
export function findDates(text: string, reference: string, received?: string | null): DateMention[] {
  // A text is read more than once in a document (a task's line by its deadline and by the rules): the
  // engine runs once per text and reading. Mentions are frozen, since callers share them.
  return [...readings.get(`${reference} ${received ?? ''}\n${text}`, () => read(text, reference, received))]
}

/** The readings of the texts the current document read. */
const readings = documentCache<string, readonly DateMention[]>(500)

function read(text: string, reference: string, received: string | null | undefined): readonly DateMention[] {
  const date = parseIsoDate(reference)
  const options: DateOptions = {received: received ? parseIsoDate(received) : undefined}
  const normalized = normalizeText(text)
  engine ??= createChrono()
  const results = engine.parse(blankMarks(normalized.text), {
    instant: new Date(Date.UTC(date.year, date.month - 1, date.day, 12 - VIETNAM_OFFSET_MINUTES / 60)),
    timezone: VIETNAM_OFFSET_MINUTES
  }, options as chrono.ParsingOption) as ParsingResult[]

  const mentions: DateMention[] = []
  let lastEnd = 0
  for (const result of results) {
    const index = normalized.toOriginal(result.index)
    const end = normalized.toOriginalEnd(result.index + result.text.length)
    if (index < lastEnd || end <= index) continue
    mentions.push(Object.freeze(toMention(result, index, text.slice(index, end))))
    lastEnd = end
  }
  return mentions
}

/**
 * @param result
 *   chrono result.
 * @param index
 *   Offset in the original text.
 * @param raw
 *   Original text of the mention.
 * @returns
 *   Mention.
 */
function toMention(result: ParsingResult, index: number, raw: string): DateMention {
  const meta = readMeta(result)
  const due = meta.due ?? null
  const kind: DateKind =
    meta.recurrence !== undefined
      ? 'recurring'
      : meta.relative
        ? 'relative'
        : meta.period || result.end
          ? 'period'
          : due === 'before' || due === 'on'
            ? 'deadline'
            : 'date'
  return {
    index,
    length: raw.length,
    raw,
    start: meta.undated ? null : iso(result.start),
    end: meta.undated || !result.end ? null : iso(result.end),
    kind,
    due,
    recurrence: meta.recurrence ?? null,
    anchored: (Boolean(meta.relative) && !meta.fixed) || (!meta.undated && !result.start.isCertain('year'))
  }
}

/**
 * @param components
 *   chrono components.
 * @returns
 *   ISO date, with the time when one was written.
 */
function iso(components: ParsingComponents): string {
  return toIsoDate({
    year: components.get('year') ?? 0,
    month: components.get('month') ?? 1,
    day: components.get('day') ?? 1,
    hour: components.isCertain('hour') ? (components.get('hour') ?? 0) : undefined,
    minute: components.get('minute') ?? 0
  })
}

/**
 * Pick one of chrono's parsers or refiners by class name; fails loudly if a chrono upgrade renames it.
 * The bundler names a class that refers to itself `_Name` (`VICasualTimeParser` calls its own static
 * method): a leading underscore is not part of the name.
 * @param list
 *   chrono's list.
 * @param name
 *   Class name.
 * @returns
 *   The instance.
 */
function pick<T extends object>(list: readonly T[], name: string): T {
  const found = list.find((item) => item.constructor.name.replace(/^_/u, '') === name)
  if (!found) throw new Error(`Unexpected chrono configuration: no \`${name}\``)
  return found
}

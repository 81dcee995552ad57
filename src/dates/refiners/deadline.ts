/**
 * Read the deadline keyword before a mention, take it into the mention, and set `due`:
 *
 * | keyword (closest to the date wins)                         | single day | period              |
 * | ---------------------------------------------------------- | ---------- | ------------------- |
 * | `trước`, `trước thời điểm`                                 | before     | before              |
 * | `chậm nhất (là)`, `hạn chót`, `thời hạn`, `hạn`, `(cho) đến (hết)`, `tới` | before | by-end-of-period |
 * | `trong`, `ngay trong`                                      | on         | by-end-of-period    |
 * | a completion verb alone: `hoàn thành`, `xong`, `kết thúc`  | on         | by-end-of-period    |
 * | `từ`, `kể từ`, `sau`, `trong suốt`                         | other      | other               |
 *
 * Keywords chain to the left (`chậm nhất là đến ngày …`, `Thời hạn: trước ngày …`, `hoàn thành trước …`,
 * `xong trong quý II …`); `vào` is taken in only between a verb and the date (`hoàn thành vào ngày …`),
 * `dịp` (an occasion) only after a keyword (`trước dịp 2/9`).
 * `trước` + a period means before the period starts (`trước quý III/2026`: before 1/7/2026); `cuối …`
 * periods stay `by-end-of-period` (`trước cuối năm`).
 *
 * A deadline whose year was left out is moved to its next occurrence: a date more than a month before
 * the reference date is read in the following year (`trước ngày 10/3` in a document of June 2026 is 10/3/2027).
 */
import type {ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import {addDays, compareYmd} from '../calendar.js'
import {readMeta, rebuild, referenceOf, ymdOf, type Due} from '../meta.js'
import {before, WORD_START} from '../patterns.js'

interface Keyword {
  pattern: RegExp
  /** `due` for a single day and for a period; `null` for a word taken in only when a keyword precedes it. */
  due: [Due, Due] | null
  /** A completion verb: ends the chain. */
  verb?: boolean
  /** Only as the keyword closest to the date. */
  first?: boolean
}

// `(?<!\\s)` gives trailing spaces to the final `\\s*` alone: a keyword ending in `\\s*:?` stays linear.
const keyword = (source: string): RegExp => new RegExp(`${WORD_START}(?:${source})(?<!\\s)\\s*$`, 'iu')

const KEYWORDS: readonly Keyword[] = [
  {pattern: keyword('trước\\s+thời\\s+điểm'), due: ['before', 'before']},
  {pattern: keyword('trước'), due: ['before', 'before']},
  {pattern: keyword('(?:chậm|muộn|trễ)\\s+nhất(?:\\s+là)?\\s*:?'), due: ['before', 'by-end-of-period']},
  {pattern: keyword('h[ạa]n\\s+chót(?:\\s+là)?\\s*:?'), due: ['before', 'by-end-of-period']},
  {
    // `thời han`, `han chót`: OCR drops the dot under the vowel; after `thời` or before `chót` nothing else
    // is meant.
    pattern: keyword('thời\\s+h[ạa]n(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện|báo\\s+cáo|gửi|nộp|trình))?(?:\\s+là)?\\s*:?'),
    due: ['before', 'by-end-of-period']
  },
  // Not `gia hạn` (extend), `giới hạn` (limit), `hữu hạn` (finite), `quyền hạn` (powers), `trung/dài/ngắn
  // hạn` (medium/long/short-term).
  {pattern: keyword('hạn(?<!(?:gia|giới|hữu|quyền|trung|dài|ngắn)\\s+hạn)(?:\\s+là)?\\s*:?'), due: ['before', 'by-end-of-period']},
  {pattern: keyword('(?:cho\\s+)?(?:đến|tới)(?:\\s+hết)?'), due: ['before', 'by-end-of-period']},
  {pattern: keyword('trong\\s+suốt'), due: ['other', 'other'], first: true},
  {pattern: keyword('(?:ngay\\s+)?trong'), due: ['on', 'by-end-of-period']},
  {pattern: keyword('(?:kể|bắt\\s+đầu)\\s+từ|từ'), due: ['other', 'other'], first: true},
  {pattern: keyword('sau'), due: ['other', 'other'], first: true},
  {
    pattern: keyword('hoàn\\s+thành|hoàn\\s+tất|thực\\s+hiện\\s+xong|xong|kết\\s+thúc'),
    due: ['on', 'by-end-of-period'],
    verb: true
  },
  {pattern: keyword('vào(?:\\s+lúc)?'), due: null},
  // The occasion a date names: `trước dịp 2/9`, `trong dịp nghỉ lễ 30/4 - 1/5`.
  {pattern: keyword('dịp(?:\\s+(?:nghỉ\\s+)?lễ)?|(?:kỳ\\s+)?nghỉ\\s+lễ'), due: null}
]

/** Mentions that may be more than a month in the past before a deadline's year is moved. */
const GRACE_DAYS = 31

export const deadlineRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => readDeadline(context, result)).sort((a, b) => a.index - b.index)
  }
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   Mention.
 * @returns
 *   The mention, extended over its keywords, with `due` set.
 */
function readDeadline(context: ParsingContext, result: ParsingResult): ParsingResult {
  const meta = readMeta(result)
  // `trong vòng 10 ngày`, `ngay` carry their own keyword.
  if (meta.relative && meta.due !== undefined) return result
  const isPeriod = Boolean(result.end) || Boolean(meta.period)
  let window = before(context.text, result.index, 60)
  let start = result.index
  let pending = 0
  let due: Due | undefined
  for (let step = 0; step < 5; step++) {
    let matched: Keyword | undefined
    let length = 0
    for (const candidate of KEYWORDS) {
      if (candidate.first && step > 0) continue
      const match = candidate.pattern.exec(window)
      if (match) {
        matched = candidate
        length = match[0].length
        break
      }
    }
    if (!matched) break
    window = window.slice(0, window.length - length)
    if (matched.due === null) {
      pending += length
      continue
    }
    start -= pending + length
    pending = 0
    due ??= matched.due[isPeriod ? 1 : 0]
    if (matched.verb || matched.first) break
  }
  if (due === undefined) return result

  const finalDue: Due = meta.due === 'by-end-of-period' && due === 'before' ? meta.due : due
  let changed = result
  if (due !== 'other' && !meta.relative && meta.recurrence === undefined && !result.start.isCertain('year')) {
    changed = nextOccurrence(context, result)
  }
  return rebuild(context, changed, {
    index: start,
    text: context.text.slice(start, result.index + result.text.length),
    meta: {...meta, due: finalDue}
  })
}

/**
 * Move a mention whose year was not written to the next year when it lies more than a month before the
 * reference date.
 * @param context
 *   Parsing context.
 * @param result
 *   Mention with an implied year.
 * @returns
 *   The mention, moved if needed.
 */
function nextOccurrence(context: ParsingContext, result: ParsingResult): ParsingResult {
  const last = ymdOf(result.end ?? result.start)
  const earliest = addDays(referenceOf(context), -GRACE_DAYS)
  if (compareYmd(last, earliest) >= 0) return result
  const start = result.start.clone()
  start.imply('year', (start.get('year') ?? 0) + 1)
  const end = result.end?.clone()
  if (end && !end.isCertain('year')) end.imply('year', (end.get('year') ?? 0) + 1)
  return rebuild(context, result, {start, end: end ?? null})
}

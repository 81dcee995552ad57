/**
 * A task's own text → its deadlines and recurrence, through the date engine. Dates inside a cited
 * document ("Kết luận số 18-KL/TW, ngày 02/4/2026") are the citation's, never a deadline.
 */
import {findDates, type DateMention} from '../../dates/index.js'
import type {Line} from '../../parse/line.js'
import type {Deadline, Position} from '../../model/schema.js'
import {fold} from '../../text/fold.js'
import {readRepeats} from './repeats.js'

export interface OwnDates {
  deadlines: Deadline[]
  recurrence: string | null
  /** RFC 5545 RRULE of the repeating work (`FREQ=WEEKLY;BYDAY=FR`), null without a rhythm. */
  rrule: string | null
}

/** Whether a phrase names a day: "ngay", "khẩn trương" say how soon, not by when, and give none to put in a calendar. */
export function givesDay(mention: DateMention): boolean {
  return !(mention.kind === 'relative' && !mention.end)
}

/** What phrases are read against when the document gives no date: only to parse, never kept. */
export const unknownReference = '2000-01-01'

/**
 * Reads deadlines from a line of task text.
 *
 * @param line
 *   The task's own text as one line (joined).
 * @param reference
 *   Reference date for years left out.
 * @param received
 *   The day the document was received, if its stamp says.
 * @param excluded
 *   Character ranges of the line that belong to citations.
 * @param position
 *   Maps a character range of the line to a position.
 * @param timeField
 *   Whether the whole line is the value of a time field (a "Thời gian hoàn thành" table cell).
 * @returns
 *   Deadlines (not inherited), the recurrence and its rule, if any.
 */
export function readDeadlines(
  line: Line,
  reference: string | null,
  received: string | null,
  excluded: Array<[number, number]>,
  position: (from: number, to: number) => Position,
  timeField = false
): OwnDates {
  const deadlines: Deadline[] = []
  // "treo cờ từ ngày 10/5/2026 đến hết ngày 14/5/2026", "tổ chức đại hội vào ngày 09/4/2025": when the
  // work is done, not by when. Such a date (a window's end) is the deadline only of a task that has no
  // other, and only when it is the task's one such date (a report's "số liệu từ ngày … đến ngày …" goes
  // with a "gửi trước ngày …" of its own).
  const whens: Deadline[] = []
  const year = timeField ? yearCell.exec(line.text) : null
  if (year) {
    // A time column that holds a year ("2025", "2024 - 2025"): the work is due by the end of (the last) year.
    const raw = year[0]
    const date = `${year[2] ?? year[1]}-12-31`
    const from = year.index
    return {deadlines: [{date, kind: 'by-end-of-period', raw, time: null, inherited: false, position: position(from, from + raw.length)}], recurrence: null, rrule: null}
  }

  const mentions = findDates(line.text, reference ?? unknownReference, received)
  // Without a reference date, "trong vòng 03 tháng" and "trước ngày 20/6" name no day (never the clock's).
  const usable = (mention: DateMention): boolean =>
    !excluded.some(([start, end]) => mention.index < end && mention.index + mention.length > start) && !(reference === null && mention.anchored)
  const {recurrence, rrule, bounds} = readRepeats(line.text, mentions.filter(usable))
  for (const mention of mentions) {
    const from = mention.index
    const to = mention.index + mention.length
    // Repeating work is read by readRepeats, and so is its end ("hằng tháng … đến hết năm 2026").
    if (!usable(mention) || mention.kind === 'recurring' || bounds.has(mention)) continue

    const before = line.text.slice(Math.max(0, from - 60), from)
    const after = line.text.slice(to, to + 40)
    if (namesAPeriod(before, mention.raw) || startsWork(before, mention.raw) || vague(mention, after)) continue
    const due = mention.due ?? (timeField || inTimeField(before) ? (mention.kind === 'period' ? 'by-end-of-period' : 'on') : null)
    if (!due) {
      const when = whenOf(mention, before)
      if (when) whens.push({...when, raw: fold(mention.raw), time: timeOn(mention, when.date), inherited: false, position: position(from, to)})
    }

    if (!due || !givesDay(mention)) continue
    const last = due === 'by-end-of-period' || mention.kind === 'relative'
    const date = dayOf(last ? (mention.end ?? mention.start) : (mention.start ?? mention.end))
    if (!date) continue
    deadlines.push({date, kind: due, raw: fold(mention.raw), time: timeOn(mention, date), inherited: false, position: position(from, to)})
  }

  return {deadlines: deadlines.length === 0 && whens.length === 1 ? whens : deadlines, recurrence, rrule}
}

/**
 * The time of day written with the day a deadline is on ("trước 17 giờ ngày 12/6/2026" → 17:00), as
 * `HH:MM` in Vietnam, else null. The end is tried first: a window's time that counts is its end's.
 */
function timeOn(mention: DateMention, date: string): string | null {
  for (const value of [mention.end, mention.start]) {
    if (value && value.length > 10 && value.startsWith(date)) return value.slice(11, 16)
  }

  return null
}

/** A table cell that holds only a year or a span of years. */
const yearCell = /^(?:[Nn]ăm\s)?\s?((?:19|20)\d\d)(?:\s?[-–]\s?((?:19|20)\d\d))?\.?$/u

/** The day a window ("từ … đến …") ends or an event ("vào ngày …") takes place, with how it reads as a deadline. */
function whenOf(mention: DateMention, before: string): {date: string; kind: Deadline['kind']} | null {
  if (mention.kind === 'period' && mention.end && /^từ\s/iu.test(mention.raw)) {
    const date = dayOf(mention.end)
    return date ? {date, kind: 'by-end-of-period'} : null
  }

  if (mention.kind === 'date' && /(?<![\p{sc=Latn}\d\p{No}])vào\s*$/iu.test(before)) {
    const date = dayOf(mention.start)
    return date ? {date, kind: 'on'} : null
  }

  return null
}

/** A "Thời gian thực hiện: …" / "Thời hạn: …" field of a plan: whatever date it holds is when the item is due. */
function inTimeField(before: string): boolean {
  // Only the clause the date is in counts: the text after the last "." or ";" (cut first, so that each
  // field label is not followed to the end of a long text).
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1)
  return /(?:Thời gian|Thời hạn|thời gian|thời hạn)[^.;:]{0,30}:/u.test(clause)
}

/**
 * A period that is part of a name, not a deadline: "kế hoạch sử dụng đất đến năm 2030", "tầm nhìn đến năm
 * 2050", "giai đoạn 2021-2025". Only a completion verb before "đến …" makes it a deadline.
 */
function namesAPeriod(before: string, raw: string): boolean {
  if (/(?:tầm nhìn|giai đoạn|thời kỳ|nhiệm kỳ|niên độ|năm học)\s*$/iu.test(before)) return true
  if (/^(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)(?![\p{sc=Latn}\d\p{No}])/iu.test(raw)) return true
  if (!/^đến\s/iu.test(raw)) return false
  // A verb at most 40 characters back: the last 60 are all that can match.
  return !/(?:hoàn thành|xong|phấn đấu|thực hiện|triển khai|đạt|áp dụng|duy trì)[^.;]{0,40}$/iu.test(before.slice(-60))
}

/**
 * A start, not an end: "từ ngày 01/7/2025", "kể từ quý IV/2025", "Thời gian thực hiện: Từ 01/7/2025" say
 * when work begins or a rule takes effect. A window ("từ … đến …") is read by `whenOf`.
 */
function startsWork(before: string, raw: string): boolean {
  if (/^(?:kể\s+)?từ\s/iu.test(raw)) return !/(?<![\p{sc=Latn}\d\p{No}])(?:đến|tới)(?![\p{sc=Latn}\d\p{No}])/iu.test(raw)
  return /(?<![\p{sc=Latn}\d\p{No}])(?:kể\s+)?từ\s*$/iu.test(before)
}

/**
 * What names no day of its own: a duration with no starting day written ("trong 3 năm gần nhất",
 * "không quá 15 ngày làm việc", "… tính từ thời điểm thực hiện": from when is not said or is no day, so
 * any date would be a guess from the reference date), and a part of a year that does not say which year ("trong Quý I", "cuối quý", "chậm nhất tháng
 * 6": a rule for every year, or a time the text leaves open).
 */
function vague(mention: DateMention, after: string): boolean {
  if (mention.kind === 'relative') return !/(?:kể|tính)\s+từ\s+ngày/iu.test(`${mention.raw} ${after}`)
  return mention.kind === 'period' && !/\d{4}|\/\s?\d{2}(?!\d)/u.test(mention.raw) && !/^(?:trong\s+)?năm\s+nay/iu.test(mention.raw) && /(?:tháng|quý|cuối|đầu|giữa)/iu.test(mention.raw)
}

function dayOf(value: string | null): string | null {
  return value ? value.slice(0, 10) : null
}

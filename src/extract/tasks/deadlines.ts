/**
 * A task's own text → its deadlines and recurrence, through the date engine. Dates inside a cited
 * document ("Kết luận số 18-KL/TW, ngày 02/4/2026") are the citation's, never a deadline.
 */
import {findDates, type DateMention} from '../../dates/index.js'
import type {Line} from '../../parse/line.js'
import type {Deadline, Position} from '../../model/schema.js'
import {fold} from '../../text/fold.js'

export interface OwnDates {
  deadlines: Deadline[]
  recurrence: string | null
}

/**
 * Reads deadlines from a line of task text.
 *
 * @param line
 *   The task's own text as one line (joined).
 * @param reference
 *   Reference date for years left out.
 * @param excluded
 *   Character ranges of the line that belong to citations.
 * @param position
 *   Maps a character range of the line to a position.
 * @param timeField
 *   Whether the whole line is the value of a time field (a "Thời gian hoàn thành" table cell).
 * @returns
 *   Deadlines (not inherited) and the recurrence, if any.
 */
export function readDeadlines(
  line: Line,
  reference: string,
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
  let recurrence: string | null = null
  for (const mention of findDates(line.text, reference)) {
    const from = mention.index
    const to = mention.index + mention.length
    if (excluded.some(([start, end]) => from < end && to > start)) continue
    if (mention.kind === 'recurring') {
      recurrence ??= mention.recurrence ?? fold(mention.raw)
      continue
    }

    const before = line.text.slice(Math.max(0, from - 60), from)
    const due = mention.due ?? (timeField || inTimeField(before) ? (mention.kind === 'period' ? 'by-end-of-period' : 'on') : null)
    if (namesAPeriod(before, mention.raw)) continue
    if (!due) {
      const when = whenOf(mention, before)
      if (when) whens.push({...when, raw: fold(mention.raw), inherited: false, position: position(from, to)})
    }

    // "ngay", "khẩn trương" say how soon, not by when: no date of their own to put in a calendar.
    if (!due || (mention.kind === 'relative' && !mention.end)) continue
    const last = due === 'by-end-of-period' || mention.kind === 'relative'
    const date = dayOf(last ? (mention.end ?? mention.start) : (mention.start ?? mention.end))
    if (!date) continue
    deadlines.push({date, kind: due, raw: fold(mention.raw), inherited: false, position: position(from, to)})
  }

  return {deadlines: deadlines.length === 0 && whens.length === 1 ? whens : deadlines, recurrence}
}

/** The day a window ("từ … đến …") ends or an event ("vào ngày …") takes place, with how it reads as a deadline. */
function whenOf(mention: DateMention, before: string): {date: string; kind: Deadline['kind']} | null {
  if (mention.kind === 'period' && mention.end && /^từ\s/iu.test(mention.raw)) {
    const date = dayOf(mention.end)
    return date ? {date, kind: 'by-end-of-period'} : null
  }

  if (mention.kind === 'date' && /(?<![\p{L}\p{N}])vào\s*$/iu.test(before)) {
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
  if (!/^đến\s/iu.test(raw)) return false
  // A verb at most 40 characters back: the last 60 are all that can match.
  return !/(?:hoàn thành|xong|phấn đấu|thực hiện|triển khai|đạt|áp dụng|duy trì)[^.;]{0,40}$/iu.test(before.slice(-60))
}

function dayOf(value: string | null): string | null {
  return value ? value.slice(0, 10) : null
}

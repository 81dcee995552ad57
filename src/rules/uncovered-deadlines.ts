/**
 * Warn when the text holds deadline phrases (“trước ngày 30/11/2025”, “chậm nhất ngày …”, “hoàn thành
 * trong tháng 7/2026”) that no task carries: the reader missed work, and an empty or thin calendar must
 * not look complete. One finding per region (the body, each attachment or appendix) at its first such
 * phrase, once the region holds `threshold` of them (default 2), or `thresholdWithoutDeadlines` (default 1)
 * when no task of the notice has a deadline at all.
 *
 * A phrase is carried when it lies inside a task's span or is one of a task's deadlines (a shared closing
 * sentence that its tasks inherit). The header, the signature, the ĐẾN stamp, the routing table and cited
 * documents are never searched. Left out as not outstanding work: phrases without a date (“ngay”), those
 * that read as a start (“từ ngày …”), those ending before the notice's date (a report's “đến ngày
 * 07/11/2025 đã có …”, a deadline already missed), a sentence's time frame (“Trong quý III năm 2025, …”),
 * horizons longer than a year (“giai đoạn 2026 - 2030”) and a whole year without a completion or deadline
 * word (“tầm nhìn đến năm 2045”, “trong năm 2026”, but not “hoàn thành trong năm 2026”).
 * Examples: fixtures/rules/uncovered-deadlines/.
 */
import {findDates, type DateMention} from '../dates/index.js'
import type {Notice, Part, Position} from '../model/schema.js'
import {appendixNumber} from '../lexicon/structure.js'
import {hasWordChar} from '../text/word-boundary.js'
import {defineRule, type Message} from './rule.js'
import {quote} from './support/notice.js'

/** A span of the text to leave out: `[start, end)`. */
type Span = [number, number]

/** A region the findings are counted in: the body (`part` null) or one attached part. */
interface Tally {
  part: Part | null
  count: number
  first: DateMention
}

/** Words that make a whole year a deadline: “hoàn thành trong năm 2026”, “chậm nhất trong năm 2026”. */
const firmYear = /^(?:hoàn\s+thành|hoàn\s+tất|(?:thực\s+hiện\s+)?xong|kết\s+thúc|(?:chậm|muộn|trễ)\s+nhất|hạn|thời\s+hạn|trước)(?![\p{sc=Latn}\d\p{No}])/iu
/** A capitalised “Trong” opens a sentence: with a comma after its date, the date frames a report. */
const sentenceTrong = /^Trong\s/u
const frameComma = /^[^\S\n]{0,2},/u
/** Used for years left out when the notice gives no date of its own (only phrases are counted, not dates). */
const fallbackReference = '2000-01-01'
const dayMs = 86_400_000
/** Words of an attachment's title that name it in a message. */
const titleWords = 6

export default defineRule({
  id: 'uncovered-deadlines',
  severity: 'warning',
  description: 'No region (body, attachment, appendix) holds 2 deadline phrases that no task carries (option `threshold`), nor 1 when no task has a deadline',
  descriptionVi:
    'Không phần nào (nội dung chính, văn bản kèm theo, phụ lục) có từ 2 cụm thời hạn không thuộc nhiệm vụ nào (tùy chọn `threshold`), hoặc từ 1 khi không nhiệm vụ nào có thời hạn',
  options: {
    defaults: {threshold: 2, thresholdWithoutDeadlines: 1},
    schema: (zod) =>
      zod.strictObject({threshold: zod.number().int().min(1).max(10_000), thresholdWithoutDeadlines: zod.number().int().min(1).max(10_000)})
  },
  check(notice, report, context) {
    const anchor = notice.document.date ?? notice.receipt?.date ?? null
    const reference = anchor ?? notice.meeting?.date ?? fallbackReference
    const parts = [...notice.parts].sort((a, b) => a.position.start.offset - b.position.start.offset)
    const tallies = new Map<Part | null, Tally>()
    let partIndex = 0
    for (const [start, end] of gaps(covered(notice), context.text.length)) {
      const text = context.text.slice(start, end)
      // A gap of spaces and punctuation between two tasks has nothing to read.
      if (!hasWordChar(text)) continue
      for (const found of findDates(text, reference)) {
        if (!outstanding(found, anchor) || frame(found, text)) continue
        const mention = {...found, index: start + found.index}
        // Mentions come in text order: the part they stand in is found by moving forward.
        while (partIndex < parts.length && (parts[partIndex]?.position.end.offset ?? 0) <= mention.index) partIndex++
        const candidate = parts[partIndex]
        const part = candidate && candidate.position.start.offset <= mention.index ? candidate : null
        const tally = tallies.get(part)
        if (tally) tally.count++
        else tallies.set(part, {part, count: 1, first: mention})
      }
    }

    const noDeadlines = !notice.tasks.some((task) => task.deadlines.length > 0)
    const threshold = noDeadlines ? context.options.thresholdWithoutDeadlines : context.options.threshold
    for (const {part, count, first} of tallies.values()) {
      if (count < threshold) continue
      const region = where(part)
      const example = quote(first.raw)
      report(
        {
          en: `Unexpected ${count} deadline ${count === 1 ? 'phrase' : 'phrases'} in ${region.en} that no task carries, such as “${example}”, expected each deadline to belong to a task`,
          vi: `Có ${count} cụm thời hạn trong ${region.vi} không thuộc nhiệm vụ nào (đầu tiên là “${example}”); cần kiểm tra xem có nhiệm vụ bị đọc sót không (mỗi thời hạn phải gắn với một nhiệm vụ)`
        },
        context.position(first.index, first.index + first.length)
      )
    }
  }
})

/**
 * Spans that are not searched: every task and task deadline (what is carried), and the header, signature,
 * ĐẾN stamp, routing rows and cited documents (what is no work).
 *
 * @param notice
 *   The model.
 * @returns
 *   Sorted, disjoint spans.
 */
function covered(notice: Notice): Span[] {
  const positions: Array<Position | null | undefined> = [
    notice.document.position,
    notice.signature?.position,
    notice.receipt?.position,
    ...notice.routing.map((row) => row.position),
    ...notice.references.map((reference) => reference.position)
  ]
  for (const task of notice.tasks) {
    positions.push(task.position)
    for (const deadline of task.deadlines) positions.push(deadline.position)
  }

  const spans = positions
    .filter((position): position is Position => Boolean(position))
    .map((position): Span => [position.start.offset, position.end.offset])
    .sort((a, b) => a[0] - b[0])
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }

  return merged
}

/**
 * The text between the covered spans.
 *
 * @param spans
 *   Sorted, disjoint spans.
 * @param length
 *   Length of the text.
 * @returns
 *   Sorted spans of what is left.
 */
function gaps(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = []
  let from = 0
  for (const [start, end] of spans) {
    if (start > from) out.push([from, Math.min(start, length)])
    from = Math.max(from, end)
  }

  if (from < length) out.push([from, length])
  return out
}

/**
 * Whether a mention reads as work still to be done by a date.
 *
 * @param mention
 *   A mention from the date engine.
 * @param anchor
 *   The notice's date (or receipt date), `YYYY-MM-DD`, or null.
 * @returns
 *   True for a deadline phrase that should be in the calendar.
 */
function outstanding(mention: DateMention, anchor: string | null): boolean {
  if (mention.due === null || mention.due === 'other' || mention.kind === 'recurring' || mention.start === null) return false
  const first = mention.start.slice(0, 10)
  const last = (mention.end ?? mention.start).slice(0, 10)
  if (anchor !== null && last < anchor) return false
  const days = (Date.parse(last) - Date.parse(first)) / dayMs
  // A plan's horizon (“giai đoạn 2026 - 2030”) is no deadline; a whole year is one only when so worded.
  if (days > 366) return false
  return days < 364 || firmYear.test(mention.raw.normalize('NFC'))
}

/**
 * Whether a mention opens a sentence as its time frame (“Trong quý III năm 2025, mặc dù …”, “Trong tháng
 * 10/2025, Trung tâm … đã thu thập”): a report's setting, not a deadline, which follows its verb
 * (“hoàn thành trong quý III/2026”).
 *
 * @param mention
 *   A mention, its index into `text`.
 * @param text
 *   The text it was found in.
 * @returns
 *   True for a capitalised “Trong …” right before a comma.
 */
function frame(mention: DateMention, text: string): boolean {
  const end = mention.index + mention.length
  return sentenceTrong.test(mention.raw) && frameComma.test(text.slice(end, end + 3))
}

/** What a region is called in each language. */
const regionNames: Record<Part['kind'], Message> = {attachment: {en: 'attachment', vi: 'văn bản kèm theo'}, appendix: {en: 'appendix', vi: 'phụ lục'}}

/**
 * How a message names a region.
 *
 * @param part
 *   An attached part, or null for the body.
 * @returns
 *   `the body`, `appendix PHỤ LỤC I`, `attachment KẾ HOẠCH Chuyển đổi số trong cơ quan…`; in Vietnamese
 *   `phần nội dung chính`, `PHỤ LỤC I` (the name says what it is), `văn bản kèm theo “KẾ HOẠCH …”`.
 */
function where(part: Part | null): Message {
  if (part === null) return {en: 'the body', vi: 'phần nội dung chính'}
  const kind = regionNames[part.kind]
  const name = part.kind === 'appendix' ? appendixNumber.exec(part.title)?.[0] : undefined
  if (name !== undefined) return {en: `${kind.en} ${name}`, vi: name}
  const words = part.title.split(' ')
  const title = words.length > titleWords ? `${words.slice(0, titleWords).join(' ')}…` : part.title
  return {en: `${kind.en} ${title}`, vi: `${kind.vi} “${title}”`}
}

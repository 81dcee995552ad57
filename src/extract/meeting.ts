/**
 * Opening paragraph (or title) → meeting: the conference, session or working visit a notice of
 * conclusions records. Read from the dated opening sentence ("Ngày 02/6/2026, Ban Thường vụ Thành ủy tổ
 * chức Hội nghị sơ kết …"): the name runs from the meeting word to the end of the clause, the date is the
 * first date before it. Without such a sentence, a title "… tại Hội nghị …" gives the name (no date).
 * Null when neither is there.
 */
import type {Line} from '../parse/line.js'
import {joinLines, subLine} from '../parse/line.js'
import type {Meeting} from '../model/schema.js'
import {meetingWords} from '../lexicon/meetings.js'
import {fold, foldKey} from '../text/fold.js'
import {wordAlternation} from '../text/words.js'
import {defineExtractor, type ExtractContext} from './extractor.js'
import {findFirstDate} from './header/dates.js'
import {analyzeHeader} from './header/header.js'

/** Meeting words on the folded key. */
const meetingWord = new RegExp(`(?<![\\p{sc=Latn}])(?:${wordAlternation(meetingWords.map(foldKey), ' ')})(?![\\p{sc=Latn}])`, 'u')
/** A sentence that opens with its date ("Ngày …", "Sáng ngày …", "Trong hai ngày …") or "Tại …". */
const datedOpener = /^(?:(?:SANG|CHIEU|TOI|TRUA|VAO|TRONG|TU|CAC|HAI|BA)\s){0,3}NGAY\s/u
const placeOpener = /^TAI\s/u
/** Where the meeting's name ends. */
const nameEnd = /;|\.(?:\s|$)|\s(?:DE|NHAM)\s|,?\s(?:VOI SU THAM DU|THAM DU|CUNG DU)(?![\p{sc=Latn}])|\s\(SAU DAY/u
const sentenceEnd = /\.\s+\p{Lu}|\.$/u
const conclusionTitle = /^(?:KET LUAN|Y KIEN|THONG BAO KET LUAN)(?![\p{sc=Latn}])/u
const heading = /^(?:[IVX]{1,4}\s?[.\-–]|\d{1,2}\.|Điều\s)/u

export default defineExtractor({
  key: 'meeting',
  extract(context) {
    for (const paragraph of openingParagraphs(context)) {
      const found = fromSentence(context, paragraph)
      if (found) return found
    }

    return fromTitle(context)
  }
})

function fromSentence(context: ExtractContext, paragraph: Line): Meeting | null {
  const text = paragraph.text.slice(0, 2000)
  const key = foldKey(text)
  const dated = datedOpener.test(key)
  if (!dated && !placeOpener.test(key)) return null
  const word = meetingWord.exec(key)
  if (!word) return null
  const firstEnd = sentenceEnd.exec(text)
  if (firstEnd && firstEnd.index < word.index) return null
  const rest = key.slice(word.index)
  const stop = dated ? nameEnd.exec(rest) : /[,;]|\.(?:\s|$)|\s(?:DE|NHAM)\s/u.exec(rest)
  const end = word.index + (stop ? stop.index : rest.length)
  const name = fold(text.slice(word.index, end)).replace(/(?<![\s,.:])[\s,.:]+$/u, '')
  if (!name) return null
  const date = dated ? findFirstDate(text.slice(0, word.index))?.date ?? null : null
  return {name, date, position: context.position(paragraph, 0, end)}
}

function fromTitle(context: ExtractContext): Meeting | null {
  const header = analyzeHeader(context)
  if (header.titleParts.length === 0) return null
  // Only a notice of conclusions is about a meeting; "… thông qua tại Kỳ họp …" in a decision's title is not.
  const notice = header.type.code === 'TB' || header.type.code === 'KL' || conclusionTitle.test(foldKey(header.title ?? ''))
  if (!notice) return null
  const title = joinLines(header.titleParts.map((part) => subLine(part.line, part.from, part.to)))
  const key = foldKey(title.text)
  const at = /(?<![\p{sc=Latn}])TAI\s/u.exec(key)
  if (!at) return null
  const word = meetingWord.exec(key.slice(at.index))
  if (!word || word.index !== at[0].length) return null
  const start = at.index + word.index
  const name = fold(title.text.slice(start)).replace(/(?<![\s,.:;])[\s,.:;]+$/u, '')
  return name ? {name, date: null, position: context.position(title, start, title.text.length)} : null
}

/** The first paragraphs after the header: where a notice says when and where the meeting was. */
function openingParagraphs(context: ExtractContext): Line[] {
  const {lines, layout} = context
  const header = analyzeHeader(context)
  let start = header.lastLine + 1
  if (start <= 0) {
    start = Math.min(layout.bodyStart, lines.length)
    while (start > 0 && lines[start - 1]?.block === lines[start]?.block) start--
  }

  const paragraphs: Line[] = []
  let group: Line[] = []
  for (let index = start; index < Math.min(lines.length, layout.closingStart); index++) {
    const line = lines[index]
    if (!line) continue
    if (line.kind === 'table-row') continue
    if (group.length > 0 && line.block !== group[0]?.block) {
      paragraphs.push(joinLines(group))
      group = []
      if (paragraphs.length >= 4) break
    }

    if (group.length === 0 && (line.kind === 'heading' || heading.test(line.text))) break
    group.push(line)
  }

  if (group.length > 0 && paragraphs.length < 4) paragraphs.push(joinLines(group))
  return paragraphs
}

/**
 * Task text → who is named in it and in which role: the official or body who directs, the body in
 * charge, those who cooperate, and bodies responsible without a finer role. A small grammar: a noun
 * phrase for names (`name.ts`), and frames for the sentence shapes that assign (`frames/`).
 */
import type {Assignee} from '../../model/schema.js'
import {deglue, gluedSpan} from '../../text/deglue.js'
import {chairing, cooperating, genericActs, regarding, whenWords} from '../../lexicon/actions.js'
import {PhraseTable, type Word, wordsOf} from '../../text/words.js'
import {frames} from './frames/index.js'
import {addressesOpening, bareNoun, readName} from './name.js'
import {Reading} from './reading.js'

type Named = Omit<Assignee, 'inherited'>

/**
 * Reads the assignees named in one task's own text.
 *
 * @param text
 *   The task's own text, whitespace folded.
 * @returns
 *   Named bodies and officials with their roles, without duplicates, in text order; each name as
 *   written, though it is read with the words PDF extraction ran together apart.
 */
export function readAssignees(text: string): Named[] {
  const heading = readSubjectHeading(text)
  if (heading) return [heading]
  const words = deglue(text)
  return read(words)
    .found
    .sort((a, b) => a.from - b.from)
    .map(({name, role, at}) => ({name: at < 0 ? name : gluedSpan(text, words, at, at + name.length), role}))
}

function read(text: string): Reading {
  const reading = new Reading(text)
  for (const frame of frames) frame.read(reading)
  return reading
}

/** Role words and generic acts that an assignment line is made of besides its names and its time. */
const roleWords = new PhraseTable([...chairing, ...cooperating, ...genericActs])
const chairs = new PhraseTable(chairing)
/** Words of when that an assignment line may end with ("… thực hiện | trong Quý II/2028"). */
const timeWords = new PhraseTable(whenWords)
/** Other words an assignment line may hold. */
const trailing = 1

/**
 * Whether a line only says who does the item it stands under, and perhaps by when: "Ban Xây dựng Đảng
 * chủ trì, phối hợp với các cơ quan liên quan chuẩn bị", "Ban Xây dựng Đảng tham mưu, thực hiện trong
 * Quý II/2028". Such a line is a field of the item, like "Chủ trì: …".
 */
export function onlyAssigns(text: string): boolean {
  const reading = read(deglue(text))
  const first = reading.found.find((item) => item.from === 0)
  if (!reading.found.some((item) => item.role === 'lead') && !(first && first.role !== 'support')) return false
  let rest = 0
  for (let index = 0; index < reading.words.length; index++) {
    const word = reading.words[index] as Word
    const role = roleWords.match(reading.words, index)
    if (role > 0) index += role - 1
    else if (!word.mark && !reading.covered(index) && timeWords.match(reading.words, index) === 0 && !/\d|^[IVX]+$/u.test(word.text)) rest++
  }

  return rest <= trailing
}

/** "Đối với" before a heading's body: "Đối với Ủy ban nhân dân các xã:". */
const regardingWords = new PhraseTable(regarding)

/** A heading without its opening "Đối với". */
function withoutRegarding(head: string): string {
  const words = wordsOf(head)
  const length = regardingWords.match(words, 0)
  return length > 0 ? head.slice(words[length]?.start ?? head.length) : head
}

/**
 * Reads a heading that is only a subject ("Các cấp ủy, địa phương, cơ quan, đơn vị:", "Sở Xây dựng"):
 * the body named is responsible for the items under it.
 *
 * @param head
 *   First line of a task, label removed, whitespace folded.
 * @returns
 *   The body as responsible, or null.
 */
export function readSubjectHeading(head: string): Named | null {
  const text = bare(withoutRegarding(head))
  // "Giám đốc các Sở …; Chủ tịch Ủy ban nhân dân các xã, phường:": each part a name.
  const parts = text.split(';').map((part) => part.trim())
  const named = parts.every((part) => {
    const words = wordsOf(deglue(part))
    return words.length > 0 && readName(words, 0) === words.length && !bareNoun(words, 0, words.length)
  })
  return named ? {name: text, role: 'responsible'} : null
}

/**
 * A heading without what may close it: a colon or stop, a parenthesis ("Sở Nội vụ (Ban Thi đua Khen
 * thưởng Thành phố)", "Trung tâm Bảo tồn di sản Thăng Long - Hà Nội.").
 */
function bare(head: string): string {
  let text = head.trimEnd()
  if (text.endsWith(':') || text.endsWith('.')) text = text.slice(0, -1).trimEnd()
  const open = text.lastIndexOf('(')
  if (text.endsWith(')') && open > 0 && text.indexOf(')') === text.length - 1) text = text.slice(0, open).trimEnd()
  return text
}

/** Whether a text opens by addressing those who must act ("Thủ trưởng các cơ quan …", "Các sở, ngành …"). */
export function opensByAddressing(text: string): boolean {
  return addressesOpening(wordsOf(deglue(text.slice(0, 200))))
}

/** Whether a text opens with "chủ trì" (after the heading that names who): "Chủ trì, phối hợp với …". */
export function startsChairing(text: string): boolean {
  const words = wordsOf(deglue(text.slice(0, 100)))
  const first = words.findIndex((word) => !word.mark)
  return first >= 0 && chairs.match(words, first) > 0
}

/** Whether a text opens with the name of a body or an official ("Bộ …", "Sở …", "Chủ tịch …"). */
export function startsWithBody(text: string): boolean {
  return readName(wordsOf(deglue(text.slice(0, 200))), 0) > 0
}

/** How far back from a line's end a name that runs on into the next line may start, in words. */
const runOnReach = 12

/** Whether a name at the end of `head` goes on into `next`, the line after it ("… báo cáo Thủ tướng" / "Chính phủ …"). */
export function nameRunsOn(head: string, next: string): boolean {
  const words = wordsOf(deglue(`${head} ${next.slice(0, 200)}`))
  const headWords = wordsOf(deglue(head)).length
  for (let from = Math.max(0, headWords - runOnReach); from < headWords; from++) {
    if (readName(words, from) > headWords) return true
  }

  return false
}

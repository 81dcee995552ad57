/**
 * How deadlines reach an item whose own text names none: from its parent's sentence that leads into the
 * items, from the item it points to, from the one event the document names.
 */
import type {Task} from '../../model/schema.js'
import {fieldLabel} from './items.js'

/** Work that gets something ready for an event: "chuẩn bị báo cáo …", "chuẩn bị nội dung …". */
const preparing = /(?<![\p{sc=Latn}\d\p{No}])chuẩn bị(?![\p{sc=Latn}\d\p{No}])/iu

/** "(theo) thời gian/thời hạn (nêu) tại khoản 1": a deadline given by pointing at another item. */
const timePointer =
  /(?<![\p{sc=Latn}\d\p{No}])(?:thời gian|thời hạn|tiến độ)(?:\s+(?:hoàn thành|thực hiện|đã))?\s+(?:nêu\s+)?(?:tại|theo|ở)\s+(?:khoản|mục|điểm)\s+(\d{1,2}|[a-zđ])(?![\p{sc=Latn}\d\p{No}])/iu

/** The value of a label as written: "1." → "1", "a)" → "a", "(2)" → "2". */
function labelValue(number: string): string {
  return /^\(?([\p{sc=Latn}\d\p{No}]+)/u.exec(number)?.[1] ?? number
}

/** Where a sentence of a text ends: a ".", "!", "?" or ";" followed by a capital. */
const sentenceBreak = /[.!?;]\s+(?=\p{Lu})/gu

/** A text's first sentence. */
export function firstSentence(text: string): string {
  sentenceBreak.lastIndex = 0
  const end = sentenceBreak.exec(text)
  return end ? text.slice(0, end.index) : text
}

/**
 * Whether a parent's deadline is its items' too: one it inherited, or one in the sentence that leads into
 * the items (its last). "1. Hoàn thành … trước ngày 29/4/2023. Đồng thời: - … - …" keeps its date to
 * itself; "1. Trong tháng 12/2025, tập trung: - … - …" gives it to each item.
 */
export function passesDown(parent: Task, deadline: Task['deadlines'][number]): boolean {
  if (deadline.inherited) return true
  const at = parent.text.indexOf(deadline.raw)
  if (at < 0) return true
  // Sentence starts; a field line of the item ("Thời gian thực hiện: …") speaks for the whole item.
  const starts = [0]
  sentenceBreak.lastIndex = 0
  for (let match = sentenceBreak.exec(parent.text); match; match = sentenceBreak.exec(parent.text)) starts.push(match.index + match[0].length)
  const sentence = starts.findLastIndex((start) => start <= at)
  const isField = (index: number): boolean => fieldLabel.test(parent.text.slice(starts[index] ?? 0, (starts[index] ?? 0) + 60))
  if (isField(sentence)) return true
  let lead = starts.length - 1
  while (lead > 0 && isField(lead)) lead--
  return sentence >= lead
}

/**
 * The deadlines a task takes from the item it points to: "hoàn thành theo thời gian tại khoản 1 Công văn
 * này" gives it the deadlines of item 1 among its siblings. The task's own text gives the date, by
 * pointing: its own deadline, the phrase where it is written.
 */
export function pointedAt(tasks: readonly Task[], task: Task): Task['deadlines'] {
  const pointer = timePointer.exec(task.text)
  if (!pointer) return []
  const target = tasks.find(
    (other) => other !== task && other.parent === task.parent && other.part === task.part && labelValue(other.number) === pointer[1]
  )
  return (target?.deadlines ?? []).map((deadline) => ({...deadline, inherited: false}))
}

/**
 * The day a task that prepares ("chuẩn bị báo cáo …") is due: the one event the document names (an
 * invitation's "Thời gian: …"), when it names exactly one.
 */
export function preparedFor(task: Task, events: readonly Task['deadlines'][number][]): Task['deadlines'] {
  const [event, ...others] = events
  return event && others.length === 0 && preparing.test(task.text) ? [{...event, inherited: true}] : []
}

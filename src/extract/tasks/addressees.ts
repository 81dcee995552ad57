/**
 * The bodies a letter is addressed to ("Kính gửi: Cục Thuế các tỉnh, thành phố", or a list under
 * "Kính gửi:"): those who do the items of its body that name no one.
 */
import {addresseePronouns} from '../../lexicon/bodies.js'
import {readAssignees} from '../assignees/index.js'
import {firstSentence} from './inherit.js'
import type {Task} from '../../model/schema.js'
import type {Line} from '../../parse/line.js'
import {foldKey, stripTrailingPunctuation} from '../../text/fold.js'
import {PhraseTable} from '../../text/words.js'

/** "Kính gửi:", near the start of its line (an incoming stamp's debris may stand before it). */
const addressLine = /KINH\s*GUI\s*:?/u
const nearStart = 12
const listMark = /^[-–•+*]\s*\d?\s*/u
/** More addressees than this are the whole distribution, not who must act. */
const maxAddressees = 6
/** Most addressees read. */
const maxListed = 24

/**
 * Reads the addressees of the document's opening.
 *
 * @param lines
 *   The lines before the body, and a few into it (a list may run on).
 * @returns
 *   Their names as written, without list marks and trailing punctuation; [] when there is no "Kính gửi".
 */
export function readAddressees(lines: Line[]): string[] {
  const found = (line: Line): RegExpExecArray | null => {
    const match = line.text.length <= 400 ? addressLine.exec(foldKey(line.text)) : null
    return match && match.index <= nearStart ? match : null
  }

  const at = lines.findIndex((line) => found(line) !== null)
  if (at < 0) return []
  const line = lines[at] as Line
  const match = found(line)
  const head = (match?.index ?? 0) + (match?.[0].length ?? 0)
  const names: string[] = []
  const add = (text: string): void => {
    const name = stripTrailingPunctuation(text.replace(listMark, '')).trim()
    if (/\p{Lu}/u.test(name) && name.length <= 160) names.push(name)
  }

  const rest = line.text.slice(head).trim()
  if (rest) add(rest.replace(/^[|\s]+/u, ''))
  for (const next of lines.slice(at + 1, at + 1 + maxListed)) {
    // A table's stray bar between "Kính gửi:" and its list is no line of it.
    if (/^[|\s]*$/u.test(next.text)) continue
    if (!listMark.test(next.text)) break
    add(next.text)
  }

  return names.slice(0, maxListed)
}

/** Whether the addressees are few enough to be who must act, not the whole distribution. */
export function actOn(addressees: string[]): boolean {
  return addressees.length <= maxAddressees
}

const pronouns = new PhraseTable(addresseePronouns)

/**
 * A task's assignees with "Quý cơ quan", "Quý đơn vị" (the letter's polite "you") read as the addressees
 * it stands for, in the same role.
 */
export function resolvePronouns(assignees: Task['assignees'], addressees: string[]): Task['assignees'] {
  if (addressees.length === 0 || !assignees.some((item) => pronouns.is(item.name))) return assignees
  return assignees.flatMap((item) => (pronouns.is(item.name) ? addressees.map((name) => ({...item, name})) : [item]))
}

/**
 * Gives a task to those it is addressed to (a lead-in's bodies, the letter's addressees) when it names no
 * one, or when its opening sentence does not ("Tổ chức quán triệt … . Giao Ban Xây dựng Đảng tham mưu …":
 * the first sentence is theirs). Not to a task that already takes someone from above.
 */
export function addressTo(task: Task, names: ReadonlyArray<Omit<Task['assignees'][number], 'inherited'>>): void {
  if (names.length === 0) return
  const unnamed = task.assignees.length === 0 || (!task.assignees.some((item) => item.inherited) && readAssignees(firstSentence(task.text)).length === 0)
  if (!unnamed) return
  for (const item of names) if (!task.assignees.some((own) => own.name === item.name)) task.assignees.push({...item, inherited: true})
}

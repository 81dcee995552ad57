/**
 * Sibling tasks read as numbered lists: consecutive items of one label family under one parent
 * (`7.1.` then `7.3.`, `(3)` then `(3)`), for the numbering rules.
 */
import {ordinal, pointLetters, readLabel, type Label} from '../../parse/numbering.js'
import type {Notice, Task} from '../../model/schema.js'

export interface NumberedTask {
  task: Task
  label: Label
  /** 1-based place of the label in its family: `7.3.` → 3, `(ii)` → 2, `b)` → 2. */
  ordinal: number
}

/** Two items of the same list, one right after the other. */
export interface SiblingPair {
  previous: NumberedTask
  current: NumberedTask
}

/**
 * Consecutive numbered siblings: same parent, same label family and, for `7.1.`-style labels, the same
 * prefix. Bullets and unreadable labels do not count.
 *
 * @param notice
 *   The model.
 * @returns
 *   Pairs in document order.
 */
export function siblingPairs(notice: Notice): SiblingPair[] {
  const last = new Map<string, NumberedTask>()
  const pairs: SiblingPair[] = []
  for (const task of notice.tasks) {
    const label = readLabel(`${task.number} x`)
    if (label === null || label.kind === 'bullet') continue
    const place = ordinal(label)
    if (place <= 0) continue
    // Top-level tasks have no parent; their id prefix (`II` of `II.3`) tells the section apart.
    const group = `${task.parent ?? task.id.slice(0, Math.max(0, task.id.lastIndexOf('.')))}\u0000${label.family}\u0000${prefix(label)}`
    const current = {task, label, ordinal: place}
    const previous = last.get(group)
    if (previous) pairs.push({previous, current})
    last.set(group, current)
  }

  return pairs
}

/**
 * The label that would hold a given place in the same list: `7.1.` and 2 → `7.2.`.
 *
 * @param label
 *   A label of the list.
 * @param place
 *   1-based place.
 * @returns
 *   The label as it would be written.
 */
export function labelAt(label: Label, place: number): string {
  const value = valueAt(label, place)
  const at = label.text.lastIndexOf(label.value)
  return at < 0 ? value : `${label.text.slice(0, at)}${value}${label.text.slice(at + label.value.length)}`
}

function valueAt(label: Label, place: number): string {
  if (label.kind === 'roman') return roman(place)
  if (label.kind === 'paren-roman') return roman(place).toLowerCase()
  if (label.kind === 'letter' || label.kind === 'paren-letter') return pointLetters[place - 1] ?? '?'
  return `${prefix(label)}${place}`
}

/** `7.2` → `7.`; other values have no prefix. */
function prefix(label: Label): string {
  if (label.kind !== 'number') return ''
  return label.value.slice(0, label.value.lastIndexOf('.') + 1)
}

const romanDigits: Array<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I']
]

function roman(value: number): string {
  let rest = value
  let out = ''
  for (const [size, digits] of romanDigits) {
    while (rest >= size && out.length < 40) {
      out += digits
      rest -= size
    }
  }

  return out
}

/**
 * Whether a line between two tasks starts with one of the labels a gap says are missing: the item is
 * there but was not read as a task (an “Điều 2.” that only sets an effective date), so there is no gap.
 *
 * @param text
 *   Source text between the two tasks.
 * @param pair
 *   The two tasks.
 * @returns
 *   True when a missing label is written there.
 */
export function missingLabelWritten(text: string, pair: SiblingPair): boolean {
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const plain = line.replace(/^[\s#>*_|]+/u, '').replace(/^(\S{1,12}?)[*_]+/u, '$1')
    const label = readLabel(`${plain} x`)
    if (label === null || label.family !== pair.current.label.family || prefix(label) !== prefix(pair.current.label)) continue
    const place = ordinal(label)
    if (place > pair.previous.ordinal && place < pair.current.ordinal) return true
  }

  return false
}

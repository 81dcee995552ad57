/**
 * Lines → section tree. Each labelled line ("II.", "7.1.", "(1)", "a)", "-") opens a section; lines without
 * a label continue the section before them. Nesting follows the families of labels: a label of a family
 * already open closes back to that level, a new family opens a deeper one. Inline enumerations
 * ("…: (i) … (ii) …") are split into items first.
 */
import {allMatches} from '../text/all-matches.js'
import {subLine, type Line} from './line.js'
import {asLetterIfContinuing, ordinal, readLabel, type Label} from './numbering.js'

export interface Section {
  /** The label, or null for the root and for unlabelled headings. */
  label: Label | null
  /** The line the section starts on, label included; null for the root. */
  line: Line | null
  /** That line without its label. */
  head: Line | null
  /** Lines after the head that belong to this section itself (not to children). */
  body: Line[]
  children: Section[]
  parent: Section | null
}

/**
 * Builds the section tree.
 *
 * @param lines
 *   Lines of the part of the document that holds the body.
 * @returns
 *   Root section.
 */
export function toSections(lines: Line[]): Section {
  const root: Section = {label: null, line: null, head: null, body: [], children: [], parent: null}
  const stack: Section[] = [root]
  for (const line of splitEnumerations(lines)) {
    const read = line.kind === 'table-row' ? null : readLabel(line.text)
    const label = read && asPartIfHeading(asLetterIfContinuing(read, lastOfFamily(stack, 'paren-letter')), line, stack)
    if (!label || !fitsSequence(label, stack)) {
      const top = stack.at(-1) ?? root
      // A heading without a label still starts a new block of content at the outermost open level.
      if (line.kind === 'heading' && !label && stack.length > 1) {
        const section: Section = {label: null, line, head: line, body: [], children: [], parent: root}
        root.children.push(section)
        stack.length = 1
        stack.push(section)
        continue
      }

      // A new paragraph after a bullet that ended its sentence, opening with a capital, is not more of
      // that bullet: bullets are one paragraph each ("- Rà soát …." then "Ủy ban nhân dân tỉnh yêu cầu …").
      if (top.label?.kind === 'bullet' && endsBullet(top, line)) {
        while (stack.length > 1 && stack.at(-1)?.label?.kind === 'bullet') stack.pop()
        ;(stack.at(-1) ?? root).body.push(line)
        continue
      }

      top.body.push(line)
      continue
    }

    const level = stack.findIndex((section) => section.label?.family === label.family)
    if (level > 0) stack.length = level
    // Articles are siblings: "Điều 2" after a plan's parts I–III stands beside "Điều 1", not under III.4.
    else if (label.kind === 'roman' || label.kind === 'part' || label.kind === 'article') stack.length = outermost(stack, label)
    const parent = stack.at(-1) ?? root
    const section: Section = {label, line, head: subLine(line, label.length), body: [], children: [], parent}
    parent.children.push(section)
    stack.push(section)
  }

  return root
}

/**
 * A top-level "1." before an upper-case heading is a part ("I." misread by OCR, or a document numbering
 * its parts in Arabic): it takes the place of a roman part so that ids and scopes follow the parts.
 */
function asPartIfHeading(label: Label, line: Line, stack: Section[]): Label {
  if (label.family !== 'number:1' || stack.some((section) => section.label?.kind === 'roman')) return label
  const title = line.text.slice(label.length)
  if (title.length < 8 || title !== title.toUpperCase() || !/(?<!\p{Lu})\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(title)) return label
  const value = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][Number(label.value)] ?? label.value
  return {...label, kind: 'roman', family: 'roman', value}
}

function endsBullet(bullet: Section, line: Line): boolean {
  const last = bullet.body.at(-1) ?? bullet.head
  // Plain text cannot tell a new paragraph from a wrapped line by blank lines alone (a list item swallows
  // the lines after it): a finished sentence followed by a capital is the sign.
  if (!last) return false
  return /[.!?]["”)]?$/u.test(last.text) && /^\p{Lu}/u.test(line.text) && line.kind !== 'table-row'
}

function lastOfFamily(stack: Section[], family: string): Label | undefined {
  return stack.findLast((section) => section.label?.family === family)?.label ?? undefined
}

/** Roman parts sit at the top (under a "Phần" if any), whatever is open. */
function outermost(stack: Section[], label: Label): number {
  if (label.kind === 'part') return 1
  const part = stack.findIndex((section) => section.label?.kind === 'part')
  return part > 0 ? part + 1 : 1
}

/**
 * Whether a label continues the numbering around it. `(i)` after `(h)` is a letter, `C.` is not a part
 * unless parts B. came before, and a label that would open a new family must start it (1, a, i).
 */
function fitsSequence(label: Label, stack: Section[]): boolean {
  const sibling = stack.find((section) => section.label?.family === label.family)
  if (label.kind === 'bullet') return true
  const value = ordinal(label)
  if (!sibling?.label) {
    // Opening a family: only its first members open it, except the plain numbers of a document body,
    // which may start anywhere (a page may be missing).
    return value === 1 || label.kind === 'number' || label.kind === 'article' || label.kind === 'roman'
  }

  // Within a family, the numbering may skip (a gap is a validation finding) but should not go far back.
  const previous = ordinal(sibling.label)
  if (label.kind === 'number') {
    const prefix = label.value.split('.').slice(0, -1).join('.')
    const parentNumber = stack
      .map((section) => section.label)
      .find((candidate) => candidate?.kind === 'number' && candidate.value.split('.').length === label.value.split('.').length - 1)
    if (prefix && parentNumber && parentNumber.value !== prefix) {
      return prefix.startsWith(parentNumber.value.split('.')[0] ?? '') || value === 1
    }
  }

  return value > 0 && value <= previous + 5
}

/** Pattern of an inline item: a label after a clause end, followed by a capital letter. */
const inlineItem = /(?<=[:;.]\s{1,3})\((\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x|[a-zđ])\)\s+(?=\p{Lu})/gu

/**
 * Splits inline enumerations ("… sau: (1) …; (2) …") into separate lines, when they count up from the
 * first value of their family.
 */
export function splitEnumerations(lines: Line[]): Line[] {
  const result: Line[] = []
  for (const line of lines) {
    if (line.kind === 'table-row' || line.text.length < 8) {
      result.push(line)
      continue
    }

    const cuts: number[] = []
    const own = readLabel(line.text)
    let expected: {kind: string; next: number} | null =
      own && own.kind.startsWith('paren-') ? {kind: own.kind, next: ordinal(own) + 1} : null
    for (const match of allMatches(inlineItem, line.text)) {
      const label = readLabel(line.text.slice(match.index, match.index + match[0].length + 1))
      if (!label) continue
      const value = ordinal(label)
      if (expected && expected.kind === label.kind && value === expected.next) {
        cuts.push(match.index)
        expected.next++
      } else if (value === 1) {
        cuts.push(match.index)
        expected = {kind: label.kind, next: 2}
      }
    }

    let from = 0
    for (const cut of cuts) {
      if (cut > from) result.push(trimEnd(subLine(line, from, cut)))
      from = cut
    }

    result.push(from === 0 ? line : {...subLine(line, from), breakBefore: false})
  }

  return result
}

function trimEnd(line: Line): Line {
  let end = line.text.length
  while (end > 0 && /\s/.test(line.text[end - 1] ?? '')) end--
  return end === line.text.length ? line : subLine(line, 0, end)
}

/**
 * What the items of a section are when they are not simply tasks: field lines of an item or of the
 * document ("Thời gian: …", "Thành phần:"), a list of names under "Danh sách …", clauses quoted from a
 * regulation, articles that assign nothing.
 */
import {paragraphsOf} from '../paragraphs.js'
import type {Line} from '../../parse/line.js'
import type {Section} from '../../parse/sections.js'
import {fieldLabelWords, listingLeadIn} from '../../lexicon/structure.js'
import {wordAlternation} from '../../text/words.js'
import {onlyAssigns} from '../assignees/index.js'
import {assigns} from './scope.js'

/** Labels of the attribute lines of a plan item. */
export const fieldLabel = new RegExp(`^(?:${wordAlternation(fieldLabelWords)})(?:\\s+[\\p{sc=Latn}]+){0,3}\\s*:`, 'iu')

/**
 * A top-level item that is a field of the document itself, not work: an invitation's "1. Thời gian: …",
 * "2. Địa điểm: …", "3. Thành phần:" over the list of those invited.
 */
export function isDocumentField(section: Section): boolean {
  const head = section.head?.text ?? ''
  return section.label?.kind !== 'bullet' && fieldLabel.test(head) && (section.children.length === 0 || /:\s*$/u.test(head))
}

/** A field line of an item: "- Thời gian: …", "- Đơn vị chủ trì: …", or a line that only says who leads it. */
export function isField(section: Section): boolean {
  if (section.label?.kind !== 'bullet' || section.children.length > 0) return false
  const head = section.head?.text ?? ''
  // The whole bullet says whether it only names who does the item: its first line may be cut by the page.
  return fieldLabel.test(head) || onlyAssigns([head, ...section.body.map((line) => line.text)].join(' '))
}

/**
 * Items of a list that a "Danh sách …" line introduces: names, not work to do. The line may stand in the
 * container or at the end of the item before the list (a new "1." closes back to it); the list goes on
 * over the items that follow one another, and ends at a paragraph of the container.
 */
export function namedLists(section: Section): Set<Section> {
  const names = new Set<Section>()
  let next = 0
  let listing = false
  let previous: Section | null = null
  for (const child of section.children) {
    const at = child.line?.offsets[0] ?? 0
    let between = false
    for (; next < section.body.length && (section.body[next]?.offsets[0] ?? 0) < at; next++) {
      listing = listingLeadIn.test(section.body[next]?.text ?? '')
      between = true
    }

    const tail = previous && !between ? lastLine(previous) : null
    if (tail && listingLeadIn.test(tail.text)) listing = true
    if (listing && child.label) names.add(child)
    previous = child
  }

  return names
}

/** The last line of a section's subtree, in document order. */
export function lastLine(section: Section): Line | null {
  let current = section
  for (;;) {
    const child = current.children.at(-1)
    const own = current.body.at(-1) ?? current.head
    if (!child?.line || (own && (own.offsets[0] ?? 0) > (child.line.offsets[0] ?? 0))) return own
    current = child
  }
}

/**
 * Items inside a quotation: a regulation's clauses cited word for word ("… quy định: “a) Tổ chức khai
 * thác khoáng sản phải …; b) … .”"), from the item that opens it to the one that closes it. They say
 * what the law says, not who must do what here.
 */
export function quotedItems(section: Section): Set<Section> {
  const quoted = new Set<Section>()
  let open = false
  for (const child of section.children) {
    const head = child.head?.text ?? ''
    if (!open && /^[“"«]/u.test(head)) open = true
    if (!open) continue
    quoted.add(child)
    // The quotation closes with the item whose text ends it.
    const last = lastLine(child)?.text ?? head
    if (/[”"»][.;:,]?\s*$/u.test(last)) open = false
  }

  return quoted
}

/** An article (Điều) is a task when it or one of its clauses assigns work. */
export function articleAssigns(section: Section): boolean {
  // Paragraphs, not lines: "chịu⏎trách nhiệm" wraps in text taken from a PDF or a web page.
  const texts = paragraphsOf([...(section.head ? [section.head] : []), ...section.body]).map((line) => line.text)
  return texts.some((text) => assigns(text)) || section.children.some((child) => articleAssigns(child))
}

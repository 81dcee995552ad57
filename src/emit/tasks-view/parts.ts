/**
 * Tasks (or task items) by the part of the document they stand in: the body first, then each attachment
 * and appendix in document order (`notice.parts`). The human outputs show a part's tasks under its title,
 * not mixed into the body's list; this is the one place that decides how, so they all agree.
 */
import type {Notice, Part, Task} from '../../model/schema.js'
import type {Labels} from './labels.js'

/** A part as the views name it. `kind` is null for a part id a task names but the notice does not list. */
export interface PartHeading {
  id: string
  kind: Part['kind'] | null
  title: string
}

export interface PartGroup<T> {
  /** The part, or null for the body. */
  part: PartHeading | null
  items: T[]
}

/**
 * @param notice
 *   The notice whose parts group the items.
 * @param items
 *   Its tasks or task items, in the order to show them.
 * @param partOf
 *   The id of the part an item stands in, null in the body.
 * @returns
 *   The body's group, then one per part in document order, each keeping the items' order. A part
 *   without items keeps its empty group, so a view can say so rather than hide it; a part id the notice
 *   does not list gets a group of its own after the others, titled by the id, rather than vanishing.
 */
export function byPart<T>(notice: Notice, items: readonly T[], partOf: (item: T) => string | null): PartGroup<T>[] {
  const groups = new Map<string | null, PartGroup<T>>([[null, {part: null, items: []}]])
  for (const part of notice.parts) groups.set(part.id, {part, items: []})
  for (const item of items) {
    const id = partOf(item)
    const group = groups.get(id) ?? {part: {id: id ?? '', kind: null, title: id ?? ''}, items: []}
    groups.set(id, group)
    group.items.push(item)
  }

  return [...groups.values()]
}

/** The part a task stands in, null in the body. */
export function partOf(notice: Notice, task: Task): PartHeading | null {
  if (task.part === null) return null
  return notice.parts.find((part) => part.id === task.part) ?? {id: task.part, kind: null, title: task.part}
}

/**
 * "Kèm theo: KẾ HOẠCH Triển khai …", "PHỤ LỤC I TỔNG HỢP …". An appendix's title already names itself
 * ("PHỤ LỤC I …"), so a second "Phụ lục:" in front would only repeat it.
 */
export function partTitle(part: PartHeading, labels: Labels): string {
  const kind = part.kind ? labels.partKinds[part.kind] : labels.part
  const names = part.title.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi'))
  return names ? part.title : `${kind}: ${part.title}`
}

/** Test helper: a GFM checklist read back with remark-parse + remark-gfm, as sections of task-list items. */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type {ListItem, Nodes, Root} from 'mdast'

export interface Section {
  depth: number
  title: string
  /** Headings above this one and itself, outermost first. */
  trail: string[]
  items: ListItem[]
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

/** The plain text of a node (text, inline code and the text inside emphasis and links). */
export function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? node.children.map((child) => plain(child)).join('') : ''
}

/** Every heading with the list items that follow it before the next heading. */
export function sections(tree: Root): Section[] {
  const found: Section[] = []
  const trail: string[] = []
  for (const node of tree.children) {
    if (node.type === 'heading') {
      trail.length = node.depth - 1
      trail[node.depth - 1] = plain(node)
      found.push({depth: node.depth, title: plain(node), trail: trail.filter(Boolean), items: []})
    } else if (node.type === 'list') {
      found.at(-1)?.items.push(...node.children)
    }
  }

  return found
}

/** Every list item anywhere in the tree. */
export function listItems(tree: Root): ListItem[] {
  const items: ListItem[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem') items.push(node)
    if ('children' in node) for (const child of node.children) visit(child)
  }

  visit(tree)
  return items
}

/**
 * Normalised text → mdast (CommonMark + GFM tables). Plain-text notices go through the same parser: a
 * plain text is a Markdown document of paragraphs with soft line breaks.
 */
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Parses Markdown.
 *
 * @param text
 *   Normalised text.
 * @returns
 *   mdast tree whose offsets point into `text`.
 */
export function toMdast(text: string): Root {
  return processor.parse(text)
}

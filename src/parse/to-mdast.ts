/**
 * Normalised text → mdast (CommonMark + GFM tables). Plain-text notices go through the same parser: a
 * plain text is a Markdown document of paragraphs with soft line breaks.
 */
import type {Nodes, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {toPieces, type Piece} from './markdown-pieces.js'

type Point = NonNullable<Root['position']>['start']

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * For pieces whose nesting or markup would make Markdown parsing superlinear: only headings, rules,
 * fenced code and tables are kept, everything else reads as plain paragraphs.
 */
const plainProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .data('micromarkExtensions', [
    {
      disable: {
        null: [
          'attention', 'autolink', 'blockQuote', 'codeIndented', 'codeText', 'definition', 'htmlFlow', 'htmlText',
          'labelEnd', 'labelStartImage', 'labelStartLink', 'list', 'strikethrough', 'gfmFootnoteCall',
          'gfmFootnoteDefinition', 'gfmPotentialFootnoteCall', 'wwwAutolink', 'protocolAutolink', 'emailAutolink'
        ]
      }
    }
  ])
  .freeze()

/**
 * Parses Markdown.
 *
 * @param text
 *   Normalised text.
 * @returns
 *   mdast tree whose offsets point into `text`.
 */
export function toMdast(text: string): Root {
  const pieces = toPieces(text)
  const only = pieces[0]
  if (pieces.length === 1 && only && !only.risky) return processor.parse(text)
  const root: Root = {type: 'root', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(text)}}
  for (const piece of pieces) {
    const tree = (piece.risky ? plainProcessor : processor).parse(text.slice(piece.start, piece.end))
    shift(tree, piece)
    for (const child of tree.children) root.children.push(child)
  }

  return root
}

/** Moves every position of a piece's tree from the piece into the whole text (iteratively: trees may be deep). */
function shift(tree: Root, piece: Piece): void {
  const stack: Nodes[] = [...tree.children]
  // New points rather than edits: nothing promises that two nodes never share one.
  const move = (point: Point): Point => ({
    line: point.line + piece.line,
    column: point.line === 1 ? point.column + piece.column : point.column,
    offset: (point.offset ?? 0) + piece.start
  })

  let node = stack.pop()
  while (node) {
    if (node.position) node.position = {start: move(node.position.start), end: move(node.position.end)}

    if ('children' in node) for (const child of node.children) stack.push(child)
    node = stack.pop()
  }
}

function endPoint(text: string): Point {
  let line = 1
  let lastBreak = -1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    line++
    lastBreak = index
  }

  return {line, column: text.length - lastBreak, offset: text.length}
}

/**
 * Normalised text → mdast (CommonMark + GFM tables). Plain-text notices go through the same parser: a
 * plain text is a Markdown document of paragraphs with soft line breaks.
 *
 * Of GFM only pipe tables: its other features misread plain notices (`5~10 ngày` is strikethrough and
 * loses its tildes, a `[^1]: …` footnote definition vanishes from the text) and its autolink literals
 * alone cost more than the rest of the parser. The table syntax is switched on only for text that holds
 * a line that can be a table's delimiter row: without one no table can start, and its tokenizer is tried
 * at the start of every block.
 */
import type {Nodes, Root} from 'mdast'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {toPieces, type Piece} from './markdown-pieces.js'

type Point = NonNullable<Root['position']>['start']
type Parser = Processor<Root>

/**
 * For pieces whose nesting or markup would make Markdown parsing superlinear: only headings, rules,
 * fenced code and tables are kept, everything else reads as plain paragraphs.
 */
const plainOnly = {
  disable: {
    null: [
      'attention', 'autolink', 'blockQuote', 'codeIndented', 'codeText', 'definition', 'htmlFlow', 'htmlText',
      'labelEnd', 'labelStartImage', 'labelStartLink', 'list'
    ]
  }
}

/**
 * The delimiter rows of the text being parsed (see {@link delimiterRows}). Parsing is synchronous, so
 * one variable serves every parse.
 */
let rows: ReadonlySet<number> = new Set()

/**
 * GFM tables, tried only where one can start. The table tokenizer is tried at the start of every line
 * (a table may interrupt a paragraph) and reads the whole line as a head row before it looks at the
 * next: the cost of a second parse of the text. A head row needs a delimiter row on the next line, and
 * a body row needs a table just before it, so everywhere else it fails at once, as it would anyway.
 *
 * @returns
 *   micromark extension.
 */
function gatedTable(): ReturnType<typeof gfmTable> {
  const table = gfmTable().flow?.['null']
  if (!table || Array.isArray(table) || !('tokenize' in table)) {
    throw new Error('Unexpected micromark-extension-gfm-table: no single flow construct')
  }
  const {tokenize} = table
  return {
    flow: {
      null: {
        ...table,
        // Decided before the table's tokenizer is made: micromark runs the returned state at once, at the
        // same place, and making it costs some thirty closures for every line of the text.
        tokenize(effects, ok, nok) {
          return rows.has(this.now().line + 1) || afterTableRow(this.events) ? tokenize.call(this, effects, ok, nok) : nok
        }
      }
    }
  }
}

/** Whether the last event before this line (and its prefix) ends a table's head or row. */
function afterTableRow(events: ReadonlyArray<readonly [unknown, {type: string}, unknown]>): boolean {
  let index = events.length - 1
  while (index > -1 && (events[index]?.[1].type === 'lineEnding' || events[index]?.[1].type === 'linePrefix')) index--
  const tail = events[index]?.[1].type
  return tail === 'tableHead' || tail === 'tableRow'
}

/** The four parsers, built on first use: index = (risky ? 2 : 0) + (table ? 1 : 0). */
const parsers: Array<Parser | undefined> = []

function parser(risky: boolean, table: boolean): Parser {
  const index = (risky ? 2 : 0) + (table ? 1 : 0)
  let found = parsers[index]
  if (!found) {
    found = unified()
      .use(remarkParse)
      .data('micromarkExtensions', [...(risky ? [plainOnly] : []), ...(table ? [gatedTable()] : [])])
      .data('fromMarkdownExtensions', table ? [gfmTableFromMarkdown()] : [])
      .freeze()
    parsers[index] = found
  }

  return found
}

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
  if (pieces.length === 1 && only && !only.risky) return parse(text, 0, text.length, false)
  const root: Root = {type: 'root', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(text)}}
  for (const whole of pieces) {
    const piece = withoutLeadingBlankLines(text, whole)
    if (!piece) continue
    const tree = parse(text, piece.start, piece.end, piece.risky)
    shift(tree, piece)
    for (const child of tree.children) root.children.push(child)
  }

  return root
}

/**
 * The lines of `text[start, end)` (1-based, counted from `start` as micromark counts them: CR, LF and
 * CRLF end a line) that can be a GFM table's delimiter row (`|---|:-:|`, `--|--`): only `-`, `:`, `|`,
 * spaces and tabs after the container prefix (`>`, indentation), with at least one `-` and one `|` or
 * `:` (a line of dashes alone is a rule or a heading underline). A superset of the rows
 * micromark-extension-gfm-table accepts.
 */
export function delimiterRows(text: string, start: number, end: number): Set<number> {
  const rows = new Set<number>()
  let line = 1
  let dash = false
  let mark = false
  let other = false
  for (let index = start; index <= end; index++) {
    const code = index < end ? text.charCodeAt(index) : 10
    if (code === 10 || code === 13) {
      if (dash && mark && !other) rows.add(line)
      if (code === 13 && text.charCodeAt(index + 1) === 10 && index + 1 < end) index++
      line++
      dash = false
      mark = false
      other = false
    } else if (other) {
      // Not a delimiter row: only its end matters.
    } else if (code === 45) dash = true
    else if (code === 124 || code === 58) mark = true
    else if (code !== 32 && code !== 9 && code !== 62) other = true
  }

  return rows
}

/** Parses `text[start, end)`, with the table syntax only if it has a delimiter row. */
function parse(text: string, start: number, end: number, risky: boolean): Root {
  rows = delimiterRows(text, start, end)
  const slice = start === 0 && end === text.length ? text : text.slice(start, end)
  try {
    return parser(risky, rows.size > 0).parse(slice)
  } finally {
    rows = new Set()
  }
}

/**
 * A piece without the blank lines it starts with, or null when it is blank all through. Markdown ignores
 * blank lines at the start of a document, so the tree is the same, but micromark spends as long on a
 * blank line as on a paragraph: a megabyte of them took seconds.
 */
function withoutLeadingBlankLines(text: string, piece: Piece): Piece | null {
  let start = piece.start
  let line = piece.line
  let column = piece.column
  for (let index = piece.start; index < piece.end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) {
      start = index + 1
      line++
      column = 0
    } else if (code !== 32 && code !== 9) {
      return start === piece.start ? piece : {...piece, start, line, column}
    }
  }

  return null
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

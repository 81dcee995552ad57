/**
 * mdast → lines. Walks the blocks in document order and turns each into plain-text lines whose characters
 * keep their offsets in the normalised text. List labels that Markdown took away ("1.", "-") are put back,
 * so numbering is read the same way whether a notice is Markdown or plain text.
 */
import type {Nodes, Root, RootContent, PhrasingContent, TableRow} from 'mdast'
import type {BlockKind, Line} from './line.js'

/**
 * The text of the lines being built, with the source offset of each UTF-16 unit and whether it is bold
 * (1), in typed arrays that double when full: a unit per character is much of what a parse allocates.
 */
interface Builder {
  text: string
  /** Units written; `offsets` and `strong` hold more, unwritten. */
  length: number
  offsets: Int32Array
  strong: Uint8Array
}

const newBuilder = (): Builder => ({text: '', length: 0, offsets: new Int32Array(16), strong: new Uint8Array(16)})

/** The builder emptied for the next block: its arrays, grown for the longest block yet, are kept. */
function emptied(builder: Builder): Builder {
  builder.text = ''
  builder.length = 0
  return builder
}

/** Makes room for `count` more units. */
function reserve(builder: Builder, count: number): void {
  const needed = builder.length + count
  if (needed <= builder.offsets.length) return
  let size = builder.offsets.length * 2
  while (size < needed) size *= 2
  const offsets = new Int32Array(size)
  offsets.set(builder.offsets.subarray(0, builder.length))
  builder.offsets = offsets
  const strong = new Uint8Array(size)
  strong.set(builder.strong.subarray(0, builder.length))
  builder.strong = strong
}

/** The offset of the last unit written, or 0. */
function lastOffset(builder: Builder): number {
  return builder.length > 0 ? (builder.offsets[builder.length - 1] ?? 0) : 0
}

/** Appends one unit; room must have been made. */
function pushUnit(builder: Builder, offset: number, strong: boolean): void {
  builder.offsets[builder.length] = offset
  builder.strong[builder.length] = strong ? 1 : 0
  builder.length++
}

interface State {
  source: string
  lines: Line[]
  /**
   * Builders reused from block to block (each line copies what it takes): a block's text, and a table
   * cell's and its row's. A document's own, so that one very long block does not hold memory after it.
   */
  text: Builder
  cell: Builder
  row: Builder
  block: number
  /** Offset where the previous block ended, to tell whether a blank line lies between. */
  lastEnd: number
}

/**
 * Flattens a tree into lines.
 *
 * @param tree
 *   mdast of the normalised text.
 * @param source
 *   The normalised text.
 * @returns
 *   Lines in document order.
 */
export function toLines(tree: Root, source: string): Line[] {
  const state: State = {source, lines: [], text: newBuilder(), cell: newBuilder(), row: newBuilder(), block: 0, lastEnd: 0}
  for (const node of tree.children) visitBlock(node, state, '')
  return state.lines
}

function visitBlock(node: RootContent, state: State, label: string): void {
  switch (node.type) {
    case 'heading':
      emitPhrasing(node.children, 'heading', node.depth, node, state, label)
      return
    case 'paragraph':
      emitPhrasing(node.children, 'paragraph', 0, node, state, label)
      return
    case 'list':
      for (const item of node.children) visitBlock(item, state, '')
      return
    case 'listItem': {
      const first = node.children[0]
      const start = node.position?.start.offset ?? 0
      const itemLabel = state.source.slice(start, first?.position?.start.offset ?? node.position?.end.offset ?? start).trim()
      if (!first || first.type !== 'paragraph') emitText(itemLabel, start, 'list-item', 0, node, state)
      for (const [index, child] of node.children.entries()) {
        visitBlock(child, state, index === 0 ? itemLabel : '')
      }

      return
    }

    case 'blockquote':
      for (const child of node.children) visitBlock(child, state, label)
      return
    case 'table':
      for (const row of node.children) emitRow(row, state)
      return
    case 'code':
      emitText(node.value, node.position?.start.offset ?? 0, 'code', 0, node, state)
      return
    case 'html':
      emitText(htmlToText(node.value), node.position?.start.offset ?? 0, 'html', 0, node, state)
      return
    default:
      // thematic breaks, definitions, footnotes: nothing a reader needs
  }
}

/** Emits the lines of a paragraph or heading; `label` is a list label to put in front. */
function emitPhrasing(
  children: PhrasingContent[],
  kind: BlockKind,
  depth: number,
  node: Nodes,
  state: State,
  label: string
): void {
  const builder = emptied(state.text)
  const kindOfLines = label ? 'list-item' : kind
  if (label) {
    const labelStart = state.source.lastIndexOf(label, node.position?.start.offset ?? 0)
    pushString(builder, label + ' ', Math.max(labelStart, 0), false)
  }

  for (const child of children) collect(child, state.source, builder, false)
  flush(builder, kindOfLines, depth, node, state, label.length > 0 ? label.length + 1 : 0)
}

function emitRow(row: TableRow, state: State): void {
  const cells: Line[] = []
  const rowChars = emptied(state.row)
  for (const [index, cell] of row.children.entries()) {
    const builder = emptied(state.cell)
    for (const child of cell.children) collect(child, state.source, builder, false)
    const line = makeLine(builder, 0, builder.length, 'table-row', 0, state.block, false)
    cells.push(trimLine(line))
    if (index > 0) pushString(rowChars, ' | ', cell.position?.start.offset ?? 0, false)
    rowChars.text += builder.text
    reserve(rowChars, builder.length)
    rowChars.offsets.set(builder.offsets.subarray(0, builder.length), rowChars.length)
    rowChars.strong.set(builder.strong.subarray(0, builder.length), rowChars.length)
    rowChars.length += builder.length
  }

  const line = makeLine(rowChars, 0, rowChars.length, 'table-row', 0, state.block, breakBefore(row, state))
  line.cells = cells
  state.lines.push(line)
  state.block++
  state.lastEnd = row.position?.end.offset ?? state.lastEnd
}

/** Emits lines of raw text (code, html) that starts near `start` in the source. */
function emitText(text: string, start: number, kind: BlockKind, depth: number, node: Nodes, state: State): void {
  const builder = emptied(state.text)
  const end = node.position?.end.offset ?? start + text.length
  const slice = state.source.slice(start, end)
  // HTML is turned into text of the same length, so characters map one for one.
  if (slice.length === text.length) pushAligned(builder, text, start, false)
  else align(text, slice, start, builder, false)
  flush(builder, kind, depth, node, state, 0)
}

/** Splits the built characters at line breaks into trimmed lines. */
function flush(builder: Builder, kind: BlockKind, depth: number, node: Nodes, state: State, labelLength: number): void {
  let from = 0
  let first = true
  const {text} = builder
  while (from <= text.length) {
    const found = text.indexOf('\n', from)
    const index = found === -1 ? text.length : found
    const line = trimLine(
      makeLine(builder, from, index, kind, depth, state.block, first && breakBefore(node, state), first ? labelLength : 0)
    )
    if (line.text.length > 0) {
      state.lines.push(line)
      first = false
    }

    from = index + 1
  }

  state.block++
  state.lastEnd = node.position?.end.offset ?? state.lastEnd
}

function breakBefore(node: Nodes, state: State): boolean {
  const start = node.position?.start.offset ?? 0
  return state.lines.length === 0 || /\n[ \t>]*\n/.test(state.source.slice(state.lastEnd, start))
}

function makeLine(
  builder: Builder,
  from: number,
  to: number,
  kind: BlockKind,
  depth: number,
  block: number,
  breakBefore: boolean,
  labelLength = 0
): Line {
  const whole = builder.text
  const stray = strayMarkers(whole, from + labelLength, to)
  const text = stray ? withoutUnits(whole, from, to, stray) : whole.slice(from, to)
  const offsets = new Int32Array(text.length + 1)
  let at = 0
  // Past the written units (an empty cell) a reused builder holds an earlier block's offsets.
  let end = from < builder.length ? (builder.offsets[from] ?? 0) : 0
  for (let index = from; index < to; index++) {
    if (stray?.has(index)) continue
    end = builder.offsets[index] ?? end
    offsets[at++] = end++
  }

  offsets[text.length] = end
  // Bold when every visible character is: the first one that is not settles it.
  let strong = false
  for (let index = from + labelLength; index < to; index++) {
    if (isSpaceCode(whole.charCodeAt(index))) continue
    strong = builder.strong[index] === 1
    if (!strong) break
  }

  return {text, offsets, block, kind, depth, strong, breakBefore, cells: null}
}

/**
 * Emphasis markers Markdown left as text because a space stands inside them (`**Điều 2. **Quyết`,
 * `*… năm 2025; *`: web pages converted to Markdown put them so): a run of one to three `*` with a space
 * or the line's edge on one side. They are markup, never words; a lone `(*)` note mark stays.
 */
function strayMarkers(text: string, from: number, to: number): Set<number> | null {
  let stray: Set<number> | null = null
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) !== 42) continue
    let end = index
    while (end < to && text.charCodeAt(end) === 42) end++
    // Spaces include line breaks.
    const before = index === from || isSpaceCode(text.charCodeAt(index - 1))
    const after = end === to || isSpaceCode(text.charCodeAt(end))
    if (end - index <= 3 && (before || after)) {
      stray ??= new Set()
      for (let k = index; k < end; k++) stray.add(k)
    }

    index = end - 1
  }

  return stray
}

/** `text[from, to)` without the units at `left`. */
function withoutUnits(text: string, from: number, to: number, left: ReadonlySet<number>): string {
  let kept = ''
  let runStart = from
  for (let index = from; index <= to; index++) {
    if (index < to && !left.has(index)) continue
    kept += text.slice(runStart, index)
    runStart = index + 1
  }

  return kept
}

/** Removes leading and trailing whitespace of a line, keeping offsets aligned. */
export function trimLine(line: Line): Line {
  let start = 0
  let end = line.text.length
  while (start < end && isSpaceCode(line.text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(line.text.charCodeAt(end - 1))) end--
  if (start === 0 && end === line.text.length) return line
  return {...line, text: line.text.slice(start, end), offsets: line.offsets.slice(start, end + 1)}
}

/** Whether a UTF-16 unit is whitespace (JavaScript's `\s`), without a regular expression per character. */
function isSpaceCode(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

function collect(node: PhrasingContent, source: string, builder: Builder, strong: boolean): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) pushString(builder, node.value, lastOffset(builder), strong)
      else align(node.value, source.slice(start, end), start, builder, strong)
      return
    }

    case 'break':
      pushString(builder, '\n', node.position?.start.offset ?? 0, strong)
      return
    case 'html':
      if (/^<br\s*\/?>$/i.test(node.value)) pushString(builder, '\n', node.position?.start.offset ?? 0, strong)
      return
    case 'strong':
      for (const child of node.children) collect(child, source, builder, true)
      return
    case 'emphasis':
    case 'delete':
    case 'link':
    case 'linkReference':
      for (const child of node.children) collect(child, source, builder, strong)
      return
    default:
      // images, footnote references: no text a reader needs
  }
}

/** Text put in that the source does not hold as such (a label, a break, a cell separator): each character at `offset`. */
function pushString(builder: Builder, text: string, offset: number, strong: boolean): void {
  builder.text += text
  reserve(builder, text.length)
  for (let index = 0; index < text.length; index++) {
    // The second half of a surrogate pair is the next unit of the same character.
    const low = index > 0 && (text.codePointAt(index - 1) ?? 0) > 0xffff
    pushUnit(builder, low ? offset + 1 : offset, strong)
  }
}

function pushAligned(builder: Builder, text: string, base: number, strong: boolean): void {
  builder.text += text
  reserve(builder, text.length)
  for (let index = 0; index < text.length; index++) pushUnit(builder, base + index, strong)
}

/**
 * Ties each character of a node's value to its place in the source slice it came from. The value differs
 * from the source by escapes (`1\.`), entities (`&amp;`), and indentation or quote markers stripped from
 * continuation lines; everything else matches one for one.
 */
function align(value: string, slice: string, base: number, builder: Builder, strong: boolean): void {
  if (value === slice) {
    pushAligned(builder, value, base, strong)
    return
  }

  builder.text += value
  reserve(builder, value.length)
  let j = 0
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? ''
    while (j < slice.length && slice[j] !== char) {
      const skip = slice[j] ?? ''
      if (skip === '&' && entityAt(slice, j)) break
      if (skip === '\\' || skip === '`' || skip === '>' || isSpaceCode(slice.charCodeAt(j)) || skip === '<') {
        j++
        continue
      }

      break
    }

    pushUnit(builder, base + Math.min(j, Math.max(slice.length - 1, 0)), strong)
    // A character reference (`&amp;` for `&` too) is one character of the value; a literal `&`, or an
    // escaped reference that the value keeps as written, is one character of the source.
    const entity = slice[j] === '&' ? entityAt(slice, j) : ''
    if (entity && !value.startsWith(entity, i)) j += entity.length
    else if (j < slice.length) j++
  }
}

/** The character reference (`&amp;`, `&#39;`, `&#x27;`) that starts at `index`, or ''. */
function entityAt(text: string, index: number): string {
  return /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.exec(text.slice(index, index + 40))?.[0] ?? ''
}

/** Raw HTML block → text: rows and breaks become line breaks, cells a separator, other tags go. */
function htmlToText(html: string): string {
  return html
    .replace(/<(?:br|\/tr|\/p|\/div|\/li|\/h\d)\b[^<>]*>/gi, (tag) => '\n' + ' '.repeat(Math.max(tag.length - 1, 0)))
    .replace(/<\/t[dh]>/gi, (tag) => ' |' + ' '.repeat(tag.length - 2))
    .replace(/<[^<>]*>/g, (tag) => ' '.repeat(tag.length))
    .replace(/&(?:quot|#x27|#39|amp|lt|gt|nbsp);/g, (entity) => entityChar(entity) + ' '.repeat(entity.length - 1))
}

function entityChar(entity: string): string {
  const table: Record<string, string> = {'&quot;': '"', '&#x27;': "'", '&#39;': "'", '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' '}
  return table[entity] ?? ' '
}

/**
 * Normalised text → the pieces the Markdown parser reads one at a time, so that its time stays linear
 * and its stack bounded whatever the input. micromark's cost grows with the square of a paragraph's
 * length (its text resolver splices one events array per line), of nested containers and of nested
 * emphasis or brackets, and deep nesting overflows the stack. Real notices are far below every limit
 * here and parse as one piece, exactly as before.
 */

/** One slice of the text to parse on its own. */
export interface Piece {
  /** Offset of the first character in the whole text. */
  start: number
  /** Offset just past the last character. */
  end: number
  /** Line breaks before `start`. */
  line: number
  /** Characters between the start of its line and `start` (non-zero only when a long line was cut). */
  column: number
  /** Nesting or markup too dense to parse as Markdown in linear time: read it as plain paragraphs. */
  risky: boolean
}

/** A piece ends at the first clean break after this many characters. */
export const pieceSize = 32 * 1024
/** No piece grows past this: a longer paragraph is cut at a line start, a longer line at a space. */
export const hardLimit = 64 * 1024

/** Beyond these counts in one piece, Markdown parsing is no longer linear (measured with micromark 4). */
const limits = {containerDepth: 16, markerIndent: 64, emphasisDepth: 32, emphasisRuns: 4096, bracketDepth: 32, brackets: 1024, backticks: 1024}

interface Stats {
  containerDepth: number
  markerIndent: number
  emphasisDepth: number
  emphasisOpen: number
  emphasisRuns: number
  bracketDepth: number
  bracketOpen: number
  brackets: number
  backticks: number
}

/**
 * Cuts text into pieces.
 *
 * @param text
 *   Normalised text (LF line ends).
 * @returns
 *   Pieces in order, covering the text without gaps (one empty piece for empty text).
 */
export function toPieces(text: string): Piece[] {
  const pieces: Piece[] = []
  let piece = {start: 0, line: 0, column: 0}
  let stats = emptyStats()
  let lineNumber = 0
  let lineStart = 0
  let fence = ''
  let previousBlank = false

  const cut = (at: number, line: number, column: number): void => {
    pieces.push({...piece, end: at, risky: isRisky(stats)})
    piece = {start: at, line, column}
    stats = emptyStats()
  }

  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const size = lineStart - piece.start
    const flush = lineStart < text.length && !/[\s>|]/.test(text[lineStart] ?? ' ')
    // After a blank line, a line that starts in column 0 continues no paragraph, list or quote, so the
    // two sides parse the same apart as together; only a fenced block may span it.
    // Past the hard limit any line start will do, but a table is cut only when huge: its rows are
    // cheap to parse and a cut table loses its header.
    if (size >= pieceSize && previousBlank && flush && fence === '') cut(lineStart, lineNumber, 0)
    else if (size >= hardLimit && (text[lineStart] !== '|' || size >= 16 * hardLimit)) cut(lineStart, lineNumber, 0)

    let from = lineStart
    while (lineEnd - from > hardLimit && lineEnd - piece.start > hardLimit) {
      const at = cutInLine(text, Math.max(from, piece.start) + hardLimit, lineEnd)
      measure(text, from, at, stats, from === lineStart || from === piece.start)
      cut(at, lineNumber, at - lineStart)
      from = at
    }

    // The parser sees the start of a piece as the start of a line, container markers and all.
    measure(text, from, lineEnd, stats, from === lineStart || from === piece.start)
    fence = nextFence(text, lineStart, lineEnd, fence)
    previousBlank = isBlank(text, lineStart, lineEnd)
    if (previousBlank) {
      stats.emphasisOpen = 0
      stats.bracketOpen = 0
    }

    lineStart = lineEnd + 1
    lineNumber++
  }

  pieces.push({...piece, end: text.length, risky: isRisky(stats)})
  return pieces
}

function emptyStats(): Stats {
  return {containerDepth: 0, markerIndent: 0, emphasisDepth: 0, emphasisOpen: 0, emphasisRuns: 0, bracketDepth: 0, bracketOpen: 0, brackets: 0, backticks: 0}
}

function isRisky(stats: Stats): boolean {
  return (
    stats.containerDepth > limits.containerDepth ||
    stats.markerIndent > limits.markerIndent ||
    stats.emphasisDepth > limits.emphasisDepth ||
    stats.emphasisRuns > limits.emphasisRuns ||
    stats.bracketDepth > limits.bracketDepth ||
    stats.brackets > limits.brackets ||
    stats.backticks > limits.backticks
  )
}

/** A place near `at` to cut a long line: just before a letter that follows a space, else `at` itself. */
function cutInLine(text: string, at: number, lineEnd: number): number {
  const stop = Math.min(at + 1024, lineEnd - 1)
  for (let index = at; index < stop; index++) {
    if (text[index] === ' ' && /\p{sc=Latn}/u.test(text[index + 1] ?? '')) return index + 1
  }

  // Never between the halves of a surrogate pair.
  const code = text.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at
}

/** Adds the container prefix, emphasis runs, brackets and backticks of `text[from, to)` to the piece's counts. */
function measure(text: string, from: number, to: number, stats: Stats, lineStart: boolean): void {
  let index = from
  if (lineStart) {
    let depth = 0
    let indent = 0
    while (index < to) {
      const char = text[index]
      if (char === ' ' || char === '\t') {
        indent++
        index++
      } else if (char === '>') {
        depth++
        index++
      } else if ((char === '-' || char === '*' || char === '+') && /[ \t]/.test(text[index + 1] ?? '')) {
        depth++
        stats.markerIndent = Math.max(stats.markerIndent, indent)
        index += 2
      } else {
        const marker = orderedMarker(text, index, to)
        if (marker === 0) break
        depth++
        stats.markerIndent = Math.max(stats.markerIndent, indent)
        index += marker
      }
    }

    stats.containerDepth = Math.max(stats.containerDepth, depth)
  }

  for (; index < to; index++) {
    const char = text[index]
    if (char === '*' || char === '_' || char === '~') {
      const before = index === from ? ' ' : (text[index - 1] ?? ' ')
      let end = index
      while (end < to && text[end] === char) end++
      const after = text[end] ?? ' '
      const spaceBefore = /\s/.test(before)
      const spaceAfter = /\s/.test(after)
      if (spaceBefore && !spaceAfter) stats.emphasisOpen++
      else if (!spaceBefore && spaceAfter) stats.emphasisOpen = Math.max(0, stats.emphasisOpen - 1)
      stats.emphasisDepth = Math.max(stats.emphasisDepth, stats.emphasisOpen)
      stats.emphasisRuns++
      index = end - 1
    } else if (char === '[') {
      stats.brackets++
      stats.bracketOpen++
      stats.bracketDepth = Math.max(stats.bracketDepth, stats.bracketOpen)
    } else if (char === ']') {
      stats.brackets++
      stats.bracketOpen = Math.max(0, stats.bracketOpen - 1)
    } else if (char === '`') {
      stats.backticks++
    }
  }
}

/** Length of an ordered list marker (`1.`, `12)` and the space after it) at `index`, else 0. */
function orderedMarker(text: string, index: number, to: number): number {
  let end = index
  while (end < to && end - index < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
  if (end === index || (text[end] !== '.' && text[end] !== ')') || !/[ \t]/.test(text[end + 1] ?? '')) return 0
  return end + 2 - index
}

/** The fence that is open after this line: a line of ``` or ~~~ (indented at most 3) opens or closes one. */
function nextFence(text: string, start: number, end: number, open: string): string {
  let index = start
  while (index < end && index - start < 3 && text[index] === ' ') index++
  const char = text[index]
  if (char !== '`' && char !== '~') return open
  let run = index
  while (run < end && text[run] === char) run++
  if (run - index < 3) return open
  const marker = text.slice(index, run)
  if (open === '') return marker
  return open[0] === char && marker.length >= open.length && text.slice(run, end).trim() === '' ? '' : open
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const char = text[index]
    if (char !== ' ' && char !== '\t' && char !== '\r') return false
  }

  return true
}

/**
 * Line folding (RFC 5545 §3.1): a content line longer than 75 octets is split into lines of at most 75
 * octets, each continuation starting with one space. Splits fall between grapheme clusters, so no UTF-8
 * sequence, no letter with its combining marks (Vietnamese in NFD) and no `\x` text escape is cut in
 * two: unfolding gives back the same bytes either way, but many readers decode each physical line on its
 * own and show broken characters otherwise.
 */
import {Buffer} from 'node:buffer'
import {graphemes} from '../../text/graphemes.js'

/** Octets per physical line, CRLF not counted. */
export const maxOctets = 75

/**
 * Folds one content line.
 *
 * @param line
 *   The whole logical line, without its line end.
 * @returns
 *   The physical lines, to be joined with CRLF.
 */
export function fold(line: string): string[] {
  if (Buffer.byteLength(line) <= maxOctets) return [line]
  const lines: string[] = []
  let current = ''
  let size = 0
  for (const unit of units(line)) {
    const bytes = Buffer.byteLength(unit)
    if (size + bytes > maxOctets && size > (lines.length === 0 ? 0 : 1)) {
      lines.push(current)
      current = ' '
      size = 1
    }

    current += unit
    size += bytes
  }

  lines.push(current)
  return lines
}

/**
 * The pieces a fold may fall between: grapheme clusters, with a backslash kept with the character it
 * escapes. A cluster too long for a line on its own (dozens of stacked marks) falls back to code points,
 * which still never splits a UTF-8 sequence.
 */
function* units(line: string): Generator<string> {
  let pendingEscape = ''
  for (const segment of clusters(line)) {
    if (pendingEscape === '' && segment === '\\') {
      pendingEscape = segment
      continue
    }

    const unit = pendingEscape + segment
    pendingEscape = ''
    if (Buffer.byteLength(unit) < maxOctets) {
      yield unit
    } else {
      yield* unit
    }
  }

  if (pendingEscape) yield pendingEscape
}

/**
 * Code points that are always a grapheme cluster of their own (UAX #29: none extends, joins or prepends):
 * printable ASCII, Latin letters with Vietnamese's precomposed ones, and punctuation. NFC text is almost
 * always only these, and the segmenter costs most of a calendar's time (3 s for a long notice).
 */
const standalone = /^[\u0020-\u007E\u00A0-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E]*$/u

/** The line's grapheme clusters: its code points when each stands alone, else as the segmenter finds them. */
function* clusters(line: string): Generator<string> {
  if (standalone.test(line)) {
    yield* line
    return
  }

  for (const {segment} of graphemes(line)) yield segment
}

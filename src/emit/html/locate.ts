/**
 * Where a name sits in the source. Assignees carry no position in the model (a name may be written once
 * for a whole group of tasks), so the page finds the words of a task's own assignee inside that task's
 * span: whitespace and line breaks, Markdown emphasis markers and NFD spellings between or inside the
 * words do not prevent a match.
 */
import {normalizeText} from '../../text/normalize-text.js'
import {escapeRegExp} from '../../text/escape-regexp.js'
import {WORD_END, WORD_START} from '../../text/word-boundary.js'

export interface Span {
  start: number
  end: number
}

/**
 * @param text
 *   The decoded source.
 * @param phrase
 *   Words to find, whitespace folded (as the model writes names).
 * @param within
 *   The part of the source to search.
 * @returns
 *   The first occurrence (same case preferred, else any case), or null.
 */
export function locate(text: string, phrase: string, within: Span): Span | null {
  const words = phrase.normalize('NFC').trim().split(/\s+/u).filter(Boolean)
  if (words.length === 0) return null
  const slice = normalizeText(text.slice(within.start, within.end))
  // Literal words joined by runs of spaces or emphasis markers: linear-time, no nested quantifiers.
  const source = `${WORD_START}${words.map(escapeRegExp).join('[\\s*_]+')}${WORD_END}`
  const match = new RegExp(source, 'u').exec(slice.text) ?? new RegExp(source, 'iu').exec(slice.text)
  if (!match) return null
  return {
    start: within.start + slice.toOriginal(match.index),
    end: within.start + slice.toOriginalEnd(match.index + match[0].length)
  }
}

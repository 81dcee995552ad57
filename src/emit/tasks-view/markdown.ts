/** Text into Markdown (GFM) that reads back as the same text: escapes and code spans. */
import {allMatches} from '../../text/all-matches.js'

/**
 * Characters that could open emphasis, links, HTML, strikethrough or code inside a line, and an "&" that
 * starts a character reference ("&#35;"); an underscore inside a word ("000_6f07.txt") never opens
 * emphasis in GFM, so it stays as it is.
 */
const special = /[\\`*[\]<>~|]|(?<![\p{sc=Latn}\d\p{No}])_|_(?![\p{sc=Latn}\d\p{No}])|&(?=#?[\p{sc=Latn}\d\p{No}]+;)/gu

/** Escapes text for the inside of a paragraph or heading (never at the start of a line). */
export function escapeMarkdown(text: string): string {
  return text.replace(special, (character) => `\\${character}`)
}

/** A code span for any text: the fence is one backtick longer than the longest run inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...allMatches(/`+/gu, text).map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

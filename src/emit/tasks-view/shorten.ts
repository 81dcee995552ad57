/**
 * Long task texts cut to one readable line, at a word boundary, so a checklist item fits on a screen; and
 * the `--full` option that asks for them whole, which the outline and the checklist both declare (the
 * CLI adds a flag two formats share once).
 */
import type {EmitterOption} from '../emitter.js'

/** `--full`: each task's whole text instead of one shortened line. */
export const fullOption: EmitterOption = {flags: '--full', description: 'print each task’s whole text, not one shortened line'}

/**
 * @param options
 *   The options of `directive parse`, as the CLI parsed them.
 * @returns
 *   Whether `--full` was given.
 */
export function wantsFull(options: Record<string, unknown>): boolean {
  return options['full'] === true
}

/** Default length of a shortened action, in characters (code points). */
export const actionLength = 120

/**
 * @param text
 *   Whitespace-folded text.
 * @param max
 *   Longest result, the ellipsis included.
 * @returns
 *   The text itself when it fits, else its longest run of whole words that fits, followed by "…".
 */
export function shorten(text: string, max: number = actionLength): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const head = chars.slice(0, max - 1).join('')
  const boundary = head.lastIndexOf(' ')
  // A single word longer than the limit is cut inside the word rather than dropped.
  const cut = boundary > max / 2 ? head.slice(0, boundary) : head
  return `${cut.replace(/(?<![\s,;:.–-])[\s,;:.–-]+$/u, '')}…`
}

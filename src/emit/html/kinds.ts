/**
 * The kinds of highlighted items, in legend order. The order is also the nesting order when two items
 * cover the same words: a task contains everything found in it, a diagnostic underlines the innermost.
 */
import {roles} from '../tasks-view/roles.js'

export const kinds = ['task', 'routing', ...roles, 'reference', 'figure', 'deadline', 'diagnostic'] as const
export type Kind = (typeof kinds)[number]

/** Rank for nesting: lower ranks enclose higher ones over the same span. */
export function rankOf(kind: Kind): number {
  return kinds.indexOf(kind)
}

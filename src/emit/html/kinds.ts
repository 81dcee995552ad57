/**
 * The kinds of highlighted items, in legend order. The order is also the nesting order when two items
 * cover the same words: a task contains everything found in it, a diagnostic underlines the innermost.
 */
export const kinds = ['task', 'routing', 'directing', 'lead', 'support', 'responsible', 'reference', 'figure', 'deadline', 'diagnostic'] as const
export type Kind = (typeof kinds)[number]

/** Rank for nesting: lower ranks enclose higher ones over the same span. */
export function rankOf(kind: Kind): number {
  return kinds.indexOf(kind)
}

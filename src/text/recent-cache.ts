/**
 * A memo table of bounded size, for pure functions of text that several readers call with the same
 * argument (a task's text cut into words, a word's folded key). Two generations: when the newer is full it
 * becomes the older, and what the older held goes. What was used lately stays, and the table holds at
 * most twice its bound: a batch worker keeps its tables for its whole life, and a very long document reads
 * more texts than a table should hold.
 */
export class RecentCache<K, V> {
  private newer = new Map<K, V>()
  private older = new Map<K, V>()

  /** @param bound entries in each generation */
  constructor(private readonly bound: number) {}

  /** Forgets every value. */
  clear(): void {
    this.newer = new Map()
    this.older = new Map()
  }

  /** The value for `key`, else `make(key)`, remembered. */
  get(key: K, make: (key: K) => V): V {
    const recent = this.newer.get(key)
    if (recent !== undefined || this.newer.has(key)) return recent as V
    const value = this.older.has(key) ? (this.older.get(key) as V) : make(key)
    if (this.newer.size >= this.bound) {
      this.older = this.newer
      this.newer = new Map()
    }

    this.newer.set(key, value)
    return value
  }
}

const documentTables: Array<RecentCache<unknown, unknown>> = []

/**
 * A memo table of what one document reads (its lines, its tasks' texts), emptied by `startDocument`. A
 * text of one document is seldom a text of the next, and a document read again (a benchmark's loop, a
 * watch mode) is read anew rather than found remembered.
 */
export function documentCache<K, V>(bound: number): RecentCache<K, V> {
  const table = new RecentCache<K, V>(bound)
  documentTables.push(table as RecentCache<unknown, unknown>)
  return table
}

/** Empties every `documentCache`: the pipeline calls it as it starts to read a document. */
export function startDocument(): void {
  for (const table of documentTables) table.clear()
}

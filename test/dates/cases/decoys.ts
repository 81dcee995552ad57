/**
 * Text that looks like a date and is not: every row must give no mention at all.
 *
 * The rows are in `fixtures/dates/decoys.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('decoys')

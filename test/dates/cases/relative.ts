/**
 * Relative spans and periods, immediacy, recurring work, Tết.
 *
 * The rows are in `fixtures/dates/relative.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('relative')

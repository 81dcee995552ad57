/**
 * Full dates in every separator, dates written in words, dates without a year, times joined to dates.
 *
 * The rows are in `fixtures/dates/full-dates.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('full-dates')

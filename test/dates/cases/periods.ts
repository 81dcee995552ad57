/**
 * Months, quarters, halves and parts of years, years and terms, ranges.
 *
 * The rows are in `fixtures/dates/periods.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('periods')

/**
 * Deadline keywords and how they read (`due`).
 *
 * The rows are in `fixtures/dates/deadlines.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('deadlines')

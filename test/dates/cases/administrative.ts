/**
 * Dates as State and Party documents write them, read by hand: deadlines in task sentences, every way of
 * writing a date, times, ranges, periods, holidays, relative spans, recurring work, urgency and start
 * points, other reference dates, and decoys.
 *
 * The rows are in `fixtures/dates/administrative.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('administrative')

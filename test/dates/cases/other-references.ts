/**
 * The same kinds of phrase read against other reference dates: a 2020 directive, a 2024 notice, and a
 * document issued in late December (years left out roll over to the next year for deadlines).
 *
 * The rows are in `fixtures/dates/other-references.json` (read by `scripts/eval-dates.mjs` too).
 */
import {loadTables, type Table} from '../table.js'

export const TABLES: Table[] = loadTables('other-references')

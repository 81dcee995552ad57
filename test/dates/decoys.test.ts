/**
 * Text that looks like a date and is not: every row must give no mention at all.
 */
import {TABLES} from './cases/decoys.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

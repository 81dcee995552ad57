/**
 * Months, quarters, halves and parts of years, years and terms, ranges.
 */
import {TABLES} from './cases/periods.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

/**
 * Full dates in every separator, dates written in words, dates without a year, times joined to dates.
 */
import {TABLES} from './cases/full-dates.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

/**
 * Phrases read against other reference dates.
 */
import {TABLES} from './cases/other-references.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

/**
 * Relative spans and periods, immediacy, recurring work, Tết.
 */
import {TABLES} from './cases/relative.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

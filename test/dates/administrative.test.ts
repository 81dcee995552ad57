/**
 * Dates as State and Party documents write them, and their decoys.
 */
import {TABLES} from './cases/administrative.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

/**
 * Deadline keywords and how they read (`due`).
 */
import {TABLES} from './cases/deadlines.js'
import {runTable} from './table.js'

for (const table of TABLES) runTable(table.name, table.reference, table.rows)

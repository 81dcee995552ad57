/** The tables of full dates, periods, deadlines, relative phrases, other references and decoys together, for the tests that run over all of them. */
import type {Table} from '../table.js'
import {TABLES as DEADLINES} from './deadlines.js'
import {TABLES as DECOYS} from './decoys.js'
import {TABLES as FULL_DATES} from './full-dates.js'
import {TABLES as OTHER_REFERENCES} from './other-references.js'
import {TABLES as PERIODS} from './periods.js'
import {TABLES as RELATIVE} from './relative.js'

export const ALL_TABLES: readonly Table[] = [...FULL_DATES, ...PERIODS, ...DEADLINES, ...RELATIVE, ...OTHER_REFERENCES, ...DECOYS]

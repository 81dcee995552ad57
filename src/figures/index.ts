/**
 * Figures: measured quantities in Vietnamese text (DOMAIN.md §5).
 *
 * - `parseViNumber` reads one number written Vietnamese-style (`.` thousands, `,` decimal).
 * - `findFigures` finds every quantity with a unit, its scaled value, qualifier and metric.
 * - `UNIT_TABLE` / `SCALE_TABLE` are the word tables both are built on.
 */
export {parseViNumber} from './number.js'
export {findFigures} from './find.js'
export type {FigureMatch} from './find.js'
export {UNIT_TABLE, SCALE_TABLE} from '../lexicon/figures.js'
export type {UnitSpec, UnitKind} from '../lexicon/figures.js'

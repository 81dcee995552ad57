/**
 * What an extractor is: one slice of the model (`key`) and a function that reads it from the context.
 * Extractors run in the order of `extractors` (extract/index.ts); each sees the slices made before it.
 */
import type {Line} from '../parse/line.js'
import type {Layout} from '../parse/layout.js'
import type {Section} from '../parse/sections.js'
import type {Notice, Position} from '../model/schema.js'
import type {SourceMap} from '../source/source-map.js'

/** The parts of the model that extractors fill. */
export type Draft = Omit<Notice, 'schemaVersion' | 'source' | 'diagnostics'>

export interface ExtractOptions {
  /**
   * Reference date (YYYY-MM-DD) for dates without a year and relative phrases, when the document gives
   * none of its own (no date, receipt or meeting date). Never the clock: the model does not depend on
   * when it is made.
   */
  reference?: string | undefined
}

/**
 * What a region holds for the extractors: its lines (flattened cell tables as rows; a bare number may be
 * a page number or the STT cell of a table, so it stays) and their section tree (without page marks).
 */
export interface Region {
  lines: Line[]
  sections: Section
}

export interface ExtractContext {
  /** Every line of the document, in order. */
  lines: Line[]
  /** Zones of the document as line indexes. */
  layout: Layout
  /** The body's content. */
  body: Region
  /** The content of each attachment and appendix (`layout.parts`, same order). */
  attached: Region[]
  /** Maps normalised offsets to positions in the original input. */
  source: SourceMap
  /** Slices made so far by earlier extractors. */
  draft: Partial<Draft>
  options: ExtractOptions
  /** Position of characters `[from, to)` of a line. */
  position(line: Line, from?: number, to?: number): Position
  /**
   * The reference date for dates in this document: its own date, else the receipt's, the meeting's, the
   * caller's (`--ref`); null when none is known (never the clock).
   */
  referenceDate(): string | null
}

export interface Extractor<K extends keyof Draft> {
  key: K
  extract(context: ExtractContext): Draft[K]
}

/**
 * Declares an extractor (identity function that fixes its types).
 *
 * @param extractor
 *   Key and extract function.
 * @returns
 *   The same extractor.
 */
export function defineExtractor<K extends keyof Draft>(extractor: Extractor<K>): Extractor<K> {
  return extractor
}

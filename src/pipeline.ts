/**
 * The whole pipeline, top to bottom: bytes → decode → normalise → mdast → lines → layout → sections →
 * extractors → model → rules (the diagnostics). Every stage but reading is a plain synchronous function.
 */
import {createHash} from 'node:crypto'
import {decode, decodeString} from './read/decode.js'
import {normalizeDocument} from './read/normalize.js'
import {toMdast} from './parse/to-mdast.js'
import {toLines} from './parse/to-lines.js'
import {isPageArtifact, toLayout} from './parse/layout.js'
import {toSections} from './parse/sections.js'
import {SourceMap} from './source/source-map.js'
import {extractors} from './extract/index.js'
import {sliceLine, type Line} from './parse/line.js'
import {joinCellRows} from './parse/cell-tables.js'
import type {Draft, ExtractContext, ExtractOptions, Region} from './extract/extractor.js'
import type {Notice} from './model/schema.js'
import {runRules, sortDiagnostics, type RuleSettings} from './rules/run.js'
import type {Lang} from './rules/rule.js'
import {startDocument} from './text/recent-cache.js'

export interface ParseOptions extends ExtractOptions {
  /** Path shown in the model’s `source.path` and in messages; null for stdin or a string. */
  path?: string | null | undefined
  /** Severity and options per rule (`directive validate`'s configuration); rules left out run at their defaults. */
  rules?: RuleSettings | undefined
  /** `auto` (default) detects legacy Vietnamese encodings; a name (`utf-8`, `tcvn3`, `vni` …) forces one. */
  encoding?: string | undefined
  /**
   * Language of `diagnostics[].message`: `en` (default, the stable “Unexpected X, expected Y” wording)
   * or `vi`. Rule ids stay the same in both.
   */
  lang?: Lang | undefined
}

/**
 * Reads a notice.
 *
 * @param input
 *   The notice: bytes as read from a file, or text.
 * @param options
 *   Path, reference date, rule settings, language of the messages.
 * @returns
 *   The model (see MODEL.md).
 * @throws {InputError}
 *   When bytes cannot be decoded as text.
 */
export function parseNotice(input: Uint8Array | string, options: ParseOptions = {}): Notice {
  return readNotice(input, options).notice
}

/**
 * {@link parseNotice}, also giving the decoded text every position counts into (for output that shows
 * the source, such as the HTML page), so that a caller never decodes the bytes a second time.
 */
export function readNotice(input: Uint8Array | string, options: ParseOptions = {}): {notice: Notice; text: string} {
  startDocument()
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const decoded =
    typeof input === 'string'
      ? decodeString(input, options.path ?? '-', options.encoding)
      : decode(input, options.path ?? '-', options.encoding)
  const normalized = normalizeDocument(decoded.text)
  const source = new SourceMap(decoded.text, normalized)
  const lines = toLines(toMdast(normalized.text), normalized.text)
  const layout = toLayout(lines)
  const body = toRegion(lines.slice(layout.bodyStart, layout.closingStart))
  const attached = layout.parts.map((part) => toRegion(lines.slice(part.bodyStart, part.bodyEnd)))
  const lang = options.lang ?? 'en'
  const draft: Partial<Draft> = {}
  const context: ExtractContext = {
    lines,
    layout,
    body,
    attached,
    source,
    draft,
    options,
    position(line, from = 0, to = line.text.length) {
      const slice = sliceLine(line, from, to)
      return source.position(slice.start, slice.end)
    },
    referenceDate() {
      // Never the clock: output must not depend on when it runs. Without any of these, dates that need
      // a reference stay unresolved (the rule unresolved-deadlines says which).
      return draft.document?.date ?? draft.receipt?.date ?? draft.meeting?.date ?? options.reference ?? null
    }
  }

  for (const extractor of extractors) {
    // Each extractor fills its own key; the cast joins the key to its value type.
    ;(draft as Record<string, unknown>)[extractor.key] = extractor.extract(context)
  }

  const complete = draft as Draft
  const notice: Notice = {
    schemaVersion: 1,
    source: {
      path: options.path ?? null,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: decoded.encoding,
      lineCount: source.lineCount
    },
    document: complete.document,
    receipt: complete.receipt,
    meeting: complete.meeting,
    routing: complete.routing,
    figures: complete.figures,
    findings: complete.findings,
    parts: complete.parts,
    tasks: complete.tasks,
    references: complete.references,
    recipients: complete.recipients,
    signature: complete.signature,
    diagnostics: []
  }
  const found = runRules(
    notice,
    {
      text: decoded.text,
      decoding: decoded.notes,
      reference: context.referenceDate(),
      position: (start, end) => ({start: source.point(start), end: source.point(end)})
    },
    options.rules,
    lang
  )
  notice.diagnostics = sortDiagnostics(found)
  return {notice, text: decoded.text}
}

/** The content of a region: flattened cell tables as rows, and its section tree (page marks out). */
function toRegion(lines: Line[]): Region {
  const content = joinCellRows(lines)
  return {lines: content, sections: toSections(content.filter((line) => !isPageArtifact(line)))}
}

/** Today's date in Vietnam (UTC+7 all year), YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}

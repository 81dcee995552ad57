/**
 * What a rule is: metadata (id = file name, default severity, description, docs url) and a `check` that
 * reads a notice and calls `report`. The wrapper does the bookkeeping (remark-lint's `lintRule`): rules
 * never stamp rule ids or severities themselves, and never know about other rules.
 */
import type {z} from 'zod'
import type {Diagnostic, Notice, Position} from '../model/schema.js'
import type {DecodeNote} from '../read/decode.js'

/** How bad a finding is; `off` (configuration only) skips the rule. */
export type Severity = Diagnostic['severity']

/** Where the README that documents every rule is published; each rule's docs link is an anchor in it. */
export const docsBase = 'https://github.com/directive-vn/directive/blob/main/README.md'

/** Records one finding: a message in the "Unexpected X, expected Y" form and where it is (null: the whole file). */
export type Report = (message: string, position: Position | null) => void

/** What a rule may read besides the model. */
export interface RuleContext<Options> {
  /** The decoded input (BOM removed, before normalisation): the text every `offset` counts into. */
  text: string
  /** What the reader did to the bytes to get `text` (a conversion, damaged bytes), for the `encoding-*` rules. */
  decoding: readonly DecodeNote[]
  /** The date relative phrases and dates without a year were read against; null when the document gave none. */
  reference: string | null
  /**
   * Position of a span of `text`.
   *
   * @param start
   *   First offset (inclusive).
   * @param end
   *   Last offset (exclusive).
   * @returns
   *   Lines and columns as an editor shows them.
   */
  position(start: number, end: number): Position
  /** The rule's options: its defaults, or what `.directiverc.json` says. */
  options: Options
}

/** A rule as written in its file. */
export interface RuleDefinition<Options> {
  /** kebab-case, the file name. */
  id: string
  /** Severity when the configuration says nothing. */
  severity: Severity
  /** One line for the README table and SARIF `shortDescription`. */
  description: string
  /**
   * Options a user may give as `["warning", {...}]`: their defaults, and their zod schema built from the
   * `z` it is handed, so that only the configuration loader loads zod (`parse` stays without it).
   */
  options?: {defaults: Options; schema(zod: typeof z): z.ZodType<Options>}
  /**
   * Reads the notice and reports what is wrong.
   *
   * @param notice
   *   The model.
   * @param report
   *   Records a finding.
   * @param context
   *   Source text and options.
   */
  check(notice: Notice, report: Report, context: RuleContext<Options>): void
}

/** A registered rule: its definition plus the docs link. */
export interface Rule<Options = unknown> extends RuleDefinition<Options> {
  /** Where a person reads what the rule checks and how to fix it. */
  url: string
}

/** A rule whatever its options: the registry holds rules with different option types side by side (each checks its own). */
export type AnyRule = Rule<any>

/**
 * Declares a rule.
 *
 * @param definition
 *   Id, default severity, description, options and check.
 * @returns
 *   The rule with its docs url.
 */
export function defineRule<Options = undefined>(definition: RuleDefinition<Options>): Rule<Options> {
  return {...definition, url: `${docsBase}#rule-${definition.id}`}
}

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

/** Languages a finding can be read in: Vietnamese for the people who act on the notice, English for the rest. */
export type Lang = 'vi' | 'en'

/** The languages, Vietnamese first (the default of the human outputs). */
export const langs: readonly Lang[] = ['vi', 'en']

/** The severities, most severe first: the order of every list and count of them. */
export const severities: readonly Severity[] = ['error', 'warning', 'info']

/** What a severity is called, in lower case, wherever a person reads one. */
export const severityNames: Record<Lang, Record<Severity, string>> = {
  vi: {error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý'},
  en: {error: 'error', warning: 'warning', info: 'info'}
}

/** A count of findings of one severity: "3 cảnh báo", "3 warnings", "1 error", "6 info". */
export function countOf(count: number, severity: Severity, lang: Lang): string {
  const name = severityNames[lang][severity]
  return `${count} ${lang === 'en' && severity !== 'info' && count !== 1 ? `${name}s` : name}`
}

/**
 * One finding in every language, written side by side in the rule that makes it so that the two cannot
 * drift apart, and a rule stays one file. Document text and ids are quoted the same in both.
 */
export interface Message {
  /** "Unexpected X, expected Y" (remark-lint's grammar); tests and users match on it, keep it stable. */
  en: string
  /** Natural administrative Vietnamese: what is wrong; cần … what to do. Not a word-for-word translation. */
  vi: string
}

/** Records one finding: its message and where it is (null: the whole file). */
export type Report = (message: Message, position: Position | null) => void

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
  /** One line in English for the README table and SARIF `shortDescription`. */
  description: string
  /** The same line in Vietnamese, for outputs a person reads in Vietnamese (see {@link describeRule}). */
  descriptionVi: string
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

/**
 * What a rule checks, in a language.
 *
 * @param rule
 *   A rule.
 * @param lang
 *   Language of the reader.
 * @returns
 *   Its one-line description.
 */
export function describeRule(rule: Pick<RuleDefinition<unknown>, 'description' | 'descriptionVi'>, lang: Lang): string {
  return lang === 'vi' ? rule.descriptionVi : rule.description
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

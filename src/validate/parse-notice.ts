/**
 * The library's `parseNotice`: the pipeline's, taking its rule settings as a user writes them (the
 * `.directiverc.json` object, or its rules map) as well as the CLI's settings map.
 */
import {parseNotice as parseWithSettings, type ParseOptions as PipelineOptions} from '../pipeline.js'
import type {Notice} from '../model/schema.js'
import {ruleSettings, type RulesOption} from './rule-settings.js'

export interface ParseOptions extends Omit<PipelineOptions, 'rules'> {
  /**
   * Severity and options per rule: `{"rules": {"no-tasks": "off"}}` (a `.directiverc.json` object),
   * `{"no-tasks": "off"}` (its rules map), or a `Map` of `{severity, options}` by rule id. Rules left out
   * run at their defaults.
   */
  rules?: RulesOption | undefined
}

/**
 * Reads a notice.
 *
 * @param input
 *   The notice: bytes as read from a file, or text.
 * @param options
 *   Path, reference date, rule settings.
 * @returns
 *   The model (see docs/model.md).
 * @throws {InputError}
 *   When bytes cannot be decoded as text.
 * @throws {TypeError}
 *   When `rules` names an unknown rule or severity.
 */
export function parseNotice(input: Uint8Array | string, options: ParseOptions = {}): Notice {
  const {rules, ...rest} = options
  return parseWithSettings(input, {...rest, rules: ruleSettings(rules)})
}

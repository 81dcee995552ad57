/**
 * The `rules` option of the library → rule settings. The library takes what a user has at hand: the
 * `.directiverc.json` object as written (`{"rules": {"no-tasks": "off"}}`), or just its rules map
 * (`{"no-tasks": "off"}`), checked exactly as the CLI checks the file; or the settings the CLI itself
 * passes on (a `Map` of `{severity, options}` by rule id).
 */
import type {RuleSetting, RuleSettings} from '../rules/run.js'
import {ConfigError, isRecord} from './config.js'
import {parseRules, readConfig} from './config-check.js'

/** A rule's setting as `.directiverc.json` writes it: a severity, or a severity and the rule's options. */
export type RuleConfig = RuleSetting['severity'] | [severity: RuleSetting['severity'], options?: Record<string, unknown>]

/** `.directiverc.json` as an object. */
export interface DirectiveConfig {
  $schema?: string
  rules?: Record<string, RuleConfig>
  /** Ignored by the library (it reads no directories); accepted so the whole file can be passed. */
  ignores?: string[]
}

/** What the library's `rules` option takes. */
export type RulesOption = RuleSettings | DirectiveConfig | Record<string, RuleConfig>

/** Keys that make an object a whole configuration rather than a rules map (no rule has these ids). */
const CONFIG_KEYS = new Set(['rules', 'ignores', '$schema'])

/**
 * Reads the `rules` option.
 *
 * @param value
 *   A configuration object, a rules map, or settings by rule id; undefined for the defaults.
 * @returns
 *   Settings by rule id, or undefined for the defaults.
 * @throws {TypeError}
 *   When it is none of these, or names an unknown rule or severity; the message names the key, as the
 *   CLI's does for the file (`options.rules: rules.no-taks: unknown rule (did you mean “no-tasks”?)`).
 */
export function ruleSettings(value: RulesOption | undefined): RuleSettings | undefined {
  if (value === undefined || value instanceof Map) return value
  if (!isRecord(value)) throw new TypeError('options.rules: expected an object such as {"rules": {"no-tasks": "off"}} or {"no-tasks": "off"}')
  try {
    const whole = Object.keys(value).some((key) => CONFIG_KEYS.has(key))
    return whole ? readConfig(value, 'options.rules').settings : parseRules(value, 'options.rules', [])
  } catch (error) {
    if (error instanceof ConfigError) throw new TypeError(error.message)
    throw error
  }
}

/**
 * Checks the settings of a configuration with zod: the object of `.directiverc.json`, the library's
 * `rules` option and `--rule` flags. Its own module so that a command without a configuration file or
 * `--rule` never loads zod.
 */
import {z} from 'zod'
import {ruleById, rules} from '../rules/index.js'
import type {RuleSetting} from '../rules/run.js'
import {ConfigError, isRecord, type Config} from './config.js'

const Severity = z.enum(['off', 'info', 'warning', 'error'], {error: () => 'expected "off", "info", "warning" or "error"'})

const ConfigFile = z.strictObject({
  $schema: z.string().optional(),
  // Not z.record: it copies the keys onto a plain object, where `__proto__` sets the prototype and
  // vanishes instead of being reported as an unknown rule. The parsed JSON object itself is walked.
  rules: z.custom<Record<string, unknown>>(isRecord, {error: () => 'expected an object of rule settings'}).optional(),
  ignores: z.array(z.string().min(1, {error: 'expected a glob pattern, got an empty string'}), {error: () => 'expected an array of glob patterns'}).optional()
})

/**
 * Checks a parsed configuration.
 *
 * @param value
 *   The JSON value.
 * @param file
 *   Name for messages.
 * @returns
 *   Settings by rule id, and the ignore patterns as written.
 * @throws {ConfigError}
 *   Naming the first wrong key.
 */
export function readConfig(value: unknown, file: string): Omit<Config, 'path'> {
  const parsed = ConfigFile.safeParse(value)
  if (!parsed.success) throw new ConfigError(file, describe(parsed.error.issues, []))
  return {settings: parseRules(parsed.data.rules ?? {}, file, ['rules']), ignores: parsed.data.ignores ?? []}
}

/**
 * Checks a map of rule settings, as the `rules` key of a configuration holds it.
 *
 * @param given
 *   `{"<rule id>": "off" | "info" | "warning" | "error" | [severity, options]}`.
 * @param file
 *   Name for messages.
 * @param base
 *   Where the map is, for messages (`['rules']` in a file).
 * @returns
 *   Settings by rule id.
 * @throws {ConfigError}
 *   Naming the first wrong key.
 */
export function parseRules(given: Record<string, unknown>, file: string, base: string[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>()
  // Own keys only, `__proto__` and `constructor` included: each must name a rule.
  for (const id of Object.keys(given)) settings.set(id, parseSetting(id, given[id], file, [...base, id]))
  return settings
}

/**
 * Reads `--rule id=severity`.
 *
 * @param flags
 *   The flag values, in order; a later one wins.
 * @returns
 *   Settings by rule id.
 * @throws {ConfigError}
 *   On a malformed flag, an unknown rule or severity.
 */
export function parseRuleFlags(flags: readonly string[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>()
  for (const flag of flags) {
    const at = flag.indexOf('=')
    if (at < 0) throw new ConfigError('--rule', `expected <rule>=<severity>, got “${flag}”`)
    const id = flag.slice(0, at).trim()
    settings.set(id, parseSetting(id, flag.slice(at + 1).trim(), '--rule', [id]))
  }

  return settings
}

function parseSetting(id: string, value: unknown, file: string, path: Array<string | number>): RuleSetting {
  const rule = ruleById(id)
  if (!rule) throw new ConfigError(file, `${formatPath(path)}: unknown rule${suggest(id)}`)
  if (!Array.isArray(value)) {
    const severity = Severity.safeParse(value)
    if (!severity.success) throw new ConfigError(file, describe(severity.error.issues, path))
    return {severity: severity.data}
  }

  const schema = rule.options ? z.tuple([Severity, rule.options.schema(z)]) : z.tuple([Severity])
  // Options given are laid over the defaults, so a user writes only the ones they change.
  const given: unknown = value[1]
  const merged = rule.options && isRecord(given) ? [value[0], {...(rule.options.defaults as object), ...given}, ...value.slice(2)] : value
  const tuple = schema.safeParse(merged)
  if (!tuple.success) {
    const hint = rule.options ? '' : ` (${id} has no options)`
    throw new ConfigError(file, `${describe(tuple.error.issues, path)}${hint}`)
  }

  return {severity: tuple.data[0], options: tuple.data[1]}
}

/** The first issue as `key.path: message`, naming an unknown key itself. */
function describe(issues: readonly z.core.$ZodIssue[], base: Array<string | number>): string {
  const issue = issues[0]
  if (!issue) return 'invalid configuration'
  const path = [...base, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))]
  if (issue.code === 'unrecognized_keys') return `${formatPath([...path, issue.keys[0] ?? ''])}: unknown key`
  return `${formatPath(path)}: ${issue.message}`
}

function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(root)'
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('')
}

/** “; did you mean …” for a near miss, else the list of rules. */
function suggest(id: string): string {
  const near = rules.find((rule) => distance(rule.id, id) <= 2)
  return near ? ` (did you mean “${near.id}”?)` : ` (known rules: ${rules.map((rule) => rule.id).join(', ')})`
}

/** Edit distance, for suggestions; ids are short. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 3
  let row = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }

    row = next
  }

  return row[b.length] ?? 3
}

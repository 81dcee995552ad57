/**
 * What `.directiverc.json` (the nearest one, or `--config FILE`) and the flags say together: the rule
 * settings (`--rule` over the file) and what walks and globs leave out (`--ignore` beside `ignores`). Read
 * once per command; a configuration or a pattern that cannot be used is a usage error (2).
 */
import type {RuleSettings} from '../rules/run.js'
import {ConfigError, loadConfig} from '../validate/config.js'
import {IgnoreError, ignoresFor, type Ignores} from './ignores.js'
import {CliExit, exitCodes, type CliIo} from './io.js'

export interface CommandConfig {
  settings: RuleSettings
  ignores: Ignores | undefined
}

/**
 * @param flags
 *   `--config`, `--rule` and `--ignore` as given.
 * @param io
 *   For the one-line error.
 * @returns
 *   The settings and the ignores.
 * @throws {CliExit}
 *   Usage (2), after saying why on stderr.
 */
export async function commandConfig(flags: {config?: string | undefined; rule?: readonly string[] | undefined; ignore?: readonly string[] | undefined}, io: CliIo): Promise<CommandConfig> {
  try {
    const config = await loadConfig(flags.config, process.cwd())
    // The flags' checker loads zod: only when there are flags to check.
    const ruleFlags = flags.rule?.length ? (await import('../validate/config-check.js')).parseRuleFlags(flags.rule) : []
    return {
      settings: new Map([...config.settings, ...ruleFlags]),
      ignores: ignoresFor(config, flags.ignore ?? [], process.cwd())
    }
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof IgnoreError)) throw error
    io.stderr.write(`directive: ${error.message}\n`)
    throw new CliExit(exitCodes.usage)
  }
}

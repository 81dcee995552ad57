/**
 * `.directiverc.json` → rule settings and ignore patterns. The file is found from the working directory
 * upwards (or given with `--config`) and checked with zod (validate/config-check.ts, loaded only when there
 * is a file); anything wrong becomes a `ConfigError` whose one-line message names the file and the key
 * (`rules.no-taks: unknown rule …`).
 *
 * ```json
 * {"rules": {"task-without-deadline": "off", "deadline-far-future": ["error", {"years": 5}]}, "ignores": ["drafts/", "index.md"]}
 * ```
 *
 * `ignores` are globs relative to the directory of the file, as in ESLint's flat config (cli/ignores.ts).
 */
import {stat} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import {InputError} from '../read/input-error.js'
import {readFileCapped} from '../read/read-file.js'
import type {RuleSetting} from '../rules/run.js'

/** Name of the configuration file looked for in each directory. */
export const configName = '.directiverc.json'

/** Most bytes of a configuration read: a few rule settings take a few hundred (`--config /dev/zero` stops at once). */
export const maxConfigSize = 1024 * 1024

/** A configuration that cannot be used; the CLI prints its message and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError'

  /**
   * @param file
   *   The configuration file, or the flag the settings came from.
   * @param reason
   *   What is wrong, naming the key.
   */
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`)
  }
}

/** A loaded configuration. */
export interface Config {
  /** The file read, or null when none was found. */
  path: string | null
  settings: Map<string, RuleSetting>
  /** `ignores`: glob patterns, relative to the directory of `path`. */
  ignores: string[]
}

/**
 * Finds and reads the configuration.
 *
 * @param explicit
 *   `--config FILE`, or undefined to look from `cwd` upwards.
 * @param cwd
 *   Where to start looking.
 * @returns
 *   The settings (empty when there is no file).
 * @throws {ConfigError}
 *   When the file cannot be read, is not JSON, or does not fit the schema.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  const path = explicit ?? (await findUp(cwd))
  if (path === null) return {path: null, settings: new Map(), ignores: []}
  let text: string
  try {
    text = new TextDecoder().decode(await readFileCapped(path, path, {maxSize: maxConfigSize, advice: '; a configuration is never that long'}))
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(path, error.reason)
    throw error
  }

  let value: unknown
  try {
    // TextDecoder drops a UTF-8 byte order mark, as editors on Windows write it.
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(path, `invalid JSON (${error instanceof Error ? error.message : String(error)})`)
  }

  const {readConfig} = await import('./config-check.js')
  return {path, ...readConfig(value, path)}
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function findUp(cwd: string): Promise<string | null> {
  let directory = resolve(cwd)
  for (;;) {
    const candidate = join(directory, configName)
    const info = await stat(candidate).catch(() => null)
    // Named as the user would type it from where they are: `.directiverc.json`, `../.directiverc.json`.
    if (info?.isFile()) return relative(cwd, candidate) || candidate
    const parent = dirname(directory)
    if (parent === directory) return null
    directory = parent
  }
}

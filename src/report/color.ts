/**
 * Whether and how much to colour: `--color`/`--no-color` first, then FORCE_COLOR, then NO_COLOR (set and
 * not empty, per no-color.org), then TERM=dumb, then whether stdout is a terminal. Read from the
 * injected environment, not from the process, so tests and the library decide for themselves.
 */
import {Chalk, type ChalkInstance} from 'chalk'

type Level = 0 | 1 | 2 | 3

/**
 * Chooses the colour level.
 *
 * @param env
 *   Environment variables.
 * @param isTTY
 *   Whether stdout is a terminal.
 * @param flag
 *   `--color` (true), `--no-color` (false), or undefined.
 * @returns
 *   0 none, 1 basic, 2 256 colours, 3 true colour.
 */
export function colorLevel(env: Record<string, string | undefined>, isTTY: boolean, flag?: boolean): Level {
  if (flag === false) return 0
  const forced = forcedLevel(env['FORCE_COLOR'])
  if (flag === true) return forced !== null && forced > 0 ? forced : terminalLevel(env)
  if (forced !== null) return forced
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0
  if (env['TERM'] === 'dumb' || !isTTY) return 0
  return terminalLevel(env)
}

/** FORCE_COLOR as chalk reads it: empty or `true` is 1, `false` is 0, a number is that level; else unset. */
function forcedLevel(value: string | undefined): Level | null {
  if (value === undefined) return null
  if (value === '' || value === 'true') return 1
  if (value === 'false') return 0
  const level = Number.parseInt(value, 10)
  return Number.isInteger(level) ? (Math.min(Math.max(level, 0), 3) as Level) : null
}

function terminalLevel(env: Record<string, string | undefined>): Level {
  if (env['COLORTERM'] === 'truecolor' || env['COLORTERM'] === '24bit') return 3
  return /-256(?:color)?$/iu.test(env['TERM'] ?? '') ? 2 : 1
}

/**
 * A chalk instance at a level.
 *
 * @param level
 *   From {@link colorLevel}.
 * @returns
 *   Chalk.
 */
export function createChalk(level: Level): ChalkInstance {
  return new Chalk({level})
}

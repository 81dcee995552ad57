/**
 * `--ignore GLOB` and the configuration's `ignores` → which files and directories a directory walk or a
 * glob leaves out. The semantics are ESLint's flat config (`ignores`, `--ignore-pattern`), which
 * markdownlint-cli2's `ignores` resembles:
 *
 * - a pattern from the configuration is relative to the directory of `.directiverc.json`, one from
 *   `--ignore` to the working directory;
 * - nothing is implied in front: `README.md` is the README next to the configuration, `**` +
 *   `/README.md` every README; a pattern starting with `/` is an absolute path;
 * - a pattern that matches a directory ignores everything in it, and the walk does not enter it;
 *   `drafts/` (a trailing `/`) matches directories only;
 * - `*`, `?`, `[a-z]`, `{a,b}` and `**` as in cli/glob.ts (the matcher of the globs themselves);
 *   negation (`!pattern`) is not supported: a pattern starting with `!` is refused.
 *
 * Only what a walk or a glob finds is ignored: a file named on the command line is always read.
 */
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import {compilePathPattern, GlobError} from './glob.js'

/** What the walks ask: whether a file or a directory, by the name it is printed with, is ignored. */
export interface Ignores {
  file(shown: string): boolean
  directory(shown: string): boolean
}

/** Patterns and the directory they are relative to. */
export interface IgnoreSource {
  patterns: readonly string[]
  /** Absolute directory (the configuration's, or the working directory). */
  base: string
  /** How to name a pattern in a message: `--ignore`, or `.directiverc.json: ignores` (its index is added). */
  origin: string
}

/** A pattern that cannot be used: its message names where it came from, the pattern and why. */
export class IgnoreError extends Error {
  override name = 'IgnoreError'
}

interface Rule {
  matches: (path: string) => boolean
  /** Relative patterns are matched against paths relative to this directory; absolute ones against absolute paths. */
  base: string | null
  directoryOnly: boolean
}

/**
 * Compiles ignore patterns.
 *
 * @param sources
 *   Patterns with the directory each is relative to.
 * @param cwd
 *   The working directory, against which the printed names of files resolve.
 * @returns
 *   The predicates, or undefined when there is no pattern.
 * @throws {IgnoreError}
 *   For an empty or negated pattern, or one whose braces expand too far.
 */
export function compileIgnores(sources: readonly IgnoreSource[], cwd: string): Ignores | undefined {
  const rules: Rule[] = []
  for (const source of sources) {
    source.patterns.forEach((pattern, index) => {
      const where = source.origin === '--ignore' ? source.origin : `${source.origin}[${index}]`
      rules.push(compileRule(pattern, source.base, where))
    })
  }

  if (rules.length === 0) return undefined
  const ignored = (shown: string, directory: boolean): boolean => {
    const absolute = resolve(cwd, shown)
    return rules.some((rule) => {
      const path = rule.base === null ? absolute.split(sep).slice(1).join('/') : relative(rule.base, absolute).split(sep).join('/')
      // The path itself, then each directory it is in (an ignored directory ignores what it holds).
      const segments = path.split('/')
      if ((directory || !rule.directoryOnly) && rule.matches(path)) return true
      for (let count = segments.length - 1; count > 0; count--) if (rule.matches(segments.slice(0, count).join('/'))) return true
      return false
    })
  }

  return {file: (shown) => ignored(shown, false), directory: (shown) => ignored(shown, true)}
}

/**
 * The ignores of a command: the configuration's (relative to its directory), then `--ignore`'s
 * (relative to the working directory).
 *
 * @param config
 *   The configuration file read (path as printed, null when none) and its `ignores`.
 * @param flags
 *   The `--ignore` values.
 * @param cwd
 *   The working directory.
 * @returns
 *   The predicates, or undefined when there is no pattern.
 * @throws {IgnoreError}
 *   For a pattern that cannot be used.
 */
export function ignoresFor(config: {path: string | null; ignores: readonly string[]}, flags: readonly string[], cwd: string): Ignores | undefined {
  const fromConfig = config.path === null ? [] : [{patterns: config.ignores, base: resolve(cwd, dirname(config.path)), origin: `${config.path}: ignores`}]
  return compileIgnores([...fromConfig, {patterns: flags, base: cwd, origin: '--ignore'}], cwd)
}

function compileRule(pattern: string, base: string, where: string): Rule {
  const refuse = (why: string): IgnoreError => new IgnoreError(`${where}: “${pattern}”: ${why}`)
  if (pattern.trim() === '') throw refuse('expected a glob pattern, got an empty one')
  if (pattern.startsWith('!')) throw refuse('negated patterns (!…) are not supported; name what to ignore')
  const slashed = pattern.replaceAll('\\', '/')
  const directoryOnly = slashed.endsWith('/')
  const absolute = isAbsolute(pattern) || slashed.startsWith('/')
  try {
    return {matches: compilePathPattern(trimSlashes(slashed)), base: absolute ? null : base, directoryOnly}
  } catch (error) {
    if (error instanceof GlobError) throw refuse(error.message)
    throw error
  }
}

/** `./drafts/`, `/srv/notices` → `drafts`, `srv/notices`: the paths a rule is matched against have neither. */
function trimSlashes(pattern: string): string {
  let start = 0
  let end = pattern.length
  for (;;) {
    if (pattern.startsWith('./', start)) start += 2
    else if (pattern[start] === '/') start++
    else break
  }

  while (end > start && pattern[end - 1] === '/') end--
  return pattern.slice(start, end)
}

/**
 * Glob patterns for `directive parse` when the shell did not expand them (quoted, or on Windows):
 * `*` and `?` within one path segment, `[abc]`/`[a-z]`/`[!a]` classes, `{a,b}` alternatives and `**` for
 * any number of directories. Names starting with a dot are matched only by a pattern that starts with
 * one, as in shells.
 *
 * No regular expressions: braces are expanded first, then each segment is matched by the classic
 * wildcard scan that remembers only the last `*` (O(name × pattern) at worst, so a crafted pattern
 * cannot make it backtrack exponentially), and `**` by dynamic programming over segments.
 */

/**
 * Most patterns braces may expand to. Each `{a,b}` group multiplies them: 22 groups are four million
 * patterns (4 GB before the first match), while a real pattern has a handful.
 */
export const maxAlternatives = 10_000

/** A pattern that cannot be used; its message says why. */
export class GlobError extends Error {
  override name = 'GlobError'
}

/** Characters that make an argument a pattern rather than a path. */
const SPECIAL = /[*?[{]/

/** Whether an argument is a glob pattern. */
export function isGlob(argument: string): boolean {
  return SPECIAL.test(argument)
}

export interface Glob {
  /** The directory to walk: the leading segments without any pattern character ('.' when none). */
  base: string
  /** Whether `relative` (to `base`, '/'-separated) is matched. */
  matches(relative: string): boolean
  /** Whether a directory at `relative` can contain matches (prunes the walk). */
  mayContain(relative: string): boolean
}

/** One element of a segment pattern. */
type Token = {kind: 'star'} | {kind: 'any'} | {kind: 'char'; char: string} | {kind: 'class'; negated: boolean; ranges: Array<[string, string]>}
type Segment = Token[] | '**'

/**
 * Compiles a pattern.
 *
 * @param pattern
 *   Glob, '/'-separated (a '\' is taken as a separator too).
 * @returns
 *   The base directory and matchers.
 * @throws {GlobError}
 *   When its braces expand to more than `maxAlternatives` patterns.
 */
export function compileGlob(pattern: string): Glob {
  const segments = pattern.replaceAll('\\', '/').split('/')
  const firstPattern = segments.findIndex((segment) => isGlob(segment))
  const baseSegments = firstPattern === -1 ? segments.slice(0, -1) : segments.slice(0, firstPattern)
  const rest = segments.slice(baseSegments.length).filter((segment) => segment !== '')
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/'
  // Counted before expanding: the expansion itself is what would not end.
  if (countBraces(rest.join('/')) > maxAlternatives) {
    throw new GlobError(`expands to more than ${maxAlternatives} patterns ({a,b} groups multiply); use fewer braces`)
  }

  const alternatives = expandBraces(rest.join('/')).map((expanded) =>
    expanded.split('/').map((segment): Segment => (segment === '**' ? '**' : tokenize(segment)))
  )
  return {
    base,
    matches: (relative) => alternatives.some((parts) => matchSegments(parts, split(relative), false)),
    mayContain: (relative) => alternatives.some((parts) => matchSegments(parts, split(relative), true))
  }
}

/**
 * Compiles a pattern that matches whole paths, for ignore lists (cli/ignores.ts): no base directory is
 * split off, and a pattern without `/` matches a name at the top only: `README.md` is `./README.md`,
 * and a README at any depth is `**` + `/README.md`.
 *
 * @param pattern
 *   Glob, '/'-separated (a '\' is taken as a separator too), relative (no leading `/` or `./`).
 * @returns
 *   Whether a '/'-separated path, relative to the same directory, matches.
 * @throws {GlobError}
 *   When its braces expand to more than `maxAlternatives` patterns.
 */
export function compilePathPattern(pattern: string): (path: string) => boolean {
  const normalized = pattern.replaceAll('\\', '/')
  if (countBraces(normalized) > maxAlternatives) {
    throw new GlobError(`expands to more than ${maxAlternatives} patterns ({a,b} groups multiply); use fewer braces`)
  }

  const alternatives = expandBraces(normalized).map((expanded) =>
    split(expanded)
      .filter((segment) => segment !== '')
      .map((segment): Segment => (segment === '**' ? '**' : tokenize(segment)))
  )
  return (path) => alternatives.some((parts) => matchSegments(parts, split(path), false))
}

function split(relative: string): string[] {
  return relative === '' ? [] : relative.split('/')
}

/** How many patterns `expandBraces` makes of `pattern` (stops counting past the cap). */
function countBraces(pattern: string): number {
  let count = 1
  let from = 0
  for (;;) {
    const open = pattern.indexOf('{', from)
    const close = open === -1 ? -1 : pattern.indexOf('}', open)
    if (close === -1 || count > maxAlternatives) return count
    count *= pattern.slice(open + 1, close).split(',').length
    from = close + 1
  }
}

/** `a{b,c}d{e,f}` → `abde`, `abdf`, `acde`, `acdf` (no nesting). An unclosed brace is literal. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{')
  const close = open === -1 ? -1 : pattern.indexOf('}', open)
  if (close === -1) return [pattern]
  const head = pattern.slice(0, open)
  const tails = expandBraces(pattern.slice(close + 1))
  return pattern
    .slice(open + 1, close)
    .split(',')
    .flatMap((option) => tails.map((tail) => head + option + tail))
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = []
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index] ?? ''
    if (char === '*') {
      // A run of stars is one star.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({kind: 'star'})
    } else if (char === '?') {
      tokens.push({kind: 'any'})
    } else if (char === '[' && segment.indexOf(']', index + 2) !== -1) {
      const close = segment.indexOf(']', index + 2)
      let body = segment.slice(index + 1, close)
      const negated = body.startsWith('!') || body.startsWith('^')
      if (negated) body = body.slice(1)
      const ranges: Array<[string, string]> = []
      for (let at = 0; at < body.length; at++) {
        const from = body[at] ?? ''
        if (body[at + 1] === '-' && at + 2 < body.length) {
          ranges.push([from, body[at + 2] ?? from])
          at += 2
        } else {
          ranges.push([from, from])
        }
      }

      tokens.push({kind: 'class', negated, ranges})
      index = close
    } else {
      tokens.push({kind: 'char', char})
    }
  }

  return tokens
}

function matchesOne(token: Token, char: string): boolean {
  if (token.kind === 'any') return true
  if (token.kind === 'char') return token.char === char
  if (token.kind === 'class') return token.ranges.some(([from, to]) => char >= from && char <= to) !== token.negated
  return false
}

/** Whether a name matches a segment: greedy scan, backtracking only to the last star. */
function matchName(tokens: readonly Token[], name: string): boolean {
  if (name.startsWith('.') && !(tokens[0]?.kind === 'char' && tokens[0].char === '.')) return false
  let t = 0
  let n = 0
  let star = -1
  let resume = 0
  while (n < name.length) {
    const token = tokens[t]
    if (token && token.kind !== 'star' && matchesOne(token, name[n] ?? '')) {
      t++
      n++
    } else if (token?.kind === 'star') {
      star = t++
      resume = n
    } else if (star !== -1) {
      t = star + 1
      n = ++resume
    } else {
      return false
    }
  }

  while (tokens[t]?.kind === 'star') t++
  return t === tokens.length
}

/**
 * Whether `path` segments match `parts`; with `prefix`, whether they can be the directories on the
 * way to a match. Dynamic programming over (part, segment): linear in their product.
 */
function matchSegments(parts: readonly Segment[], path: readonly string[], prefix: boolean): boolean {
  // reachable[j]: the parts so far can consume path[0..j).
  let reachable = path.map(() => false).concat(false)
  reachable[0] = true
  for (const part of parts) {
    if (prefix && reachable[path.length]) return true
    const next = reachable.map(() => false)
    for (let j = 0; j <= path.length; j++) {
      if (!reachable[j]) continue
      if (part === '**') {
        // Zero or more segments, none of them hidden.
        next[j] = true
        for (let k = j; k < path.length && !(path[k] ?? '').startsWith('.'); k++) next[k + 1] = true
      } else if (j < path.length && matchName(part, path[j] ?? '')) {
        next[j + 1] = true
      }
    }

    reachable = next
  }

  // A full match is a file; as a directory it can only hold more matches under a trailing `**`.
  return reachable[path.length] === true && (!prefix || parts.at(-1) === '**')
}

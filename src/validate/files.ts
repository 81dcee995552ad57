/**
 * FILE... → the notices to check: plain paths, directories (every `.txt`/`.md` notice inside, at any
 * depth) and globs (`notices/**\/*.txt`, quoted so the shell leaves them alone). A path, directory or glob
 * that yields nothing is a problem to report, never an empty pass.
 */
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'

/** File names read as notices when a directory or glob is walked. */
const noticeExtension = /\.(?:txt|md|markdown)$/iu
/** Directories a walk never enters. */
const skipped = new Set(['node_modules'])

/** What FILE... expanded to. */
export interface Expansion {
  /** Files in the order given; a directory's or glob's files sorted; no duplicates. `-` is stdin. */
  files: string[]
  /** One line per argument that yielded nothing, e.g. `nope.txt: no such file`. */
  problems: string[]
}

/**
 * Expands the arguments.
 *
 * @param patterns
 *   Paths, directories, globs, or `-`.
 * @returns
 *   The files and the problems.
 */
export async function expandInputs(patterns: readonly string[]): Promise<Expansion> {
  const files: string[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const add = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    files.push(file)
  }

  for (const pattern of patterns) {
    if (pattern === '-') {
      add(pattern)
      continue
    }

    const info = await stat(pattern).catch((error: unknown) => error as {code?: string})
    if ('isDirectory' in info) {
      if (!info.isDirectory()) {
        add(pattern)
        continue
      }

      const found = await walk(pattern, (relative) => noticeExtension.test(relative))
      if (found.length === 0) problems.push(`${pattern}: no notices (*.txt, *.md) in this directory`)
      for (const file of found) add(file)
      continue
    }

    if (!isGlob(pattern)) {
      problems.push(`${pattern}: ${info.code === 'EACCES' || info.code === 'EPERM' ? 'permission denied' : 'no such file'}`)
      continue
    }

    const {base, rest} = splitGlob(pattern)
    const matches = compileGlob(rest)
    // Without `**` a glob cannot match deeper than its own segments: no need to walk the whole tree.
    const depth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.split('/').length
    const found = await walk(base === '' ? '.' : base, matches, depth)
    if (found.length === 0) problems.push(`${pattern}: no file matches this pattern`)
    for (const file of found) add(base === '' ? file.replace(/^\.\//u, '') : file)
  }

  return {files, problems}
}

/**
 * Whether an argument is a glob rather than a path.
 *
 * @param pattern
 *   The argument.
 * @returns
 *   True when it has `*`, `?`, `[` or `{`.
 */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/u.test(pattern)
}

/** The directory part before the first segment with a wildcard, and the rest. */
function splitGlob(pattern: string): {base: string; rest: string} {
  const segments = pattern.split('/')
  const first = segments.findIndex((segment) => isGlob(segment))
  return {base: segments.slice(0, first).join('/'), rest: segments.slice(first).join('/')}
}

/**
 * A glob as a matcher of `/`-separated relative paths, segment by segment: `*` and `?` within a segment,
 * `[abc]`/`[!abc]` classes and `{a,b}` alternatives (not nested); a `**` segment stands for any number of
 * segments. Each segment's expression has no nested quantifier.
 *
 * @param glob
 *   The pattern, relative to its base directory.
 * @returns
 *   Whether a relative path matches.
 */
export function compileGlob(glob: string): (relative: string) => boolean {
  const parts = glob.split('/').map((segment) => (segment === '**' ? null : segmentRegExp(segment)))
  return (relative) => {
    const segments = relative.split('/')
    // seen[i][j]: pattern part i was already tried against path segment j (each pair at most once).
    const seen = new Set<number>()
    const match = (part: number, segment: number): boolean => {
      const key = part * (segments.length + 1) + segment
      if (seen.has(key)) return false
      seen.add(key)
      if (part === parts.length) return segment === segments.length
      const pattern = parts[part]
      if (pattern === null) return match(part + 1, segment) || (segment < segments.length && match(part, segment + 1))
      return segment < segments.length && pattern !== undefined && pattern.test(segments[segment] ?? '') && match(part + 1, segment + 1)
    }

    return match(0, 0)
  }
}

function segmentRegExp(segment: string): RegExp {
  let source = ''
  let inBraces = false
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index] ?? ''
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else if (char === '[' && segment.indexOf(']', index + 2) > 0) {
      const close = segment.indexOf(']', index + 2)
      const body = segment.slice(index + 1, close)
      source += `[${body.startsWith('!') ? `^${escapeClass(body.slice(1))}` : escapeClass(body)}]`
      index = close
    } else if (char === '{' && !inBraces) {
      source += '(?:'
      inBraces = true
    } else if (char === '}' && inBraces) {
      source += ')'
      inBraces = false
    } else if (char === ',' && inBraces) source += '|'
    else source += char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  }

  if (inBraces) source += ')'
  return new RegExp(`^${source}$`, 'su')
}

function escapeClass(body: string): string {
  return body.replace(/[\\\]^]/gu, '\\$&')
}

/** Every file under a directory whose `/`-separated relative path passes `accept`, sorted; dot entries skipped. */
async function walk(root: string, accept: (relative: string) => boolean, depth = Number.POSITIVE_INFINITY): Promise<string[]> {
  const found: string[] = []
  const pending: Array<{relative: string; level: number}> = [{relative: '', level: 1}]
  while (pending.length > 0) {
    const {relative, level} = pending.pop() ?? {relative: '', level: 1}
    const entries = await readdir(join(root, relative), {withFileTypes: true}).catch(() => [])
    for (const entry of entries) {
      if (entry.name.startsWith('.') || skipped.has(entry.name)) continue
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) {
        if (level < depth) pending.push({relative: path, level: level + 1})
      }
      else if (entry.isFile() && accept(path)) found.push(path)
    }
  }

  return found.sort(compare).map((path) => join(root, path))
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

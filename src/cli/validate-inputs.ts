/**
 * FILE... of `directive validate`: the expansion of batch mode (`inputs.ts`: paths, directories, globs,
 * `-`), held to a stricter rule, because checking nothing is never a pass: every argument that names no
 * file is a problem, reported before any work starts, and a file named twice is checked once.
 */
import {stat} from 'node:fs/promises'
import {isGlob} from './glob.js'
import {expandInputs} from './inputs.js'

/** What FILE... expanded to. */
export interface Expansion {
  /** Files in the order given (a directory's or glob's by name, depth first), no duplicates; `-` is stdin. */
  files: string[]
  /** One line per argument that named nothing, e.g. `nope.txt: no such file`. */
  problems: string[]
}

/**
 * @param args
 *   Paths, directories, globs, or `-`.
 * @returns
 *   The files and the problems.
 */
export async function expandValidateInputs(args: readonly string[]): Promise<Expansion> {
  const problems: string[] = []
  const missing = new Set<string>()
  // Batch mode lets the reader report a missing file with the document's record; here it is found first.
  for (const argument of args) {
    if (argument === '-' || isGlob(argument)) continue
    const code = await stat(argument).then(
      () => null,
      (error: unknown) => (error as {code?: string}).code ?? 'ENOENT'
    )
    if (code === null) continue
    missing.add(argument)
    problems.push(`${argument}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'no such file'}`)
  }

  const files = new Set<string>()
  for (const input of await expandInputs(args)) {
    if (input.problem) problems.push(`${input.file}: ${input.problem}`)
    else if (!missing.has(input.file)) files.add(input.file)
  }

  return {files: [...files], problems}
}

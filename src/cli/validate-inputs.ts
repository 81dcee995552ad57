/**
 * FILE... of `directive validate`: the expansion of batch mode (`inputs.ts`: paths, directories, globs,
 * `-`), held to a stricter rule, because checking nothing is never a pass: every argument that names no
 * file is a problem, reported before any work starts, and a file named twice is checked once.
 */
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
  const files = new Set<string>()
  const problems: string[] = []
  for (const input of await expandInputs(args)) {
    // Batch mode leaves an unreadable path to the reader, to report in its record; here it stops the run.
    const problem = input.problem ?? input.unreadable
    if (problem) problems.push(`${input.file}: ${problem}`)
    else files.add(input.file)
  }

  return {files: [...files], problems}
}

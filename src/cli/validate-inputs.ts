/**
 * FILE... of `directive validate`: the expansion of batch mode (`inputs.ts`: paths, directories, globs,
 * `-`), held to a stricter rule, because checking nothing is never a pass: every argument that names no
 * file is a problem, reported before any work starts, and a file named twice is checked once. What a
 * walk found but could not read (a directory it cannot list, a link loop) is a failure, as a file that
 * cannot be read is: the others are still checked, and the run does not pass.
 */
import type {NamedFile} from '../read/read.js'
import {expandInputs, type ExpandOptions} from './inputs.js'

/** What FILE... expanded to. */
export interface Expansion {
  /** Files in the order given (a directory's or glob's by name, depth first), no duplicates; `-` is stdin. */
  files: NamedFile[]
  /** One line per argument that named nothing, e.g. `nope.txt: no such file`. */
  problems: string[]
  /** One line per entry of a walk that could not be read, e.g. `notices/locked: cannot read this directory: permission denied`. */
  failures: string[]
}

/**
 * @param args
 *   Paths, directories, globs, or `-`.
 * @param options
 *   What walks and globs ignore.
 * @returns
 *   The files (`regularOnly` set for those a walk or a glob found), the problems and the failures.
 */
export async function expandValidateInputs(args: readonly string[], options: ExpandOptions = {}): Promise<Expansion> {
  const files = new Map<string, NamedFile>()
  const problems: string[] = []
  const failures: string[] = []
  for (const input of await expandInputs(args, options)) {
    // Batch mode leaves an unreadable path to the reader, to report in its record; here it stops the run.
    const problem = input.problem ?? input.unreadable
    if (problem) problems.push(`${input.file}: ${problem}`)
    else if (input.error) failures.push(`${input.file}: ${input.error}`)
    else if (!files.has(input.file)) files.set(input.file, {file: input.file, path: input.path, regularOnly: input.regularOnly})
  }

  return {files: [...files.values()], problems, failures}
}

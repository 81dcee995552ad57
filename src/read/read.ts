/**
 * The only stage that touches the file system: a path (or `-` for stdin) → raw bytes.
 * Problems become an `InputError` naming the file.
 */
import {readFile, stat} from 'node:fs/promises'
import {InputError} from './input-error.js'

/** Where stdin comes from; injected so the CLI and tests can supply it. */
export type StdinReader = () => Promise<Uint8Array>

/**
 * Reads one input.
 *
 * @param file
 *   File path, or `-` for standard input.
 * @param readStdin
 *   Reads all of standard input.
 * @returns
 *   The bytes.
 */
export async function readInput(file: string, readStdin: StdinReader): Promise<Uint8Array> {
  if (file === '-') return readStdin()
  let info
  try {
    info = await stat(file)
  } catch (error) {
    throw new InputError(file, whyUnreadable(error))
  }

  if (info.isDirectory()) throw new InputError(file, 'is a directory, not a file')
  try {
    return await readFile(file)
  } catch (error) {
    throw new InputError(file, whyUnreadable(error))
  }
}

/** Why a file could not be read, in words, from the system error. */
export function whyUnreadable(error: unknown): string {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory, not a file'
  return error instanceof Error ? error.message : String(error)
}

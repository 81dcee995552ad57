/**
 * The only stage that touches the file system: a path (or `-` for stdin) → raw bytes, never more than a
 * cap (`--max-size`, 64 MiB by default), counted while reading. Problems become an `InputError` naming
 * the file.
 */
import {readFileCapped, tooLarge, type FileLimits} from './read-file.js'
import {defaultMaxSize} from './size.js'

export {whyUnreadable} from './read-file.js'

/**
 * Where stdin comes from; injected so the CLI and tests can supply it. Given a limit, it may stop once
 * more than that many bytes have arrived (the caller sees the excess and reports it).
 */
export type StdinReader = (limit?: number) => Promise<Uint8Array>

/** A file to read: its name for messages and models, and where it is when the name does not say. */
export interface NamedFile {
  /** Printable name (`-` for standard input). */
  file: string
  /** What to open when it is not `file`: the bytes of a name that is not UTF-8, or a name printed escaped. */
  path?: string | Uint8Array | undefined
  /**
   * Found in a directory or by a glob: only a regular file is read (no pipe, no device), and one that is
   * not a notice is skipped (validate/not-a-notice.ts) rather than checked.
   */
  regularOnly?: boolean | undefined
}

export interface ReadOptions extends Omit<NamedFile, 'file'> {
  /** Most bytes read from the input (default 64 MiB). */
  maxSize?: number | undefined
}

/** What a message past the cap adds. */
const advice = '; a notice is never that long (raise the limit with --max-size if this one is)'

/**
 * Reads one input.
 *
 * @param file
 *   File path, or `-` for standard input.
 * @param readStdin
 *   Reads standard input.
 * @param options
 *   Cap, and where the file is when `file` is only its printable name.
 * @returns
 *   The bytes.
 * @throws {InputError}
 *   When it cannot be read, is not a file, or is larger than the cap.
 */
export async function readInput(file: string, readStdin: StdinReader, options: ReadOptions = {}): Promise<Uint8Array> {
  const limits: FileLimits = {maxSize: options.maxSize ?? defaultMaxSize, regularOnly: options.regularOnly, advice}
  if (file === '-' && options.path === undefined) {
    const bytes = await readStdin(limits.maxSize)
    if (bytes.length > limits.maxSize) throw tooLarge(file, limits)
    return bytes
  }

  return readFileCapped(file, options.path ?? file, limits)
}

/**
 * One file → its bytes, never more than a cap. The file is opened first and what it is asked of the open
 * descriptor (fstat), so what is checked is what is read, even if the name is swapped meanwhile. Bytes
 * are counted as they arrive: a file that grows, or a pipe that never ends, stops at the cap.
 *
 * Only regular files are read, and pipes named on the command line (`<(…)`): a device such as
 * `/dev/zero` or `/dev/random` is refused before any byte is read, and so is a socket.
 */
import {constants} from 'node:fs'
import {open, type FileHandle} from 'node:fs/promises'
import {InputError} from './input-error.js'
import {formatSize} from './size.js'

export interface FileLimits {
  /** Most bytes read; one more is an error. */
  maxSize: number
  /** Refuse a named pipe too (a file found in a directory, whose writer may never come). */
  regularOnly?: boolean | undefined
  /** What the message past the cap adds, e.g. how to raise it. */
  advice?: string | undefined
}

/** Bytes asked of the system at a time, when the size is not known in advance (a pipe). */
const CHUNK = 64 * 1024

/**
 * Reads a file.
 *
 * @param file
 *   Name for messages.
 * @param path
 *   What to open (the name itself, or its bytes when it is not UTF-8).
 * @param limits
 *   The cap, and whether pipes are refused.
 * @returns
 *   The bytes.
 * @throws {InputError}
 *   When it cannot be opened, is not a file, or is larger than the cap.
 */
export async function readFileCapped(file: string, path: string | Uint8Array, limits: FileLimits): Promise<Uint8Array> {
  // Non-blocking, so that opening a pipe without a writer does not hang before it can be refused.
  let handle = await open(fsPath(path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: unknown) => Promise.reject(new InputError(file, whyUnreadable(error))))
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw new InputError(file, 'is a directory, not a file')
    if (info.isFIFO() && !limits.regularOnly) {
      // A pipe named on the command line: read it blocking, as `cat` would.
      await handle.close()
      handle = await open(fsPath(path), 'r').catch((error: unknown) => Promise.reject(new InputError(file, whyUnreadable(error))))
    } else if (!info.isFile()) {
      throw new InputError(file, `is ${kind(info)}, not a file`)
    }

    if (info.isFile() && info.size > limits.maxSize) throw tooLarge(file, limits)
    return await readAll(handle, info.isFile() ? info.size : 0, file, limits)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * The message for an input past the cap.
 *
 * @param file
 *   Name for messages.
 * @param limits
 *   The cap and advice.
 */
export function tooLarge(file: string, limits: FileLimits): InputError {
  return new InputError(file, `is larger than ${formatSize(limits.maxSize)}${limits.advice ?? ''}`)
}

/**
 * A path as the file system functions take it: bytes as a Buffer view (a path sent to a worker thread
 * arrives as a plain Uint8Array).
 *
 * @param path
 *   A name, or its bytes.
 */
export function fsPath(path: string | Uint8Array): string | Buffer {
  return typeof path === 'string' || Buffer.isBuffer(path) ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength)
}

/** Why a file could not be read, in words, from the system error. */
export function whyUnreadable(error: unknown): string {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory, not a file'
  if (code === 'ELOOP') return 'too many levels of symbolic links (a loop?)'
  if (code === 'ENAMETOOLONG') return 'path too long'
  return error instanceof Error ? error.message : String(error)
}

/** Reads to the end, or to one byte past the cap (then throws). */
async function readAll(handle: FileHandle, expected: number, file: string, limits: FileLimits): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    // The expected size plus one byte, to see the end in one read; a file that grew goes on in chunks.
    const room = Math.min(limits.maxSize + 1 - total, Math.max(expected + 1 - total, CHUNK))
    const chunk = new Uint8Array(room)
    const {bytesRead} = await handle.read(chunk, 0, room, null)
    if (bytesRead === 0) break
    chunks.push(chunk.subarray(0, bytesRead))
    total += bytesRead
    if (total > limits.maxSize) throw tooLarge(file, limits)
  }

  if (chunks.length === 1) return chunks[0] as Uint8Array
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }

  return bytes
}

/**
 * What something that is neither a file nor a directory is, for messages.
 *
 * @param info
 *   Its stat, or a directory entry.
 * @returns
 *   `a device`, `a socket`, `a named pipe`, or `not a regular file`.
 */
export function kind(info: {isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isFIFO(): boolean}): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  if (info.isFIFO()) return 'a named pipe'
  return 'not a regular file'
}

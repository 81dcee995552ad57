/**
 * Where a command's output goes: standard output, or `-o FILE`.
 *
 * A file is written whole or not at all: into a temporary file beside it, renamed over it at the end,
 * so an interrupted or failed run leaves any earlier file as it was and no partial file behind. The
 * temporary file has a random name and is created exclusively (`wx`: never through a link someone
 * planted in a shared directory), with the mode (and, for root, the owner) of the file it replaces; it is
 * removed when the run fails or is interrupted (SIGINT, SIGTERM: cli/interrupt.ts). A symbolic link is
 * followed, also one whose target does not exist yet: the file it names is written, the link stays.
 * Devices and pipes (`-o /dev/stdout`, a FIFO, anything under /dev or /proc) are written directly:
 * they cannot be replaced.
 *
 * What `-o` may replace is checked before any work is done (README "Output files"): never an input
 * file, never a directory; an existing file only when it is empty, when it is an earlier output of
 * directive (recognised by the shape of its first lines: cli/own-output.ts), or with `--force`. So a
 * weekly `directive parse notice.txt --ics -o deadlines.ics` runs again without a flag, while a typo
 * that names someone's report does not destroy it.
 */
import {randomBytes} from 'node:crypto'
import {createWriteStream, type Stats, type WriteStream} from 'node:fs'
import {lstat, open, readlink, realpath, rename, stat, unlink, type FileHandle} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {printableName} from '../read/file-name.js'
import {removeOnInterrupt} from './interrupt.js'
import type {NamedFile} from '../read/read.js'
import {fsPath} from '../read/read-file.js'
import {CliExit, exitCodes, type CliIo} from './io.js'

/** A refusal or a failure to write, with a one-line message naming the file; the CLI exits 2 (see exitFor). */
export class OutputError extends Error {
  override name = 'OutputError'
}

/**
 * Checks that `-o FILE` may be written, before the command does any work.
 *
 * @param file
 *   The `-o` argument (undefined or "-" is standard output: always fine).
 * @param inputs
 *   Files the command reads ("-" is standard input and is skipped), by name or with where they are.
 * @param force
 *   `--force`: replace an existing file that is not directive's.
 * @throws {OutputError}
 *   When it may not, saying what to do.
 */
export async function checkOutputTarget(file: string | undefined, inputs: ReadonlyArray<string | NamedFile>, force: boolean): Promise<void> {
  if (file === undefined || file === '-') return
  const target = await stat(file).catch(() => null)
  if (!target) return
  const name = printableName(file)
  if (target.isDirectory()) throw new OutputError(`${name}: is a directory; -o takes a file name`)
  for (const input of inputs) {
    const {file: shown, path} = typeof input === 'string' ? {file: input, path: undefined} : input
    if (shown === '-' && path === undefined) continue
    const source = await stat(fsPath(path ?? shown)).catch(() => null)
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new OutputError(`${name}: is an input file; refusing to write over it (choose another -o)`)
    }
  }

  if (force || target.size === 0 || (await resolveTarget(file)).direct) return
  const {isOwnOutput} = await import('./own-output.js')
  if (await isOwnOutput(file)) return
  throw new OutputError(`${name}: exists and was not written by directive; use --force to replace it`)
}

/** checkOutputTarget for a command: a refusal is reported on stderr and exits 2. */
export async function checkOutput(file: string | undefined, inputs: ReadonlyArray<string | NamedFile>, force: boolean, io: CliIo): Promise<void> {
  try {
    await checkOutputTarget(file, inputs, force)
  } catch (error) {
    throw exitFor(error, io)
  }
}

/**
 * What a command throws for an error of its output: an OutputError is reported on stderr (one line) and
 * becomes exit 2 here, so the CLI's entry point need not load this module; anything else is unchanged.
 */
export function exitFor(error: unknown, io: CliIo): unknown {
  if (!(error instanceof OutputError)) return error
  io.stderr.write(`directive: ${error.message}\n`)
  return new CliExit(exitCodes.usage)
}

/** An output being written. */
export interface Output {
  /** Writes; resolves at once unless the stream asks to wait (backpressure). */
  write(chunk: string | Uint8Array): Promise<void>
  /** Completes the output (renames a file into place). */
  finish(): Promise<void>
  /** Drops a partial file; an earlier file stays as it was. */
  abort(): Promise<void>
}

/**
 * Opens standard output, or `-o FILE` (see the module comment).
 *
 * @throws {OutputError}
 *   When the file cannot be created; from write or finish when it cannot be written.
 */
export async function openOutput(file: string | undefined, io: CliIo): Promise<Output> {
  if (file === undefined || file === '-') {
    const stdout = io.stdout as CliIo['stdout'] & {once?(event: 'drain', listener: () => void): unknown}
    return {
      write: async (text) => {
        if (stdout.write(text) === false && stdout.once) await new Promise<void>((resolve) => stdout.once?.('drain', resolve))
      },
      finish: async () => undefined,
      abort: async () => undefined
    }
  }

  const {path, direct, existing} = await resolveTarget(file)
  // By the name given: `/dev/stdout` on a pipe links to `pipe:[…]`, which is no path to open.
  if (direct) return streamOutput(createWriteStream(file), file, {})
  // Random and exclusive: nobody can know the name beforehand and plant a link there.
  const temporary = join(dirname(path), `.${basename(path).slice(0, 200)}.${randomBytes(8).toString('hex')}.tmp`)
  // Watched before it exists: once it can be seen, an interruption removes it.
  const forget = removeOnInterrupt(temporary)
  let handle: FileHandle
  try {
    handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666)
  } catch (error) {
    forget()
    throw writeError(file, error)
  }

  try {
    if (existing) await keepOwnership(handle, existing)
  } catch (error) {
    forget()
    await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw writeError(file, error)
  }

  return streamOutput(handle.createWriteStream(), file, {
    finish: async () => {
      try {
        await rename(temporary, path).catch((error: unknown) => Promise.reject(writeError(file, error)))
      } catch (error) {
        await unlink(temporary).catch(() => undefined)
        throw error
      } finally {
        forget()
      }
    },
    abort: async () => {
      await unlink(temporary).catch(() => undefined)
      forget()
    }
  })
}

/** What happens after the stream is closed: rename into place, or remove. */
interface Completion {
  finish?: () => Promise<void>
  abort?: () => Promise<void>
}

/** An Output over a file stream; a write error is kept and thrown at the next write or at finish. */
function streamOutput(stream: WriteStream, file: string, after: Completion): Output {
  let failure: OutputError | undefined
  stream.on('error', (error) => {
    failure = writeError(file, error)
  })
  const settle = async (): Promise<void> =>
    new Promise((resolve, reject) => {
      const done = (): void => (failure ? reject(failure) : resolve())
      if (stream.closed) done()
      else {
        stream.once('close', done)
        stream.end()
      }
    })
  return {
    write: async (text) => {
      if (failure) throw failure
      if (!stream.write(text)) await drained(stream)
      if (failure) throw failure
    },
    finish: async () => {
      try {
        await settle()
      } catch (error) {
        await after.abort?.()
        throw error
      }

      await after.finish?.()
    },
    abort: async () => {
      await settle().catch(() => undefined)
      await after.abort?.()
    }
  }
}

/**
 * Waits until a stream wants more, or failed. Both listeners go when either fires: one pair per wait
 * would pile up over a batch of thousands of records (MaxListenersExceededWarning).
 */
async function drained(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done)
      stream.off('error', done)
      resolve()
    }

    stream.once('drain', done)
    stream.once('error', done)
  })
}

/**
 * Gives the new file the mode of the one it replaces (exactly: the umask applied at creation may have
 * taken bits away), and its owner and group when they differ and may be given (as root; otherwise only
 * a group the user is in, and a refusal is no error).
 */
async function keepOwnership(handle: FileHandle, existing: Stats): Promise<void> {
  const created = await handle.stat()
  if (created.uid !== existing.uid || created.gid !== existing.gid) {
    await handle.chown(existing.uid, existing.gid).catch((error: unknown) => {
      if ((error as {code?: string}).code !== 'EPERM') throw error
    })
  }

  // After chown, which clears the set-user-ID and set-group-ID bits.
  await handle.chmod(existing.mode & 0o7777)
}

/**
 * The path to write: an existing file's real path (through symbolic links), or the path a dangling
 * link points to (the file is created there, the link stays); whether it must be written in place (a
 * device, a pipe, a socket, or under /dev or /proc, such as /dev/stdout); and the file it replaces.
 */
async function resolveTarget(file: string): Promise<{path: string; direct: boolean; existing: Stats | null}> {
  const path = await realpath(file).catch(async () => danglingTarget(file))
  const existing = await stat(path).catch(() => null)
  const direct = (existing !== null && !existing.isFile()) || /^\/(?:dev|proc)\//u.test(path) || /^\/(?:dev|proc)\//u.test(file)
  return {path, direct, existing: existing?.isFile() ? existing : null}
}

/** Where a chain of links leads when its end does not exist (or `file` itself when it is no link). */
async function danglingTarget(file: string): Promise<string> {
  let path = file
  // As many links as the system follows (Linux: 40); past that, the path as given, and writing fails.
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(path).catch(() => null)
    if (!info?.isSymbolicLink()) return path
    path = resolve(dirname(path), await readlink(path))
  }

  return file
}

/** Writes a whole output at once (stdout, or `-o FILE` whole or not at all). */
export async function writeOutput(text: string, file: string | undefined, io: CliIo): Promise<void> {
  const output = await openOutput(file, io).catch((error: unknown) => Promise.reject(exitFor(error, io)))
  try {
    await output.write(text)
    await output.finish()
  } catch (error) {
    await output.abort()
    throw exitFor(error, io)
  }
}

/** Why a file could not be written, in words, from the system error's code. */
const reasons: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a directory'
}

function writeError(file: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error
  const code = (error as {code?: string} | null)?.code ?? ''
  const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error))
  return new OutputError(`cannot write ${printableName(file)}: ${reason}`)
}

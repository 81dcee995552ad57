/**
 * Where a command's output goes: standard output, or `-o FILE`.
 *
 * A file is written whole or not at all: into a temporary file beside it, renamed over it at the end,
 * so an interrupted or failed run leaves any earlier file as it was and no partial file behind. A
 * symbolic link is followed (the file it names is replaced, the link stays). Devices and pipes
 * (`-o /dev/stdout`, a FIFO, anything under /dev or /proc) are written directly: they cannot be replaced.
 *
 * What `-o` may replace is checked before any work is done (README "Output files"): never an input
 * file, never a directory; an existing file only when it is empty, when it is an earlier output of
 * directive (recognised by the signature each format writes at its start), or with `--force`. So a weekly
 * `directive parse notice.txt --ics -o deadlines.ics` runs again without a flag, while a typo that names
 * someone's report does not destroy it.
 */
import {createWriteStream, type WriteStream} from 'node:fs'
import {open, realpath, rename, stat, unlink} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {CliExit, exitCodes, type CliIo} from './io.js'

/** A refusal or a failure to write, with a one-line message naming the file; the CLI exits 2 (see exitFor). */
export class OutputError extends Error {
  override name = 'OutputError'
}

/** Signatures of directive's own outputs, tested on the first bytes of the existing file. */
const signatures: readonly RegExp[] = [
  /^\{\s*"schemaVersion":/u, // parse --json
  /^\{"file":"(?:[^"\\]|\\.)*","ok":(?:true|false)/u, // batch NDJSON records
  /^BEGIN:VCALENDAR\r?\n(?:[^\n]*\n){0,4}PRODID:-\/\/directive\/\//u, // iCalendar
  /<meta name="generator" content="directive">/u, // HTML review page
  /^\uFEFF?(?:Văn bản|document)[,;\t|](?:Tệp|file)[,;\t|]/u, // CSV, Vietnamese or English header
  /^# (?:Danh sách nhiệm vụ|Task checklist)\n/u, // checklist
  /^\[\s*\{\s*"path": "(?:[^"\\]|\\.)*",\s*"errorCount":/u, // validate --format json
  /"\$schema": "https:\/\/json\.schemastore\.org\/sarif[^"]*",[\s\S]*?"name": "directive"/u // validate --format sarif
]

/** How much of an existing file is read to recognise it. */
const HEAD_BYTES = 4096

/**
 * Checks that `-o FILE` may be written, before the command does any work.
 *
 * @param file
 *   The `-o` argument (undefined or "-" is standard output: always fine).
 * @param inputs
 *   Files the command reads ("-" is standard input and is skipped).
 * @param force
 *   `--force`: replace an existing file that is not directive's.
 * @throws {OutputError}
 *   When it may not, saying what to do.
 */
export async function checkOutputTarget(file: string | undefined, inputs: readonly string[], force: boolean): Promise<void> {
  if (file === undefined || file === '-') return
  const target = await stat(file).catch(() => null)
  if (!target) return
  if (target.isDirectory()) throw new OutputError(`${file}: is a directory; -o takes a file name`)
  for (const input of inputs) {
    if (input === '-') continue
    const source = await stat(input).catch(() => null)
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new OutputError(`${file}: is an input file; refusing to write over it (choose another -o)`)
    }
  }

  if (force || target.size === 0 || (await resolveTarget(file)).direct) return
  const head = await readHead(file)
  if (signatures.some((signature) => signature.test(head))) return
  throw new OutputError(`${file}: exists and was not written by directive; use --force to replace it`)
}

/** checkOutputTarget for a command: a refusal is reported on stderr and exits 2. */
export async function checkOutput(file: string | undefined, inputs: readonly string[], force: boolean, io: CliIo): Promise<void> {
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
 *   From write or finish when the file cannot be written.
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

  const {path, direct} = await resolveTarget(file)
  const temporary = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const stream: WriteStream = createWriteStream(temporary)
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
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          stream.once('drain', resolve)
          stream.once('error', () => resolve())
        })
      }

      if (failure) throw failure
    },
    finish: async () => {
      try {
        await settle()
        if (!direct) await rename(temporary, path).catch((error: unknown) => Promise.reject(writeError(file, error)))
      } catch (error) {
        if (!direct) await unlink(temporary).catch(() => undefined)
        throw error
      }
    },
    abort: async () => {
      await settle().catch(() => undefined)
      if (!direct) await unlink(temporary).catch(() => undefined)
    }
  }
}

/**
 * The path to write: an existing file's real path (through symbolic links), and whether it must be
 * written in place (a device, a pipe, a socket, or under /dev or /proc, such as /dev/stdout).
 */
async function resolveTarget(file: string): Promise<{path: string; direct: boolean}> {
  const path = await realpath(file).catch(() => file)
  const existing = await stat(path).catch(() => null)
  const direct = (existing !== null && !existing.isFile()) || /^\/(?:dev|proc)\//u.test(path) || /^\/(?:dev|proc)\//u.test(file)
  return {path, direct}
}

/** Writes a whole output at once (stdout, or `-o FILE` whole or not at all). */
export async function writeOutput(text: string, file: string | undefined, io: CliIo): Promise<void> {
  const output = await openOutput(file, io)
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
  const code = (error as {code?: string} | null)?.code ?? ''
  const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error))
  return new OutputError(`cannot write ${file}: ${reason}`)
}

/** The first bytes of a file as text (a character cut at the end becomes U+FFFD, which no signature needs). */
async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buffer = new Uint8Array(HEAD_BYTES)
    const {bytesRead} = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return new TextDecoder().decode(buffer.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/**
 * Batch mode of `directive parse … --json`: many documents through a pool of worker threads, one NDJSON
 * record per document written as soon as it may be (`{file, ok: true, notice}` or `{file, ok: false,
 * error}`; `{file, ok: false, skipped}` for a file a walk found that is not a notice, which is no
 * failure), in input order unless `--unordered`. Walks and globs leave out what `--ignore` and the
 * configuration's `ignores` name. At most `WINDOW_PER_JOB × jobs` documents are between
 * "sent to a worker" and "written", so memory does not grow with the number of files. A progress bar on
 * a terminal's stderr, a summary line on stderr at the end.
 *
 * Worker threads read, parse and serialise (cli/batch-item.ts, cli/pool.ts); the main thread only hands
 * out files and writes records, and never loads the pipeline.
 */
import {availableParallelism} from 'node:os'
import {InputError} from '../read/input-error.js'
import {readInput} from '../read/read.js'
import {displayName} from '../read/file-name.js'
import {failedLine, type BatchResult, type BatchTask} from './batch-record.js'
import {expandInputs, type Input} from './inputs.js'
import {checkOutput, exitFor, openOutput} from './output.js'
import {exitCodes, type CliIo, type ExitCode} from './io.js'
import type {Ignores} from './ignores.js'
import type {NoticeFlags} from './notice-options.js'
import {WorkerPool} from './pool.js'
import {duration, ProgressBar} from './progress.js'

export interface BatchFlags extends NoticeFlags {
  jobs?: number
  unordered?: boolean
  output?: string
  force?: boolean
  maxSize?: number
}

/** Documents allowed in flight (sent, or done and waiting for an earlier one) per worker thread. */
const WINDOW_PER_JOB = 16

/**
 * Runs a batch.
 *
 * @param args
 *   Files, directories and glob patterns.
 * @param flags
 *   Parse flags (plain values), `--jobs`, `--unordered`, `-o`.
 * @param io
 *   Streams, stdin, clock.
 * @param ignores
 *   What walks and globs leave out (cli/command-config.ts).
 * @returns
 *   0 when every document was read, 2 when no input could be read (or none named a file), else 1 when
 *   some document could not be read or parsed.
 */
export async function runBatch(args: readonly string[], flags: BatchFlags, io: CliIo, ignores: Ignores | undefined): Promise<ExitCode> {
  const started = performance.now()
  const inputs = await expandInputs(args, {ignores})
  await checkOutput(flags.output, inputs, flags.force === true, io)
  const stdin = inputs.some((input) => isStdin(input) && !input.problem) ? await readStdin(io, flags.maxSize) : undefined
  const jobs = Math.max(1, Math.min(flags.jobs ?? availableParallelism(), inputs.length))
  const workerFlags: NoticeFlags = plain(flags)
  const sink = await openOutput(flags.output, io).catch((error: unknown) => Promise.reject(exitFor(error, io)))
  const progress = new ProgressBar(io.stderr, () => performance.now())
  const counts = {done: 0, failed: 0, skipped: 0, input: 0, parse: 0}
  const state = () => ({done: counts.done, failed: counts.failed, total: inputs.length, elapsed: performance.now() - started})
  const pool = inputs.some((input) => !input.problem && !input.error) ? new WorkerPool(jobs, workerFlags) : undefined

  const record = async (result: BatchResult): Promise<void> => {
    counts.done++
    if (result.skipped) {
      counts.skipped++
      progress.clear()
      io.stderr.write(`directive: ${result.message ?? 'skipped'}\n`)
    } else if (!result.ok) {
      counts.failed++
      counts[result.failure ?? 'input']++
      progress.clear()
      io.stderr.write(`directive: ${result.message ?? 'failed'}\n`)
    }

    await sink.write(result.line)
    progress.update(state())
  }

  try {
    progress.update(state(), true)
    await drive(inputs, {
      ordered: !flags.unordered,
      window: WINDOW_PER_JOB * jobs,
      run: async (input, id) => {
        const problem = input.problem ?? input.error ?? (isStdin(input) && typeof stdin === 'string' ? stdin : undefined)
        return problem !== undefined || !pool ? problemResult(input, id, problem) : pool.run(task(input, id, stdin))
      },
      record
    })
    await sink.finish()
  } catch (error) {
    await sink.abort()
    throw exitFor(error, io)
  } finally {
    await pool?.close()
    progress.clear()
  }

  const seconds = (performance.now() - started) / 1000
  const rate = seconds > 0 ? inputs.length / seconds : 0
  io.stderr.write(
    `directive: ${counts.done - counts.failed - counts.skipped} done, ${counts.failed} failed, ${counts.skipped > 0 ? `${counts.skipped} skipped (not notices), ` : ''}${inputs.length} files in ${seconds < 60 ? `${seconds.toFixed(2)}s` : duration(seconds)} (${rate.toFixed(1)} files/s, ${jobs} ${jobs === 1 ? 'job' : 'jobs'})\n`
  )
  // As for single files: nothing readable is a usage error (2); some records failed is 1.
  if (counts.input > 0 && counts.input === inputs.length) return exitCodes.usage
  return counts.failed > 0 ? exitCodes.failed : exitCodes.ok
}

interface Drive {
  ordered: boolean
  /** Most documents between submitted and written. */
  window: number
  run(input: Input, id: number): Promise<BatchResult>
  record(result: BatchResult): Promise<void>
}

/**
 * Submits documents while the window has room and records results in input order (or as they come).
 * Recording is sequential: the next record waits for the previous write (and its backpressure).
 */
async function drive(inputs: readonly Input[], options: Drive): Promise<void> {
  const ready = new Map<number, BatchResult>()
  let submitted = 0
  let written = 0
  let writing = Promise.resolve()
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => {
      // Stop submitting; the caller closes the pool.
      submitted = inputs.length
      reject(error)
    }

    const flush = (): void => {
      writing = writing
        .then(async () => {
          for (;;) {
            const result = options.ordered ? ready.get(written) : ready.values().next().value
            if (!result) break
            ready.delete(result.id)
            written++
            await options.record(result)
          }

          fill()
          if (written === inputs.length) resolve()
        })
        .catch(fail)
    }

    const fill = (): void => {
      while (submitted < inputs.length && submitted - written < options.window) {
        const id = submitted++
        options
          .run(inputs[id] as Input, id)
          .then((result) => {
            ready.set(id, result)
            flush()
          })
          .catch(fail)
      }
    }

    if (inputs.length === 0) resolve()
    fill()
  })
}

function task(input: Input, id: number, stdin: Uint8Array | string | undefined): BatchTask {
  if (isStdin(input) && stdin instanceof Uint8Array) return {id, file: input.file, bytes: stdin}
  return {id, file: input.file, path: input.path, regularOnly: input.regularOnly}
}

function isStdin(input: Input): boolean {
  return input.file === '-' && input.path === undefined
}

/** Standard input, read once by the main thread for the worker that parses it, or why it could not be. */
async function readStdin(io: CliIo, maxSize: number | undefined): Promise<Uint8Array | string> {
  try {
    return await readInput('-', io.readStdin, {maxSize})
  } catch (error) {
    if (error instanceof InputError) return error.reason
    throw error
  }
}

async function problemResult(input: Input, id: number, problem: string | undefined): Promise<BatchResult> {
  const message = `${displayName(input.file)}: ${problem ?? 'cannot be read'}`
  return {id, ok: false, failure: 'input', message, line: failedLine(input.file, message)}
}

/** The flags as plain values, for `workerData` (commander's flag object may hold anything). */
function plain(flags: BatchFlags): NoticeFlags {
  const copy: NoticeFlags = {}
  for (const [key, value] of Object.entries(flags)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) copy[key] = value
  }

  return copy
}

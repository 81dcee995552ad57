/**
 * One document of a batch, as a worker handles it: read the file, parse it, and serialise its NDJSON
 * record (`{file, ok: true, notice}` or `{file, ok: false, error}`). Serialising here keeps the main
 * thread to copying strings, so it stays free to write output while the workers parse.
 */
import {readInput} from '../read/read.js'
import {InputError} from '../read/input-error.js'
import {parseNotice, todayInVietnam} from '../pipeline.js'
import {noticeOptions, type NoticeFlags} from './notice-options.js'

export interface BatchTask {
  id: number
  file: string
  /** Contents of standard input when `file` is '-' (only the main thread can read it). */
  bytes?: Uint8Array
}

export interface BatchResult {
  id: number
  /** The record, one line of NDJSON with its newline. */
  line: string
  ok: boolean
  /**
   * Why it failed: 'input' for a file that cannot be read or decoded (exit code 2), 'parse' for a
   * document the pipeline could not read (exit code 1).
   */
  failure?: 'input' | 'parse'
  /** The one-line message for stderr. */
  message?: string
}

/**
 * Reads and parses one document.
 *
 * @param task
 *   Which file.
 * @param flags
 *   The options of `parse` that change the model (reference date, today …).
 * @returns
 *   Its record.
 */
export async function runTask(task: BatchTask, flags: NoticeFlags): Promise<BatchResult> {
  try {
    const bytes = task.bytes ?? (await readInput(task.file, noStdin))
    const today = flags.today ?? todayInVietnam(new Date(flags.now ?? Date.now()))
    const notice = parseNotice(bytes, noticeOptions(task.file, {...flags, today}))
    return {id: task.id, ok: true, line: `${JSON.stringify({file: task.file, ok: true, notice})}\n`}
  } catch (error) {
    const failure = error instanceof InputError ? 'input' : 'parse'
    const message =
      error instanceof InputError ? error.message : `${task.file}: could not be parsed: ${error instanceof Error ? error.message : String(error)}`
    return {id: task.id, ok: false, failure, message, line: failedLine(task.file, message)}
  }
}

/** The record of a file that gave no notice. */
export function failedLine(file: string, message: string): string {
  return `${JSON.stringify({file, ok: false, error: message})}\n`
}

async function noStdin(): Promise<Uint8Array> {
  // The main thread reads standard input and sends its bytes; a worker asked for it has a bug.
  throw new Error('standard input is read by the main thread')
}

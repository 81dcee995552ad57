/**
 * One document of a batch, as a worker handles it: read the file, parse it, and serialise its NDJSON
 * record (`{file, ok: true, notice}`, `{file, ok: false, error}`, or `{file, ok: false, skipped}` for a
 * file a walk found that is not a notice). Serialising here leaves the main thread only bytes to write,
 * so it stays free to write output while the workers parse.
 */
import {readInput} from '../read/read.js'
import {InputError} from '../read/input-error.js'
import {refuseBlank} from '../read/blank.js'
import {displayName} from '../read/file-name.js'
import {readNotice} from '../pipeline.js'
import {isNotice, notANotice, notANoticeNote} from '../validate/not-a-notice.js'
import {noticeOptions, type NoticeFlags} from './notice-options.js'
import {failedLine, recordLine, type BatchResult, type BatchTask} from './batch-record.js'

export type {BatchResult, BatchTask} from './batch-record.js'

/**
 * Reads and parses one document.
 *
 * @param task
 *   Which file.
 * @param flags
 *   The options of `parse` that change the model (reference date, encoding), and `--max-size`.
 * @returns
 *   Its record.
 */
export async function runTask(task: BatchTask, flags: NoticeFlags): Promise<BatchResult> {
  try {
    const bytes = task.bytes ?? (await readInput(task.file, noStdin, {path: task.path, regularOnly: task.regularOnly, maxSize: flags.maxSize}))
    const {notice, text} = readNotice(bytes, noticeOptions(task.file, flags))
    refuseBlank(task.file, text)
    if (task.regularOnly && !isNotice(notice, text)) {
      const line = recordLine({file: task.file, ok: false, skipped: notANotice})
      return {id: task.id, ok: false, skipped: true, message: notANoticeNote(task.file), line}
    }

    return {id: task.id, ok: true, line: recordLine({file: task.file, ok: true, notice})}
  } catch (error) {
    const failure = error instanceof InputError ? 'input' : 'parse'
    const message =
      error instanceof InputError ? error.message : `${displayName(task.file)}: could not be parsed: ${error instanceof Error ? error.message : String(error)}`
    return {id: task.id, ok: false, failure, message, line: failedLine(task.file, message)}
  }
}

async function noStdin(): Promise<Uint8Array> {
  // The main thread reads standard input and sends its bytes; a worker asked for it has a bug.
  throw new Error('standard input is read by the main thread')
}

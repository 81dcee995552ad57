/**
 * The NDJSON record of a batch and the message types between the main thread and the workers. No
 * pipeline import here: the main thread of a batch loads this, never the pipeline.
 */

export interface BatchTask {
  id: number
  /** Printable name, for the record and messages. */
  file: string
  /** What to open when it is not `file` (a name that is not UTF-8, or has control characters). */
  path?: string | Uint8Array | undefined
  /** Found in a directory or by a glob: only a regular file is read, and one that is not a notice is skipped. */
  regularOnly?: boolean | undefined
  /** Contents of standard input when `file` is '-' (only the main thread can read it). */
  bytes?: Uint8Array
}

export interface BatchResult {
  id: number
  /**
   * The record, one line of NDJSON with its newline, as UTF-8. Bytes rather than a string: a worker
   * hands their buffer over (postMessage transfer list) instead of the main thread receiving a copy of
   * every record on its heap, which is not capped (src/cli/pool.ts) and grew to 50 MB over a batch.
   */
  line: Uint8Array<ArrayBuffer>
  ok: boolean
  /**
   * Why it failed: 'input' for a file that cannot be read or decoded (exit code 2), 'parse' for a
   * document the pipeline could not read (exit code 1).
   */
  failure?: 'input' | 'parse'
  /** Set for a file a walk found that is not a notice (validate/not-a-notice.ts): no failure, a note. */
  skipped?: boolean
  /** The one-line message for stderr. */
  message?: string
}

const utf8 = new TextEncoder()

/**
 * A record as the line of NDJSON it is written as: `{file, ok: true, notice}`; `{file, ok: false, error}`
 * for a file that gave no notice; `{file, ok: false, skipped}` for one a walk found that is not a notice
 * (`ok` says whether there is a notice; `skipped`, unlike `error`, is no failure).
 */
export function recordLine(
  record: {file: string; ok: true; notice: unknown} | {file: string; ok: false; error: string} | {file: string; ok: false; skipped: string}
): Uint8Array<ArrayBuffer> {
  return utf8.encode(`${JSON.stringify(record)}\n`)
}

/** The record of a file that gave no notice. */
export function failedLine(file: string, message: string): Uint8Array<ArrayBuffer> {
  return recordLine({file, ok: false, error: message})
}

/**
 * The NDJSON record of a batch and the message types between the main thread and the workers. No
 * pipeline import here: the main thread of a batch loads this, never the pipeline.
 */

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

/** The record of a file that gave no notice. */
export function failedLine(file: string, message: string): string {
  return `${JSON.stringify({file, ok: false, error: message})}\n`
}

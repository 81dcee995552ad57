/** The side effects the CLI needs, injected so tests run it in-process with fakes. */
export interface CliIo {
  argv: string[]
  /** Takes text, and the bytes of batch records (as a Node stream does). */
  stdout: {write(chunk: string | Uint8Array): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  /**
   * Reads all of standard input; given a limit, it may stop once more than that many bytes arrived (the
   * reader reports the excess), so that `yes | directive parse -` ends.
   */
  readStdin(limit?: number): Promise<Uint8Array>
  /** Current date (for "today" defaults); injected for reproducible tests. */
  now?: Date
  /** Environment variables the CLI reads (SOURCE_DATE_EPOCH, NO_COLOR, GITHUB_ACTIONS …). */
  env?: Record<string, string | undefined>
}

/** Exit codes, as documented in the README and `--help`. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]

/** Raised by a command to stop with an exit code after its message was written. */
export class CliExit extends Error {
  constructor(readonly code: ExitCode) {
    super(`exit ${code}`)
  }
}

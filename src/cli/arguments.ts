/** Parsers and checks of option values and arguments, with messages that say what is expected. */
import {InvalidArgumentError} from 'commander'
import {parseSize} from '../read/size.js'
import {CliExit, exitCodes, type CliIo} from './io.js'

/** A calendar date written YYYY-MM-DD that exists. */
export function isoDateArgument(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got “${value}”`)
  }

  return value
}

/** A whole number of worker threads, at least 1. */
export function jobsArgument(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new InvalidArgumentError(`expected a whole number of jobs from 1 to 9999, got “${value}”`)
  return Number(value)
}

/** `--max-size`: bytes, or a number with K, M or G (binary units: 10M is 10 MiB). */
export function sizeArgument(value: string): number {
  const bytes = parseSize(value)
  if (bytes === null) throw new InvalidArgumentError(`expected a size such as 10M, 512K or 1G, got “${value}”`)
  return bytes
}

/** A repeatable option's values, in order (`--rule a=off --rule b=off`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

/**
 * Refuses `-` named more than once: standard input can be read only once, and a second `-` would be
 * read as an empty document (or the first one twice).
 *
 * @param files
 *   The FILE... arguments.
 * @param io
 *   For the message.
 * @throws {CliExit}
 *   2 when `-` is repeated.
 */
export function stdinOnce(files: readonly string[], io: CliIo): void {
  if (files.filter((file) => file === '-').length < 2) return
  io.stderr.write('directive: "-" (standard input) is named more than once; it can be read only once\n')
  throw new CliExit(exitCodes.usage)
}

/** Parsers for option values, with messages that say what is expected. */
import {InvalidArgumentError} from 'commander'

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

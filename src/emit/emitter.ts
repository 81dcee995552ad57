/**
 * What an output format is: a name, its file extensions, a one-line description for `--help`, its own
 * command-line options, and a function from models to text. Formats that merge several notices into one
 * output (a calendar, a checklist) take them all at once.
 */
import type {Notice} from '../model/schema.js'
import {showControls} from '../text/visible-controls.js'

/** One option a format adds to `directive parse`: plain data, which the CLI turns into a command-line option. */
export interface EmitterOption {
  /** The flag with its value's name, e.g. `--remind <list>`, or a negation such as `--no-bom`. */
  flags: string
  description: string
  /** Default value shown in `--help` and used when the flag is absent. */
  default?: string | boolean | undefined
  /** Parses and checks a value; throws an {@link OptionValueError} saying what it expected on bad input. */
  parse?: ((value: string) => unknown) | undefined
}

/**
 * A value an option's `parse` does not take. Its own class rather than the CLI parser's, so emitters do
 * not depend on the CLI: the CLI reports it as a usage error.
 */
export class OptionValueError extends Error {}

export interface EmitContext {
  /** Whether the output has several documents (NDJSON for JSON). */
  multiple: boolean
  /** Today's date in Vietnam (YYYY-MM-DD), or `--today`: for "days left" and overdue groups. */
  today: string
  /** Every option of `parse` as the CLI parsed it (camelCase keys), including each format's own. */
  options: Record<string, unknown>
  /** Environment variables (SOURCE_DATE_EPOCH for reproducible timestamps). */
  env: Record<string, string | undefined>
  /**
   * Decoded text of each input (what positions point into), in the order of the notices; filled by the
   * CLI for formats that show the source (html), absent when a caller has only models.
   */
  sources?: readonly (string | undefined)[] | undefined
}

export interface Emitter {
  format: string
  /** File extensions of this format, lower case with the dot: `-o` picks the format from them. */
  extensions: readonly string[]
  description: string
  /** A flag that selects this format directly, e.g. `--ics`. */
  shortcut?: string
  /** Options of this format, added to `directive parse`. */
  options?: EmitterOption[]
  /**
   * Plain text a person reads in a terminal (the outline, the checklist): control characters that came
   * from the documents are written as visible escapes (`\x1B`) rather than passed to the terminal.
   */
  terminal?: boolean
  /** Renders the models of all inputs, in order. */
  emit(notices: Notice[], context: EmitContext): string
}

/**
 * Declares an emitter.
 * @param emitter
 *   The format.
 * @returns
 *   The same format; for a `terminal` one, its output with the controls made visible.
 */
export function defineEmitter(emitter: Emitter): Emitter {
  if (!emitter.terminal) return emitter
  const {emit} = emitter
  return {...emitter, emit: (notices, context) => showControls(emit(notices, context))}
}

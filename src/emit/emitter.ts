/**
 * What an output format is: a name, a file extension, a one-line description for `--help`, and a function
 * from models to text. Formats that merge several notices into one output (a calendar) take them all.
 */
import type {Notice} from '../model/schema.js'

export interface EmitOptions {
  /** Whether the output has several documents (NDJSON for JSON). */
  multiple: boolean
}

export interface Emitter {
  format: string
  extension: string
  description: string
  /** Renders the models of all inputs, in order. */
  emit(notices: Notice[], options: EmitOptions): string
}

/** Declares an emitter (identity function that fixes its type). */
export function defineEmitter(emitter: Emitter): Emitter {
  return emitter
}

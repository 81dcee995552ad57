/** The output formats, by name. Adding a format is adding a file and a line here. */
import json from './json.js'
import text from './text.js'
import type {Emitter} from './emitter.js'

export const emitters: Record<string, Emitter> = {text, json}

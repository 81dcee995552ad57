/** The output formats, by name. Adding a format is adding a file and a line here. */
import ics from './ics.js'
import json from './json.js'
import text from './text.js'
import checklist from './checklist.js'
import csv from './csv.js'
import html from './html.js'
import type {Emitter} from './emitter.js'

export const emitters: Record<string, Emitter> = {text, json, ics, checklist, csv, html}

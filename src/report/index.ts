/** The output formats of `directive validate`, by name. Adding one is adding a file and a line here. */
import github from './github.js'
import json from './json.js'
import sarif from './sarif.js'
import stylish from './stylish.js'
import type {Reporter} from './reporter.js'

export const reporters: Record<string, Reporter> = {stylish, json, github, sarif}

/** Models → JSON: pretty for one notice, one compact document per line (NDJSON) for several. */
import {defineEmitter} from './emitter.js'

export default defineEmitter({
  format: 'json',
  extensions: ['.json', '.ndjson'],
  shortcut: '--json',
  description: 'the model as JSON (NDJSON, one line per file, with several files)',
  emit(notices, context) {
    if (context.multiple) return notices.map((notice) => JSON.stringify(notice)).join('\n') + '\n'
    return notices.map((notice) => JSON.stringify(notice, null, 2)).join('\n') + '\n'
  }
})

/** TODO: tasks. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'tasks',
  extract() {
    return []
  }
})

/** TODO: routing. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'routing',
  extract() {
    return []
  }
})

/** TODO: references. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'references',
  extract() {
    return []
  }
})

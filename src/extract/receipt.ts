/** TODO(header helper): receipt. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'receipt',
  extract() {
    return null
  }
})

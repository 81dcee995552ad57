/** TODO(header helper): signature. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'signature',
  extract() {
    return null
  }
})

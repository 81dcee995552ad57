/** TODO: recipients. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'recipients',
  extract() {
    return []
  }
})

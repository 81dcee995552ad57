/** TODO(header helper): meeting. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'meeting',
  extract() {
    return null
  }
})

/** TODO: figures. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'figures',
  extract() {
    return []
  }
})

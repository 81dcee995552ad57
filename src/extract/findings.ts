/** TODO: findings. */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'findings',
  extract() {
    return []
  }
})

/** Header → document: type, number, date, place, issuer and title (trích yếu). */
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'document',
  extract() {
    return {type: {code: null, name: null, raw: null}, title: null, issuer: null, number: null, date: null, place: null, position: null}
  }
})

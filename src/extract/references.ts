/** Body paragraphs → references to other documents (Kết luận số 18-KL/TW, ngày 02/4/2026 của …). */
import {findReferences} from '../references/index.js'
import type {Reference} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor} from './extractor.js'
import {bodyParagraphs} from './paragraphs.js'

export default defineExtractor({
  key: 'references',
  extract(context) {
    const references: Reference[] = []
    for (const paragraph of bodyParagraphs(context)) {
      for (const match of findReferences(paragraph.text)) {
        references.push({
          raw: fold(match.raw),
          kind: match.kind,
          number: match.number,
          date: match.date,
          issuer: match.issuer,
          position: context.position(paragraph, match.index, match.index + match.length)
        })
      }
    }

    return references
  }
})

/** Body paragraphs → references to other documents (Kết luận số 18-KL/TW, ngày 02/4/2026 của …). */
import {findReferences} from '../references/index.js'
import type {Reference} from '../model/schema.js'
import {fold, foldKey} from '../text/fold.js'
import {defineExtractor} from './extractor.js'
import {bodyParagraphs} from './paragraphs.js'

/** A number as compared with another: no spaces, marks or case ("4385/QĐ-BVHTTDL" = "4385/QD-BVHTTDL"). */
function symbolKey(number: string): string {
  return foldKey(number).replace(/\s+/gu, '')
}

export default defineExtractor({
  key: 'references',
  extract(context) {
    const references: Reference[] = []
    // The document naming itself ("Kế hoạch này được ban hành kèm theo Quyết định số …" of its own
    // number, an appendix's "(Kèm theo Công văn số …)") cites nothing.
    const own = context.draft.document?.number
    const self = own ? symbolKey(own) : null
    for (const paragraph of bodyParagraphs(context)) {
      for (const match of findReferences(paragraph.text)) {
        if (self && match.number && symbolKey(match.number) === self) continue
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

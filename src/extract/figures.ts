/** Body paragraphs → figures: money, percentages and other measured quantities, Vietnamese-formatted. */
import {findFigures} from '../figures/index.js'
import type {Figure} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor} from './extractor.js'
import {bodyParagraphs} from './paragraphs.js'

export default defineExtractor({
  key: 'figures',
  extract(context) {
    const figures: Figure[] = []
    for (const paragraph of bodyParagraphs(context)) {
      for (const match of findFigures(paragraph.text)) {
        figures.push({
          value: match.value,
          unit: match.unit,
          raw: fold(match.raw),
          approximate: match.approximate,
          metric: match.metric,
          position: context.position(paragraph, match.index, match.index + match.length)
        })
      }
    }

    return figures
  }
})

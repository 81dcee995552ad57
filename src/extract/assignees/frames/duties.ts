/**
 * A heading that names whose duties follow: "Trách nhiệm của các tổ chức, doanh nghiệp …", "Nhiệm vụ
 * của Sở Y tế": the body is responsible for the items under it.
 */
import {dutyOf} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const duties = new PhraseTable(dutyOf)

export const dutiesFrame: Frame = {
  name: 'duties',
  read(reading: Reading) {
    for (const start of reading.clauseStarts) {
      const length = duties.match(reading.words, start)
      if (length === 0) continue
      reading.add(start + length, readName(reading.words, start + length), 'responsible')
    }
  }
}

/**
 * "X chủ trì …", "X là cơ quan chủ trì", "X: Chủ trì, phối hợp …": X leads. Not the noun "(phân công)
 * cơ quan chủ trì" nor the passive "được giao chủ trì", whose subject is not the words before them.
 */
import {chairing, chairingAsNoun} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import type {Frame, Reading} from '../reading.js'

const chairs = new PhraseTable(chairing)
const notSubject = new PhraseTable(chairingAsNoun)

export const chairsFrame: Frame = {
  name: 'chairs',
  read(reading: Reading) {
    const {words} = reading
    for (const [index] of reading.occurrences(chairs)) {
      // "Ban Quản lý Dự án 85 khẩn trương tiếp tục chủ trì", "Bộ Tài chính: (1) Chủ trì": the subject stands
      // before the adverbs, the colon, the item's number.
      const end = reading.backOver(index)
      const noun = words[end - 1]?.capital === false && notSubject.matchBefore(words, end) > 0
      const subject = noun ? -1 : reading.subjectBefore(end, true)
      if (subject >= 0) reading.add(subject, end, 'lead')
    }
  }
}

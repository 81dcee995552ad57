/**
 * "X chủ trì …", "X là cơ quan chủ trì", "X: Chủ trì, phối hợp …": X leads. Not the noun "(phân công)
 * cơ quan chủ trì" nor the passive "được giao chủ trì", whose subject is not the words before them.
 */
import {chairing, chairingAsNoun} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {bareNoun} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const chairs = new PhraseTable(chairing)
const notSubject = new PhraseTable(chairingAsNoun)

export const chairsFrame: Frame = {
  name: 'chairs',
  read(reading: Reading) {
    const {words} = reading
    for (let index = 0; index < words.length; index++) {
      const length = chairs.match(words, index)
      if (length === 0) continue
      // "Ban Quản lý Dự án 85 khẩn trương tiếp tục chủ trì", "Bộ Tài chính: (1) Chủ trì": the subject stands
      // before the adverbs, the colon, the item's number.
      const end = reading.backOver(index)
      const previous = words[end - 1]
      const noun = previous && !previous.capital && [1, 2].some((back) => notSubject.match(words, end - back) === back)
      const subject = noun ? -1 : reading.subjectBefore(end, true)
      if (subject >= 0 && !bareNoun(words, subject, end)) reading.add(subject, end, 'lead')
      index += length - 1
    }
  }
}

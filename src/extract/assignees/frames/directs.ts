/**
 * "X lãnh đạo, chỉ đạo Y triển khai …", "Đồng chí X chỉ đạo …", "Chỉ đạo HĐND xã tăng cường …": X
 * directs, Y carries it out (leads). Without a body after it, a body told to direct is responsible for
 * it; an office-holder directs.
 */
import {directing, directingAsNoun, modals} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {bareNoun, isOfficial, readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const directs = new PhraseTable(directing)
/** "theo chỉ đạo của", "sự lãnh đạo": the noun, not the verb. */
const adverbs = new PhraseTable(modals)
const nounUse = new PhraseTable(directingAsNoun)

export const directsFrame: Frame = {
  name: 'directs',
  read(reading: Reading) {
    const {words} = reading
    for (const [index, length] of reading.occurrences(directs)) {
      const opens = reading.clauseStart(index) === index
      if ((words[index]?.capital && !opens) || nounUse.match(words, index - 1) > 0) continue

      // "Chỉ đạo, hướng dẫn kịp thời các tổ chức tín dụng …": an adverb may stand before the body.
      const from = index + length + adverbs.match(words, index + length)
      const object = readName(words, from)
      const subject = opens ? -1 : reading.subjectBefore(index, true)
      // Inside a noun phrase ("văn bản của Thường trực chỉ đạo các cơ quan …") it assigns no one.
      const carries = object > 0 && !bareNoun(words, from, object) && (opens || subject >= 0)
      if (subject >= 0) reading.add(subject, index, carries || isOfficial(words, subject) ? 'directing' : 'responsible')
      if (carries) reading.add(from, object, 'lead')
    }
  }
}

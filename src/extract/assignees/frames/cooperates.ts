/** "phối hợp (chặt chẽ) với Y": Y cooperates. */
import {cooperating} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {bareNoun, readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const cooperates = new PhraseTable(cooperating)

export const cooperatesFrame: Frame = {
  name: 'cooperates',
  read(reading: Reading) {
    const {words} = reading
    for (let index = 0; index < words.length; index++) {
      const length = cooperates.match(words, index)
      if (length === 0) continue
      // "X phối hợp với Y": X does it, Y cooperates (X's own frame may have read it already).
      const subject = words[index - 1]?.mark ? -1 : reading.subjectBefore(index, true)
      if (subject >= 0 && !bareNoun(words, subject, index)) reading.add(subject, index, 'responsible')
      const to = readName(words, index + length)
      if (to > 0 && !bareNoun(words, index + length, to)) reading.add(index + length, to, 'support')
      index += length - 1
    }
  }
}

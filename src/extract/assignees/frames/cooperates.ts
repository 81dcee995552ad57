/** "phối hợp (chặt chẽ) với Y": Y cooperates. */
import {cooperating} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const cooperates = new PhraseTable(cooperating)

export const cooperatesFrame: Frame = {
  name: 'cooperates',
  read(reading: Reading) {
    const {words} = reading
    for (const [index, length] of reading.occurrences(cooperates)) {
      // "X phối hợp với Y": X does it, Y cooperates (X's own frame may have read it already).
      const subject = words[index - 1]?.mark ? -1 : reading.subjectBefore(index, true)
      if (subject >= 0) reading.add(subject, index, 'responsible')
      reading.add(index + length, readName(words, index + length), 'support')
    }
  }
}

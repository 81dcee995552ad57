/**
 * "X chịu trách nhiệm …", "X được giao …": X answers for it; the closing article of a decision lists
 * those accountable one per semicolon ("Chánh Văn phòng …; Giám đốc các Sở …; Chủ tịch UBND các xã …
 * chịu trách nhiệm thi hành Quyết định này").
 */
import {accountable, chairing} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {bareNoun, readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const answers = new PhraseTable(accountable)
const chairs = new PhraseTable(chairing)
/** Most names read in one semicolon list. */
const maxListed = 12

export const accountableFrame: Frame = {
  name: 'accountable',
  read(reading: Reading) {
    const {words} = reading
    for (const [index, length] of reading.occurrences(answers)) {
      const subject = reading.subjectBefore(index)
      if (subject < 0 || bareNoun(words, subject, index)) continue
      const names: Array<[number, number]> = [[subject, index]]
      let start = subject
      while (names.length < maxListed && words[start - 1]?.text === ';') {
        let from = start - 1
        while (from > 0 && !/^[.;:]$/u.test(words[from - 1]?.text ?? '')) from--
        if (readName(words, from) !== start - 1) break
        names.unshift([from, start - 1])
        start = from
      }

      const role = chairs.match(words, index + length) > 0 ? 'lead' : 'responsible'
      for (const [from, to] of names) reading.add(from, to, role)
    }
  }
}

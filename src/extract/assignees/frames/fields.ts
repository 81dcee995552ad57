/**
 * Labelled fields of a plan's items: "Cơ quan chủ trì: Sở Nội vụ", "Đơn vị phối hợp thực hiện: Sở Tài
 * chính, UBND các xã". The whole value up to the clause end is one name, commas included.
 */
import {fieldLabels, fieldRoles} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import type {Frame, Reading, Role} from '../reading.js'

const label = new PhraseTable(fieldLabels)
const roles = new PhraseTable(fieldRoles)

/** Words that may follow the role word before the colon ("chủ trì | tham mưu thực hiện:"). */
const extraWords = 4

/** "Đơn vị phối hợp:" supports, "Cơ quan chỉ đạo:" directs, "Đơn vị thực hiện:" is responsible. */
const fieldRole: Record<string, Role> = {PHOI: 'support', CHI: 'directing', THUC: 'responsible'}

export const fieldsFrame: Frame = {
  name: 'fields',
  read(reading: Reading) {
    const {words} = reading
    for (let index = 0; index < words.length; index++) {
      // "Đơn vị chủ trì tham mưu thực hiện: Sở Nội vụ": a few words may follow the role word.
      const length = roles.match(words, index)
      let role = length
      while (role > 0 && role < length + extraWords && words[index + role] && !words[index + role]?.mark) role++
      if (role === 0 || words[index + role]?.text !== ':') continue
      // "Chủ trì:" alone or after "Cơ quan"; not "… được giao chủ trì:" inside a sentence.
      const before = index - 1
      const labelled = label.match(words, Math.max(0, before - 1)) === 2 || label.match(words, Math.max(0, before)) === 1
      // "chủ trì:", "phối hợp:" may stand alone; "thực hiện:", "chỉ đạo:" only after "Cơ quan", "Đơn vị".
      const alone = ['CHU', 'PHOI'].includes(words[index]?.key ?? '')
      // Words between the role and the colon only in a labelled field: "phối hợp với các Bộ: …" is a list.
      if (!labelled && !(alone && role === length && (before < 0 || words[before]?.mark))) continue
      // One name per ";", up to the sentence's end: "Đơn vị phối hợp: A, B; C và các đơn vị liên quan."
      const named = fieldRole[words[index]?.key ?? ''] ?? 'lead'
      let from = index + role + 1
      for (let end = from; end <= words.length; end++) {
        const mark = words[end]?.text ?? '.'
        if (mark !== ';' && mark !== '.') continue
        if (end > from) reading.add(from, end, named)
        from = end + 1
        index = end
        // The next field ("…; Cơ quan phối hợp: …") is read on its own.
        if (mark === '.' || words.slice(from, from + 5).some((word) => word.text === ':')) break
      }
    }
  }
}

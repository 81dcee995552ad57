/**
 * Labelled fields of a plan's items: "Cơ quan chủ trì: Sở Nội vụ", "Đơn vị phối hợp thực hiện: Sở Tài
 * chính, UBND các xã". The whole value up to the clause end is one name, commas included.
 */
import {PhraseTable} from '../../../text/words.js'
import type {Frame, Reading} from '../reading.js'

const label = new PhraseTable(['cơ quan', 'đơn vị', 'chủ thể', 'bộ phận'])
const roles = new PhraseTable(['chủ trì', 'phối hợp', 'chủ trì thực hiện', 'phối hợp thực hiện'])

export const fields: Frame = {
  name: 'fields',
  read(reading: Reading) {
    const {words} = reading
    for (let index = 0; index < words.length; index++) {
      const role = roles.match(words, index)
      if (role === 0 || words[index + role]?.text !== ':') continue
      // "Chủ trì:" alone or after "Cơ quan"; not "… được giao chủ trì:" inside a sentence.
      const before = index - 1
      const labelled = label.match(words, Math.max(0, before - 1)) === 2 || label.match(words, Math.max(0, before)) === 1
      if (before >= 0 && !labelled && !(words[before]?.mark ?? false)) continue
      let end = index + role + 1
      while (end < words.length && !/^[.;]$/u.test(words[end]?.text ?? '')) end++
      const from = index + role + 1
      if (end > from) reading.add(from, end, words[index]?.key === 'PHOI' ? 'support' : 'lead')
      index = end
    }
  }
}

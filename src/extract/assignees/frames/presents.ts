/**
 * A meeting's agenda: "Nghe Đảng ủy UBND xã báo cáo Kế hoạch …", "Nghe Ban Xây dựng Đảng trình bày …":
 * the body heard presents the item, so it is who prepares it.
 */
import {hearing, presenting} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const hears = new PhraseTable(hearing)
const presents = new PhraseTable(presenting)

export const presentsFrame: Frame = {
  name: 'presents',
  read(reading: Reading) {
    const {words} = reading
    for (const [index, length] of reading.occurrences(hears)) {
      const to = readName(words, index + length)
      if (to > 0 && presents.match(words, to) > 0) reading.add(index + length, to, 'responsible')
    }
  }
}

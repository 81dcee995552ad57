/**
 * "Giao X …", "Đề nghị X …", "Yêu cầu X …", "Phân công X …": the body after the word that assigns is
 * responsible; it leads when "chủ trì" follows, and an office-holder told to "chỉ đạo" directs.
 */
import {assigning, beforeAssigned, chairing, directing} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {isOfficial, readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const assigns = new PhraseTable(assigning)
const chairs = new PhraseTable(chairing)
const directs = new PhraseTable(directing)
const skipped = new PhraseTable(beforeAssigned)

export const assignsFrame: Frame = {
  name: 'assigns',
  read(reading: Reading) {
    const {words} = reading
    for (const [index, length] of reading.occurrences(assigns)) {
      // A capital after a name's word is part of it ("Bộ Giao thông vận tải"); "được giao" is passive.
      const previous = words[index - 1]
      if ((words[index]?.capital && previous && !previous.mark && previous.capital) || previous?.lower === 'được') continue
      const from = index + length + skipped.match(words, index + length)
      const to = readName(words, from)
      if (to < 0) continue
      const after = to + skipped.match(words, to)
      // "Đề nghị UBND tỉnh X chỉ đạo Sở Y …": X directs Y; an office-holder told to "chỉ đạo" directs.
      const direct = directs.match(words, after)
      const directsBody = direct > 0 && readName(words, after + direct) > 0
      const role = chairs.match(words, after) > 0 ? 'lead' : direct > 0 && (directsBody || isOfficial(words, from)) ? 'directing' : 'responsible'
      reading.add(from, to, role)
    }
  }
}

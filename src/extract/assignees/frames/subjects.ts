/**
 * A clause whose subject is a body followed by its action: "Bộ Công Thương khẩn trương tổng hợp …",
 * "Sau mỗi đợt đồng bộ, cơ sở đào tạo thực hiện …", "Về …: Sở Y tế tổ chức …", a heading "Sở Xây
 * dựng:", "Đối với Ủy ban nhân dân các xã: …". The subject is responsible.
 */
import {agentMarkers, assigning, chairing, conditionWords, frontedOpeners, nameEnders, notActing, regarding} from '../../../lexicon/actions.js'
import {PhraseTable} from '../../../text/words.js'
import {bareNoun, hasArticle, readName} from '../name.js'
import type {Frame, Reading} from '../reading.js'

const acts = new PhraseTable(nameEnders)
const chairs = new PhraseTable(chairing)
/** What may follow a name without making it a subject ("Ủy ban nhân dân tỉnh về việc …"). */
const notActs = new PhraseTable(notActing)
/** "X đề nghị Y …", "Thành phố cũng giao Y …": X asks; Y is who acts. */
const asks = new PhraseTable([...assigning, ...assigning.map((word) => `cũng ${word}`)])
const regardingWords = new PhraseTable(regarding)
const agents = new PhraseTable(agentMarkers)
const openers = new PhraseTable(frontedOpeners)
const conditions = new PhraseTable(conditionWords)

/** Whether the clause before the comma at `from` is a fronted phrase: it opens with one's word, or says "nếu". */
function fronted(reading: Reading, from: number): boolean {
  const start = reading.clauseStart(from)
  if (openers.match(reading.words, start) > 0) return true
  for (let index = start; index < from; index++) if (conditions.match(reading.words, index) > 0) return true
  return false
}

export const subjectsFrame: Frame = {
  name: 'subjects',
  read(reading: Reading) {
    const {words} = reading
    for (let from = 0; from < words.length; from++) {
      const opens = reading.clauseStart(from) === from
      const afterComma = words[from - 1]?.text === ','
      if ((!opens && !afterComma) || reading.covered(from)) continue
      const regard = opens ? regardingWords.match(words, from) : 0
      // "… thì do Quân ủy Trung ương quyết định": the agent after "do" is the subject.
      const start = from + regard + (regard === 0 ? agents.match(words, from) : 0)
      const to = readName(words, start)
      if (to < 0 || bareNoun(words, start, to)) continue
      // After a comma only a name that stands out (a capital, "các …", a noun after a fronted phrase:
      // "Trong quá trình thực hiện, cơ quan, đơn vị …"), and not the rest of a list whose start was read as
      // a name already ("kiểm tra các cơ sở, nhà máy sản xuất …" names what is checked).
      if (!opens && !words[start]?.capital && !hasArticle(words, start) && !fronted(reading, from)) continue
      if (!opens && reading.inList(from)) continue
      const next = words[to]
      // A name alone, or before a colon that ends the text, is a heading: `readSubjectHeading` reads it.
      if (regard > 0 || (opens && next?.text === ':' && to + 1 < words.length)) {
        // "Đối với X: …" speaks to X; "Đối với X, Y quyết định …" only says what Y's act is about.
        if (next?.text === ':') reading.add(start, to, chairs.match(words, to + 1) > 0 ? 'lead' : 'responsible')
        continue
      }

      // "Các bộ, ngành, khẩn trương rà soát …": a comma may stand before the action.
      const act = next?.text === ',' && acts.match(words, to + 1) > 0 && notActs.match(words, to + 1) === 0 ? to + 1 : to
      if (words[act] && !words[act]?.mark && acts.match(words, act) > 0 && notActs.match(words, act) === 0 && asks.match(words, act) === 0) {
        reading.add(start, to, 'responsible')
      }
    }
  }
}

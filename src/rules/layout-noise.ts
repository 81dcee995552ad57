/**
 * Note (info) the lines printed on the page that are not the document's text: a gazette's running head
 * ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2026"), an electronic signature's stamp ("Ký bởi: …", "Thời gian ký:
 * …"). The reader leaves them out of every task; this says so, with the first one's place, so a reader
 * of the output knows why the text runs on across them. Examples: fixtures/rules/layout-noise/.
 */
import {isLayoutNoise} from '../parse/layout.js'
import {defineRule} from './rule.js'

export default defineRule({
  id: 'layout-noise',
  severity: 'info',
  description: 'Gazette running heads and e-signature stamps are left out of the text (noted)',
  descriptionVi: 'Tiêu đề trang Công báo và dấu chữ ký số được bỏ ra khỏi nội dung (có ghi chú)',
  check(_notice, report, context) {
    const {text} = context
    let count = 0
    let first: [number, number] | null = null
    for (let start = 0; start <= text.length; ) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 ? text.length : newline
      const line = text.slice(start, end).trim()
      if (line && isLayoutNoise(line)) {
        count++
        if (!first) {
          const from = start + text.slice(start, end).indexOf(line)
          first = [from, from + line.length]
        }
      }

      if (newline < 0) break
      start = newline + 1
    }

    if (count === 0 || !first) return
    report(
      {
        en: `Unexpected ${count} ${count === 1 ? 'line' : 'lines'} of page furniture (a gazette’s running head, an e-signature stamp) in the text, expected document text: left out of every task`,
        vi: `Có ${count} dòng không thuộc nội dung văn bản (tiêu đề trang Công báo, dấu chữ ký số); đã bỏ qua khi đọc nhiệm vụ`
      },
      context.position(first[0], first[1])
    )
  }
})

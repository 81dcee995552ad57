/**
 * Warn when a document symbol (the notice's own number or a cited one) fits neither the State pattern
 * (NĐ 30/2020: `123/QĐ-UBND`, `300/2025/NĐ-CP`) nor the Party one (HD 36: `18-KL/TW`): a truncated
 * `33/CT`, an unknown type code, a symbol broken by OCR. A bare number (`Nghị quyết số 57`) is an
 * informal citation, not a symbol, and is left alone. Examples: fixtures/rules/malformed-reference/.
 */
import {isWellFormedSymbol} from '../references/index.js'
import type {Position} from '../model/schema.js'
import {defineRule, type RuleContext} from './rule.js'

export default defineRule({
  id: 'malformed-reference',
  severity: 'warning',
  description: 'Document symbols fit the State (123/QĐ-UBND) or Party (18-KL/TW) pattern',
  descriptionVi: 'Số, ký hiệu văn bản đúng thể thức của Nhà nước (123/QĐ-UBND) hoặc của Đảng (18-KL/TW)',
  check(notice, report, context) {
    const own = notice.document.number
    if (own !== null && !isWellFormedSymbol(own)) {
      const position = notice.document.position && find(own, notice.document.position, context)
      report(
        {
          en: `Unexpected malformed number “${own}” of this notice, expected a symbol such as “123/TB-UBND” or “18-TB/TU”`,
          vi: `Số, ký hiệu “${own}” của văn bản này không đúng thể thức; cần ghi theo mẫu như “123/TB-UBND” hoặc “18-TB/TU”`
        },
        position ?? notice.document.position
      )
    }

    for (const reference of notice.references) {
      const symbol = reference.number
      if (symbol === null || !/[/-]/u.test(symbol) || isWellFormedSymbol(symbol)) continue
      report(
        {
          en: `Unexpected malformed symbol “${symbol}” in a reference, expected a symbol such as “123/QĐ-UBND”, “300/2025/NĐ-CP” or “18-KL/TW”`,
          vi: `Ký hiệu “${symbol}” của văn bản được viện dẫn không đúng thể thức; cần ghi theo mẫu như “123/QĐ-UBND”, “300/2025/NĐ-CP” hoặc “18-KL/TW”`
        },
        find(symbol, reference.position, context) ?? reference.position
      )
    }
  }
})

/** Span of a symbol inside a larger span, when it is written there as found. */
function find(symbol: string, within: Position, context: RuleContext<unknown>): Position | null {
  const at = context.text.slice(within.start.offset, within.end.offset).indexOf(symbol)
  if (at < 0) return null
  const start = within.start.offset + at
  return context.position(start, start + symbol.length)
}

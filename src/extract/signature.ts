/**
 * Closing → signature: authority (`T/L BAN THƯỜNG VỤ`, `KT. CHỦ TỊCH`; a chain of them joined with
 * ` / `: `TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG`), the signer's title (`PHÓ CHÁNH VĂN PHÒNG`) and name, as
 * written. `(Đã ký)` and other noise are skipped. Null when none of the three is found.
 */
import {defineExtractor} from './extractor.js'
import {analyzeClosing} from './header/closing.js'
import {spanOf} from './header/span.js'

export default defineExtractor({
  key: 'signature',
  extract(context) {
    const signature = analyzeClosing(context).signature
    const position = spanOf(context, signature.parts)
    if (!position) return null
    return {authority: signature.authority, title: signature.title, name: signature.name, position}
  }
})

/**
 * Header → document: type, number, date, place, issuer and title (trích yếu).
 *
 * Presentation rules:
 * - `type.raw` and `title` are kept as written (whitespace folded; an all-caps first title line stays
 *   all-caps), so they slice back to the source.
 * - `issuer` is given in running-text case (`ỦY BAN NHÂN DÂN` / `THÀNH PHỐ HÀ NỘI` → `Ủy ban nhân dân thành
 *   phố Hà Nội`), from the issuer lines at the top left; the last body named there is the issuer (a parent
 *   body above it is dropped). Without issuer lines it is read from the title (`KẾT LUẬN CỦA BAN THƯỜNG VỤ
 *   THÀNH ỦY …` → `Ban Thường vụ Thành ủy`) or from the signer's authority (`T/L BAN THƯỜNG VỤ`).
 * - `number` is the symbol without `Số:` and without spaces (`6240 /BGDĐT-KHCNTT` → `6240/BGDĐT-KHCNTT`);
 *   null when its number is left blank (`Số: /QĐ-UBND`), whose type code is still read. The stamp's
 *   purely numeric `Số: 41037` is never the document's number.
 * - `date` is null when any part of `ngày … tháng … năm …` is blank.
 */
import {defineExtractor} from './extractor.js'
import {analyzeHeader} from './header/header.js'
import {spanOf} from './header/span.js'

export default defineExtractor({
  key: 'document',
  extract(context) {
    const header = analyzeHeader(context)
    const position = spanOf(context, [
      ...header.issuerParts,
      ...header.numberParts,
      ...header.dateParts,
      header.type.part,
      ...header.titleParts
    ])
    return {
      type: {code: header.type.code, name: header.type.name, raw: header.type.raw},
      title: header.title,
      issuer: header.issuer,
      number: header.number,
      date: header.date,
      place: header.place,
      position
    }
  }
})

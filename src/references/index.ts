/**
 * Citations of other documents in Vietnamese directive text (State and Party systems, DOMAIN.md §1).
 *
 * - {@link findReferences}: every citation, in text order, with UTF-16 offsets into the given string.
 *   NFD or mixed input is matched as NFC; offsets and `raw` still refer to the original string.
 * - {@link isWellFormedSymbol}: strict NĐ 30 / HD 36 symbol check, on the symbol as written.
 * - {@link parseSymbol}: tolerant split of a symbol or a `Số: …` header line into its parts.
 *
 * Decisions (each has a test in test/references):
 * - `Nghị quyết số 57 về …` is a reference with number "57". Without "số" (`Chỉ thị 11`) a bare number
 *   counts only after a capitalised type word, on the same line, at most 4 digits, not a year
 *   1900–2099 and not followed by a unit ("Kế hoạch 5 năm", "Báo cáo 6 tháng" are not references).
 * - `Quyết định của Bộ Chính trị số 31-QĐ/TW`: the issuer between type word and number is read
 *   (capitalised type word, at most 8 words, no comma, no other type word in it).
 * - Bare symbols in running text (`theo 460/TB-VPCP`) are references; kind comes from the type code
 *   (KL → Kết luận, State TT → Thông tư, Party TT → Thông tri); a State symbol without a type code
 *   (`3722/VPCP-CN`) is a Công văn; `64/2025/QH15` alone has kind null. A bare State symbol without a
 *   year must start its code with two capitals (`5/KH-UBND`, not `Tổ 5/Khu 3`).
 * - Lists: `Nghị quyết số 18-NQ/TW, 19-NQ/TW của …` and `…, số 85/… và số 1713/…` give one reference
 *   per symbol; a continued item inherits the kind of the item before it, and an issuer that closes
 *   the list is copied back to earlier items without one (so `issuer` may lie outside their `raw`).
 * - The document's own number is not a citation: a symbol whose line starts with `Số`/`Số:` (Markdown
 *   and table decoration allowed), or that is followed on its line by `<Place>, ngày` (OCR'd header
 *   lines without "Số"). The ĐẾN stamp's `Số: 41037` has no symbol and is never matched.
 *   {@link parseSymbol} does read such header lines.
 * - Dates: `ngày 02/4/2026` (also `.`/`-`), `ngày 17 tháng 11 năm 2025`, optional comma before "ngày".
 *   An impossible or OCR-damaged date (`31/02/2024`, `08/6/20210`) stays in `raw` with `date` null.
 * - Issuer: from "của X" after the number/date up to `; , . ( ) : / * |`, a line end, or a lower-case
 *   stop phrase (về, V/v, quy định, thực hiện, tại, theo, ngày, và <type word>, …), at most 12 words.
 *   Known central bodies override the cut (`Bộ Văn hóa, Thể thao và Du lịch`, `Bộ Chính⏎trị`) and end
 *   the name before trailing lower-case words (`Chính phủ sửa đôi` → `Chính phủ`); a hard line wrap is
 *   crossed inside a two-syllable word (`Thành⏎phố`) or after an unfinished word (`tỉnh⏎Trà Vinh`).
 * - OCR tolerance: type words match with lost or wrong diacritics (`Chi thị`, `Quyêt định`), `so`/`sô`
 *   for "số", symbols with spaces (`6240 /BGDĐT-KHCNTT`, `1400 - CV/VPTU`, `84 QĐ/TWĐTN`) or a line
 *   break after a hyphen. `number` is canonical: spaces removed, `Ð`→`Đ`, `KI`→`KL`, `QĐUBND`→`QĐ-UBND`,
 *   `NĐCP`→`NĐ-CP`, `QĐ-Tg`→`QĐ-TTg`, a glued `ngày` cut off (`47/NQ-CPngày`).
 *
 * Known limits:
 * - `Kết luận của Đoàn Kiểm tra, giám sát số 4 của Bộ Chính trị` is not found (the comma stops the
 *   interposed issuer, and "số 4" numbers the team, not the document).
 * - Lists of plain numbers (`Nghị quyết số 18, 19`) yield only the first; an issuer written before the
 *   citation (`chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 05/CT-TTg`) is not attached.
 * - `TP. Hà Nội` in an issuer is cut at the period; a type word split by a table pipe is missed.
 * - A line that starts with a capitalised `Số 85/…` in running text is taken for a header.
 * - Symbol groups are at most 24 characters and 9 groups; other OCR damage (`227/QĐ-TTE`) is kept.
 * - Address-like `12/KP3` would be reported as a bare symbol.
 */

export {findReferences, type ReferenceMatch} from './find.js'
export {canonicalSymbol, isWellFormedSymbol, kindFromSymbol, parseSymbol, type ParsedSymbol} from './symbol.js'

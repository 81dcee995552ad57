/**
 * Error when the text looks like it went through the wrong encoding: UTF-8 read as Windows-1252
 * (“ThÃ´ng bÃ¡o”), legacy Vietnamese TCVN3/ABC (“Th«ng b¸o”) or VNI (“Thoâng baùo”) text read as
 * Latin-1, or characters already lost (U+FFFD). Nothing else in the model can be trusted then.
 * Each kind is a pattern of characters that Vietnamese never has in that place; the kind with the most
 * hits is reported once, at its first hit, when there are at least three (one stray “m³” or a «quote»
 * is not mojibake). Examples: fixtures/rules/suspect-encoding/.
 */
import {allMatches} from '../text/all-matches.js'
import {defineRule, type Message} from './rule.js'

/** Bytes 0x80–0xBF of a UTF-8 sequence as Windows-1252 (or Latin-1) shows them. */
const CONTINUATION = '[\\u0080-\\u009F\\u00A1-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]'

interface Kind {
  /** How the text came to look like this. */
  name: Message
  /** What to do about it. */
  fix: Message
  pattern: RegExp
}

const kinds: Kind[] = [
  {
    name: {en: 'UTF-8 text decoded as Windows-1252 (mojibake)', vi: 'mã UTF-8 bị đọc theo bảng mã Windows-1252 (lỗi phông)'},
    fix: {en: 'decode the original bytes as UTF-8', vi: 'mở lại tệp gốc bằng bảng mã UTF-8'},
    // Two-byte letters (ô, đ, ư, ơ: lead bytes C3–C6), ạ…ỹ (E1 BA/BB …) and “ ” – (E2 80 …).
    pattern: new RegExp(`[ÃÄÅÆ]${CONTINUATION}|á[º»]${CONTINUATION}|â€${CONTINUATION}`, 'gu')
  },
  {
    name: {en: 'TCVN3 (ABC) text decoded as Latin-1', vi: 'mã TCVN3 (ABC) bị đọc theo bảng mã Latin-1'},
    fix: {en: 'convert it from TCVN3 to Unicode', vi: 'chuyển mã từ TCVN3 sang Unicode'},
    // á à ả ã ạ ă â đ ê ô ơ ư … of TCVN3, inside a word.
    // The rare character comes first and the letter before it is looked at behind it: a pattern that
    // starts with a look-behind is tried at every position of the text.
    pattern: /[\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE\u00C6\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6\u00D7\u00D8\u00DC\u00DE\u00DF\u00E4\u00E5\u00E6\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6\u00F7\u00F8\u00FB\u00FC\u00FE](?<=\p{sc=Latn}.)(?=\p{sc=Latn})/gu
  },
  {
    name: {en: 'VNI text decoded as Latin-1', vi: 'mã VNI bị đọc theo bảng mã Latin-1'},
    fix: {en: 'convert it from VNI to Unicode', vi: 'chuyển mã từ VNI sang Unicode'},
    // Marks written as a second letter after the vowel: aâ eâ oâ aê (â ê ô ă), aù aø aû aõ aï (tones),
    // ö for ư inside a word, ñ for đ at its start. Pairs that Vietnamese has (oà, uâ, uê) are not used.
    // Each alternative starts with its mark character, for the same reason as above.
    pattern: /[\u00E2\u00EA\u00C2\u00CA](?<=[aeoAEO].)|[\u00F9\u00F8\u00FB\u00F5\u00EF\u00E5\u00E4\u00EB\u00FC](?<=[aeiouyAEIOUY].)|[\u00F6\u00D6](?<=\p{sc=Latn}.)(?=\p{sc=Latn})|[\u00F1\u00D1](?<!\p{sc=Latn}.)(?=[aeiouyAEIOUY])/gu
  },
  {
    name: {en: 'characters lost in an earlier conversion (U+FFFD)', vi: 'ký tự đã bị mất ở một lần chuyển mã trước đó (U+FFFD)'},
    fix: {en: 'go back to the original file and decode it with its real encoding', vi: 'lấy lại tệp gốc và mở bằng đúng bảng mã của tệp'},
    pattern: /\uFFFD/gu
  }
]

/** Fewer hits than this are stray symbols, not a wrong encoding. */
const THRESHOLD = 3

export default defineRule({
  id: 'suspect-encoding',
  severity: 'error',
  description: 'The text is Unicode Vietnamese, not mojibake or TCVN3/VNI read as another encoding',
  descriptionVi: 'Văn bản là tiếng Việt Unicode, không bị lỗi phông hay là TCVN3/VNI bị đọc theo bảng mã khác',
  check(_notice, report, context) {
    let best: {kind: Kind; count: number; first: number} | null = null
    for (const kind of kinds) {
      let count = 0
      let first = -1
      for (const match of allMatches(kind.pattern, context.text)) {
        if (first < 0) first = match.index
        count++
      }

      if (count >= THRESHOLD && (best === null || count > best.count)) best = {kind, count, first}
    }

    if (best === null) return
    const [start, end] = wordAround(context.text, best.first)
    const {kind, count} = best
    const word = context.text.slice(start, end)
    report(
      {
        en: `Unexpected ${kind.name.en}, ${count} suspect characters from “${word}” on, expected Unicode Vietnamese: ${kind.fix.en}`,
        vi: `Văn bản có vẻ sai bảng mã: ${kind.name.vi}, ${count} ký tự đáng ngờ kể từ “${word}”; cần ${kind.fix.vi}`
      },
      context.position(start, end)
    )
  }
})

/** The word around an offset, at most 24 characters each way. */
function wordAround(text: string, at: number): [number, number] {
  let start = at
  while (start > 0 && at - start < 24 && !/\s/u.test(text[start - 1] ?? ' ')) start--
  let end = at + 1
  while (end < text.length && end - at < 24 && !/\s/u.test(text[end] ?? ' ')) end++
  return [start, end]
}

/**
 * A full day-first date broken by whitespace at a slash: a line wrapped inside it by a PDF conversion
 * (`20/1⏎/2024`, `15/10/⏎2024`) or a space put in by OCR (`15/ 10/2024`). chrono's slash parser reads
 * only the part before the break, and its year would then be guessed. The year must be written in full
 * (four digits): with a short one the pieces are as likely two numbers.
 *
 * Examples: `20/1\n/2024` · `trước ngày 15/ 10/2024` · `05 / 6 / 2026`.
 * Not: `15/10/2024` (no break: chrono's), `số 12/ 3/2024` (a document number).
 */
import {isValidYmd} from '../calendar.js'
import {setYmd} from '../meta.js'
import {after, before, compile, DOCUMENT_NUMBER, startsWord, WORD_END, WORD_START} from '../patterns.js'
import {DIGIT, gated} from './gate.js'

const DAY_GROUP = 1
const MONTH_GROUP = 2
const YEAR_GROUP = 3


export const brokenSlashDateParser = gated([[DIGIT], ['/']], {
  pattern: compile(`${WORD_START}(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*((?:19|20)\\d\\d)${WORD_END}`),
  extract(context, match) {
    const index = match.index ?? 0
    const text = match[0]
    if (!/\s/u.test(text) || !startsWord(context.text, index)) return null
    if (DOCUMENT_NUMBER.test(before(context.text, index, 20)) || /^\s*\/\s*\p{sc=Latn}/u.test(after(context.text, index + text.length, 4))) return null
    const date = {year: Number(match[YEAR_GROUP]), month: Number(match[MONTH_GROUP]), day: Number(match[DAY_GROUP])}
    if (!isValidYmd(date)) return null
    const result = context.createParsingResult(index, text)
    setYmd(result.start, date, {year: true, month: true, day: true})
    return result.addTag('parser/brokenSlashDate')
  }
})

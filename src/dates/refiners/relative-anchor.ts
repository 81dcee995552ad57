/**
 * Anchor a relative span (`trong vòng 10 ngày làm việc`) on what follows it:
 * - `kể từ ngày 10/6/2026` (a date mention): the span starts that day, the mention takes in the anchor;
 * - `kể từ ngày ký` / `kể từ ngày ban hành`: the document's date, which is the reference (the phrase is
 *   taken into the mention);
 * - `kể từ ngày nhận được văn bản (này)` / `… Công văn này`: the day this document was received (its
 *   incoming stamp, else its date);
 * - `kể từ khi …` / `kể từ ngày nhận được hồ sơ …`: an event: the span names no date (`start`/`end` null);
 * - the days it lasts, written next (`trong 02 ngày, ngày 10 và 11/6/2026`, `trong 03 ngày (từ ngày 10/6)`):
 *   a length, not a time limit: the span is dropped for the dates.
 */
import type {ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import {endOfSpan, readMeta, rebuild, receivedOf, setYmd, ymdOf, type Meta} from '../meta.js'
import {after, SIGNING_DAY, THIS_DOCUMENT, WORD_END} from '../patterns.js'

/** What introduces an anchor: `kể từ`, `tính từ`, after a comma or in brackets (`(kể từ thời điểm …)`). */
const FROM = '^\\s*(?:,\\s*|\\(\\s*)?(?:kể|tính)\\s+từ'
const ANCHOR_WORDS = new RegExp(`${FROM}\\s*$`, 'iu')
const ANCHOR_SIGNING = new RegExp(`${FROM}\\s+${SIGNING_DAY}`, 'iu')
/**
 * Receiving this document: its type, then `này` or the end of the phrase (`… nhận được văn bản đề nghị
 * của …` is another document).
 */
const ANCHOR_RECEIPT = new RegExp(
  `${FROM}\\s+(?:ngày|khi)\\s+nhận\\s+được\\s+${THIS_DOCUMENT}(?:\\s+này${WORD_END}|${WORD_END}(?!\\s+\\p{Ll}))`,
  'iu'
)
const ANCHOR_EVENT = new RegExp(`${FROM}${WORD_END}`, 'iu')
const LENGTH_OF = /^\s*[,:(]\s*(?:từ\s+)?$/u

export const relativeAnchorRefiner: Refiner = {
  refine(context, results) {
    const output: ParsingResult[] = []
    for (let index = 0; index < results.length; index++) {
      const result = results[index]
      if (!result) continue
      const meta = readMeta(result)
      if (!meta.span) {
        output.push(result)
        continue
      }
      const end = result.index + result.text.length
      const next = results[index + 1]
      if (next && next.start.isCertain('day') && !next.end && ANCHOR_WORDS.test(context.text.slice(end, next.index))) {
        const anchor = ymdOf(next.start)
        const last = endOfSpan(anchor, meta.span)
        const start = setYmd(context.createParsingComponents(), anchor, {year: true, month: true, day: true})
        const finish = last ? setYmd(context.createParsingComponents(), last, {year: true, month: true, day: true}) : null
        const {undated: _undated, ...rest} = meta
        output.push(
          rebuild(context, result, {
            text: context.text.slice(result.index, next.index + next.text.length),
            start,
            end: finish,
            meta: {...(last ? rest : {...rest, undated: true}), ...(next.start.isCertain('year') ? {fixed: true} : {})}
          })
        )
        index++
        continue
      }
      if (next && lasts(next) && LENGTH_OF.test(context.text.slice(end, next.index))) continue
      const tail = after(context.text, end, 120)
      const signing = ANCHOR_SIGNING.exec(tail)
      const receipt = signing ? null : ANCHOR_RECEIPT.exec(tail)
      if (signing) {
        output.push(rebuild(context, result, {text: context.text.slice(result.index, end + signing[0].length)}))
      } else if (receipt) {
        output.push(fromReceipt(context, result, meta, end + receipt[0].length))
      } else if (ANCHOR_EVENT.test(tail)) {
        output.push(rebuild(context, result, {meta: {...meta, undated: true}}))
      } else output.push(result)
    }
    return output
  }
}

/**
 * @param result
 *   The mention after a span.
 * @returns
 *   Whether it names days or months of its own (not from the reference): what a span can be the length of.
 */
function lasts(result: ParsingResult): boolean {
  const meta = readMeta(result)
  return result.start.isCertain('month') && !meta.relative && !meta.undated && meta.recurrence === undefined
}

/**
 * @param context
 *   Parsing context.
 * @param result
 *   A relative span.
 * @param meta
 *   Its meta data (with its span).
 * @param end
 *   Where the anchor phrase ends.
 * @returns
 *   The span counted from the day the document was received, the phrase taken in.
 */
function fromReceipt(context: ParsingContext, result: ParsingResult, meta: Meta, end: number): ParsingResult {
  const text = context.text.slice(result.index, end)
  const span = meta.span
  const from = receivedOf(context)
  const last = span ? endOfSpan(from, span) : null
  if (!last) return rebuild(context, result, {text})
  const certain = {year: true, month: true, day: true}
  const start = setYmd(context.createParsingComponents(), from, certain)
  return rebuild(context, result, {text, start, end: setYmd(context.createParsingComponents(), last, certain)})
}

/**
 * Anchor a relative span (`trong vòng 10 ngày làm việc`) on what follows it:
 * - `kể từ ngày 10/6/2026` (a date mention): the span starts that day, the mention takes in the anchor;
 * - `kể từ ngày ký` / `kể từ ngày ban hành`: the document's date, which is the reference (the phrase is
 *   taken into the mention);
 * - `kể từ khi …` / `kể từ ngày nhận được …`: an event: the span names no date (`start`/`end` null).
 */
import type {ParsingResult, Refiner} from 'chrono-node'
import {endOfSpan, readMeta, rebuild, setYmd, ymdOf} from '../meta.js'
import {after} from '../patterns.js'

const ANCHOR_WORDS = /^\s*(?:,\s*)?(?:kể|tính)\s+từ\s*$/iu
const ANCHOR_SIGNING =
  /^\s*(?:,\s*)?(?:kể|tính)\s+từ\s+(?:ngày\s+)?(?:(?:văn\s+bản\s+này\s+)?được\s+)?(?:ký(?:\s+ban\s+hành)?|ban\s+hành)(?:\s+(?:văn\s+bản|kế\s+hoạch|quyết\s+định|thông\s+báo|công\s+văn|chỉ\s+thị)\s+này)?(?![\p{L}\p{N}])/iu
const ANCHOR_EVENT = /^\s*(?:,\s*)?(?:kể|tính)\s+từ(?![\p{L}\p{N}])/iu

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
      const tail = after(context.text, end, 120)
      const signing = ANCHOR_SIGNING.exec(tail)
      if (signing) {
        output.push(rebuild(context, result, {text: context.text.slice(result.index, end + signing[0].length)}))
      } else if (ANCHOR_EVENT.test(tail)) {
        output.push(rebuild(context, result, {meta: {...meta, undated: true}}))
      } else output.push(result)
    }
    return output
  }
}

/**
 * Body lines → paragraphs: the lines of one block joined into one line, so phrases cut by a line break
 * are found whole. Table rows stay separate.
 */
import {joinLines, type Line} from '../parse/line.js'
import {isPageArtifact} from '../parse/layout.js'
import type {ExtractContext} from './extractor.js'

/**
 * Paragraphs of the body and of the attachments and appendices (which often carry task tables).
 *
 * @param context
 *   Extraction context.
 * @returns
 *   One joined line per block.
 */
export function bodyParagraphs(context: ExtractContext): Line[] {
  const selected = [...context.body.lines, ...context.attached.flatMap((region) => region.lines)]
  return joinBrokenParagraphs(paragraphsOf(selected.filter((line) => !isPageArtifact(line))))
}

/**
 * Lines grouped into paragraphs: a new block or a blank line starts one; table rows stay alone. So does a
 * line that follows a finished one and opens with a capital: documents exported from Word or a PDF put
 * their paragraphs on consecutive lines with no blank line between them, which Markdown reads as one
 * paragraph ("… ý kiến chỉ đạo như sau:⏎Giao Sở Công Thương chủ trì …⏎Căn cứ ý kiến chỉ đạo trên …").
 *
 * @param lines
 *   Lines in document order.
 * @returns
 *   One joined line per paragraph.
 */
export function paragraphsOf(lines: Line[]): Line[] {
  const result: Line[] = []
  let group: Line[] = []
  for (const line of lines) {
    // The lines of a group share one block, so the previous line stands for all of them.
    const previous = group.at(-1)
    if (previous && (line.breakBefore || line.block !== previous.block || line.kind === 'table-row' || startsAnew(previous.text, line.text))) {
      result.push(joinLines(group))
      group = []
    }

    group.push(line)
  }

  if (group.length > 0) result.push(joinLines(group))
  return result
}

/**
 * Joins paragraphs that a page break or a blank OCR line cut in two: the first ends without closing
 * punctuation and the next starts in lower case ("… theo Báo cáo số 87/BC-UBND⏎⏎ngày 29 tháng 3 …").
 *
 * @param paragraphs
 *   Paragraphs in order.
 * @returns
 *   Paragraphs with the broken ones joined.
 */
export function joinBrokenParagraphs(paragraphs: Line[]): Line[] {
  const result: Line[] = []
  // Runs are joined once at their end: joining pair by pair copies the growing paragraph each time.
  let run: Line[] = []
  for (const paragraph of paragraphs) {
    const previous = run.at(-1)
    if (!previous || previous.kind === 'table-row' || paragraph.kind === 'table-row' || !continues(previous.text, paragraph.text)) {
      if (run.length > 0) result.push(joinLines(run))
      run = []
    }

    run.push(paragraph)
  }

  if (run.length > 0) result.push(joinLines(run))
  return result
}

/** Whether a line opens a paragraph of its own after `before`: the reverse of `continues`. */
function startsAnew(before: string, after: string): boolean {
  return sentenceEnd.has(lastChar(before)) && /^\p{Lu}/u.test(after.trimStart())
}

/** Ends of a sentence; a closing bracket or quote may end a line in mid-sentence. */
const sentenceEnd = new Set('.;:!?…')
/** Closing punctuation: a paragraph that ends with one is complete. */
const closing = new Set([...sentenceEnd, ...')"”'])

function continues(before: string, after: string): boolean {
  return !closing.has(lastChar(before)) && /^\p{Ll}/u.test(after)
}

/**
 * The last character that is not white space ('' when there is none), found from the end: a pattern
 * anchored at the end, or trimEnd's copy, would cost the whole paragraph.
 */
function lastChar(text: string): string {
  let index = text.length - 1
  while (index >= 0 && /\s/u.test(text[index] ?? '')) index--
  return text[index] ?? ''
}

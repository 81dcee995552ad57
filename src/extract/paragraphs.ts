/**
 * Body lines → paragraphs: the lines of one block joined into one line, so phrases cut by a line break
 * are found whole. Table rows stay separate.
 */
import {joinLines, type Line} from '../parse/line.js'
import type {ExtractContext} from './extractor.js'

/**
 * Paragraphs of the body (and of an appendix, which often carries task tables).
 *
 * @param context
 *   Extraction context.
 * @returns
 *   One joined line per block.
 */
export function bodyParagraphs(context: ExtractContext): Line[] {
  const {lines, layout} = context
  const selected = [...lines.slice(layout.bodyStart, layout.closingStart), ...lines.slice(layout.appendixStart)]
  const result: Line[] = []
  let group: Line[] = []
  for (const line of selected) {
    if (group.length > 0 && (line.block !== group[0]?.block || line.kind === 'table-row')) {
      result.push(joinLines(group))
      group = []
    }

    group.push(line)
  }

  if (group.length > 0) result.push(joinLines(group))
  return result
}

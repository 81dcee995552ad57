/**
 * Layout → the attachments and appendices after the closing, each with an id that starts the ids of its
 * tasks: the type code of an attached document (KH for a Kế hoạch), PL and its number for a Phụ lục.
 */
import {joinLines} from '../parse/line.js'
import {typeByName, type DocumentTypeEntry} from '../lexicon/document-types.js'
import {appendixNumber, attachedTo} from '../lexicon/structure.js'
import type {Part} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor} from './extractor.js'

export default defineExtractor({
  key: 'parts',
  extract(context) {
    const {lines, layout} = context
    const taken = new Set<string>()
    return layout.parts.map((region): Part => {
      const title = lines.slice(region.titleLine, Math.max(region.bodyStart, region.titleLine + 1))
      const note = title.findIndex((line) => attachedTo.test(line.text))
      const titleLines = note > 0 ? title.slice(0, note) : title
      const first = titleLines[0]?.text ?? ''
      const base =
        region.kind === 'appendix'
          ? `PL${appendixNumber.exec(first)?.[1] ?? ''}`
          : (codeOf(typeByName(first)) ?? 'KT')
      let id = base
      for (let count = 2; taken.has(id); count++) id = `${base}~${count}`
      taken.add(id)
      const start = lines[region.start] ?? lines[region.titleLine]
      const last = lines[Math.max(region.start, region.end - 1)] ?? start
      return {
        id,
        kind: region.kind,
        title: fold(joinLines(titleLines).text),
        position: context.source.position(start?.offsets[0] ?? 0, last?.offsets[last.text.length] ?? 0)
      }
    })
  }
})

/** A type's own code, State or Party: KH for a Kế hoạch, CTr for a Chương trình. */
function codeOf(type: DocumentTypeEntry | null): string | null {
  return type?.state ?? type?.party ?? null
}

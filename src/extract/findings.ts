/**
 * Assessment parts → findings: the shortcomings and limitations a notice lists ("tồn tại, hạn chế: (1) …
 * (2) …"), either as items after such a lead-in or under a sub-heading "Hạn chế" / "Tồn tại".
 */
import {joinLines} from '../parse/line.js'
import type {Section} from '../parse/sections.js'
import type {Finding} from '../model/schema.js'
import {fold} from '../text/fold.js'
import {defineExtractor, type ExtractContext} from './extractor.js'
import {isAssessment} from './tasks/scope.js'

const shortcoming = /hạn chế|tồn tại|yếu kém|bất cập|khó khăn, vướng mắc|vướng mắc|khuyết điểm/iu

export default defineExtractor({
  key: 'findings',
  extract(context) {
    const findings: Finding[] = []
    for (const part of context.body.sections.children) {
      if (part.label && part.label.kind !== 'roman' && part.label.kind !== 'part') continue
      if (!isAssessment(part)) continue
      collect(part, context, findings)
    }

    return findings
  }
})

function collect(section: Section, context: ExtractContext, findings: Finding[]): void {
  let active = false
  let previousStart = -1
  for (const child of section.children) {
    if (!child.label || !child.line) continue
    const start = child.line.offsets[0] ?? 0
    // The paragraph right before an item decides: a lead-in naming shortcomings opens the list, any other
    // paragraph closes it.
    const leadIn = section.body.filter((line) => (line.offsets[0] ?? 0) > previousStart && (line.offsets[0] ?? 0) < start).at(-1)
    if (leadIn) active = shortcoming.test(leadIn.text)
    previousStart = start
    if (active) findings.push(toFinding(child, context))
    else if (child.label.kind !== 'paren-number' && shortcoming.test(child.head?.text.slice(0, 60) ?? '')) {
      for (const item of child.children) if (item.label) findings.push(toFinding(item, context))
    } else collect(child, context, findings)
  }
}

function toFinding(section: Section, context: ExtractContext): Finding {
  const lines = [section.head ?? section.line, ...section.body].filter((line) => line !== null)
  const joined = joinLines(lines)
  const start = section.line?.offsets[0] ?? 0
  const last = lines.at(-1)
  const end = last ? (last.offsets[Math.max(last.text.length - 1, 0)] ?? start) + 1 : start
  return {number: section.label?.text ?? null, text: fold(joined.text), position: context.source.position(start, end)}
}

/**
 * The `encoding-*` rules report what the reader noted while decoding (src/read/decode.ts), one finding
 * per note of their id, so that these findings are configured like any other rule's.
 */
import type {DecodeNote} from '../../read/decode.js'
import {defineRule, type Message, type Rule, type Severity} from '../rule.js'

/**
 * Declares the rule for one kind of decoding note.
 *
 * @param id
 *   The notes' `ruleId`, which is the rule's id.
 * @param severity
 *   Default severity.
 * @param description
 *   One line for the README table, in English and Vietnamese.
 * @returns
 *   The rule.
 */
export function decodingRule(id: DecodeNote['ruleId'], severity: Severity, description: Message): Rule {
  return defineRule({
    id,
    severity,
    description: description.en,
    descriptionVi: description.vi,
    check(_notice, report, context) {
      for (const note of context.decoding) {
        if (note.ruleId === id) report(note.message, note.span ? context.position(note.span[0], note.span[1]) : null)
      }
    }
  })
}

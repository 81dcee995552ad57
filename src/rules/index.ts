/**
 * The rules, in the order their findings are listed for one place. Adding a rule is adding its file
 * (`src/rules/<id>.ts`), its fixtures (`fixtures/rules/<id>/`) and a line here.
 */
import type {AnyRule} from './rule.js'
import encodingConverted from './encoding-converted.js'
import encodingInvalidBytes from './encoding-invalid-bytes.js'
import encodingMixed from './encoding-mixed.js'
import noTasks from './no-tasks.js'
import missingDocumentNumber from './missing-document-number.js'
import missingDocumentDate from './missing-document-date.js'
import invalidDate from './invalid-date.js'
import deadlineBeforeDocumentDate from './deadline-before-document-date.js'
import deadlineFarFuture from './deadline-far-future.js'
import taskWithoutAssignee from './task-without-assignee.js'
import taskWithoutDeadline from './task-without-deadline.js'
import uncoveredDeadlines from './uncovered-deadlines.js'
import unresolvedDeadlines from './unresolved-deadlines.js'
import numberingGap from './numbering-gap.js'
import numberingDuplicate from './numbering-duplicate.js'
import routingWithoutLead from './routing-without-lead.js'
import unknownAbbreviation from './unknown-abbreviation.js'
import malformedReference from './malformed-reference.js'
import missingSignature from './missing-signature.js'
import suspectEncoding from './suspect-encoding.js'
import layoutNoise from './layout-noise.js'

export const rules: ReadonlyArray<AnyRule> = [
  // What the reader did to the bytes comes first: nothing else in the model is read before it.
  encodingConverted,
  encodingInvalidBytes,
  encodingMixed,
  noTasks,
  missingDocumentNumber,
  missingDocumentDate,
  invalidDate,
  deadlineBeforeDocumentDate,
  deadlineFarFuture,
  taskWithoutAssignee,
  taskWithoutDeadline,
  uncoveredDeadlines,
  unresolvedDeadlines,
  numberingGap,
  numberingDuplicate,
  routingWithoutLead,
  unknownAbbreviation,
  malformedReference,
  missingSignature,
  suspectEncoding,
  layoutNoise
]

const byId = new Map<string, AnyRule>(rules.map((rule) => [rule.id, rule]))

/** The rule with this id, or undefined. */
export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id)
}

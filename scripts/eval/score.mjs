/**
 * Scores a parsed model against a hand-written answer (fixtures/answers/README.md), field by field:
 * header fields exact, deadline dates as sets (precision and recall), each sampled task found by its
 * snippet, its dates attached to it, its lead among its assignees, references as sets.
 *
 * Pure functions over plain objects, so the runner (scripts/eval.mjs) and the tests share them.
 */

/** Letters without marks, đ as d, lower case: how names and symbols are compared. */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
}

/** A symbol as compared: folded, without spaces (`QĐ` = `QD`, `7432 /UBND-XD` = `7432/UBND-XD`). */
export function symbolKey(text) {
  return fold(text).replace(/\s+/g, '')
}

/** Words of a name as compared: folded, punctuation as spaces, words glued by PDF extraction apart ("uỷUBND"). */
function words(text) {
  return fold(marked(text))
}

/** The words with their marks, lower case: "chí" (đồng chí) is not "chi" (Chi cục). */
function marked(text) {
  return text
    .normalize('NFC')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
}

/** Words that make a different office or body of the name after them: Tổng cục ≠ Cục, Phó Chủ tịch ≠ Chủ tịch. */
const changesHead = new Set(['tổng', 'phó', 'chi'])

/**
 * Whether an assignee's name holds the gold name as whole words, not as the tail of a longer head
 * ("Tổng cục Thuế" does not hold "Cục Thuế").
 */
export function nameHolds(name, gold) {
  const raw = marked(name).split(' ')
  const have = raw.map(fold)
  const want = words(gold).split(' ')
  if (want.length === 0 || want[0] === '') return false
  for (let start = 0; start + want.length <= have.length; start++) {
    if (want.every((word, index) => have[start + index] === word)) {
      if (start > 0 && changesHead.has(raw[start - 1] ?? '')) continue
      return true
    }
  }
  return false
}

/** Text as snippets are compared: NFC, Markdown emphasis out, spaces folded. */
export function comparable(text) {
  return text
    .normalize('NFC')
    .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The task whose own text holds the snippet (the shortest, when several do), or null. */
export function findTask(tasks, snippet) {
  const want = comparable(snippet)
  let best = null
  for (const task of tasks) {
    const text = comparable(task.text)
    if (text.includes(want) && (best === null || text.length < comparable(best.text).length)) best = task
  }
  return best
}

/** Counts of a set comparison. */
function compareSets(found, expected) {
  const want = new Set(expected)
  const have = new Set(found)
  let hits = 0
  for (const value of have) if (want.has(value)) hits++
  return {
    hits,
    found: have.size,
    expected: want.size,
    extra: [...have].filter((value) => !want.has(value)).sort(),
    missed: [...want].filter((value) => !have.has(value)).sort()
  }
}

const headerFields = ['typeCode', 'number', 'date', 'signer']

/** What the model says for one header field, in the answer's terms. */
function modelHeader(notice, field) {
  const document = notice.document
  if (field === 'typeCode') return document.type?.code ?? null
  if (field === 'signer') return notice.signature?.name ?? null
  return document[field] ?? null
}

function sameValue(field, found, expected) {
  if (found === null || expected === null) return found === expected
  if (field === 'date') return found === expected
  return symbolKey(found) === symbolKey(expected)
}

/**
 * Scores one document.
 *
 * @param notice  The parsed model.
 * @param answer  The answer (fixtures/answers/NNN.json).
 * @returns Counts per field and the misses, for the report.
 */
export function scoreDocument(notice, answer) {
  const unscored = new Set(answer.unscored ?? [])
  const header = {right: 0, total: 0, misses: []}
  for (const field of headerFields) {
    if (unscored.has(field)) continue
    const expected = answer.document[field] ?? null
    const found = modelHeader(notice, field)
    header.total++
    if (sameValue(field, found, expected)) header.right++
    else header.misses.push(`${field}: ${JSON.stringify(found)} ≠ ${JSON.stringify(expected)}`)
  }
  if (!unscored.has('receipt')) {
    const expected = answer.receipt ?? null
    const found = notice.receipt
    header.total++
    const same =
      expected === null
        ? found === null
        : found !== null &&
          (found.number ?? null) === (expected.number ?? null) &&
          (found.date ?? null) === (expected.date ?? null)
    if (same) header.right++
    else header.misses.push(`receipt: ${JSON.stringify(found && {number: found.number, date: found.date})} ≠ ${JSON.stringify(expected)}`)
  }

  const dates = compareSets(
    notice.tasks.flatMap((task) => task.deadlines.map((deadline) => deadline.date)),
    answer.deadlineDates
  )

  const tasks = {sampled: 0, found: 0, attached: 0, leads: 0, leadRight: 0, misses: []}
  for (const sample of answer.tasks) {
    tasks.sampled++
    const task = findTask(notice.tasks, sample.snippet)
    const label = sample.snippet.slice(0, 48)
    if (!task) {
      tasks.misses.push(`not found: “${label}”`)
      if (sample.lead) tasks.leads++
      continue
    }
    tasks.found++
    const have = new Set(task.deadlines.map((deadline) => deadline.date))
    const attached = sample.dates.length === 0 ? have.size === 0 : sample.dates.every((date) => have.has(date))
    if (attached) tasks.attached++
    else tasks.misses.push(`dates of ${task.id} “${label}”: [${[...have].join(', ')}] ≠ [${sample.dates.join(', ')}]`)
    if (sample.lead) {
      tasks.leads++
      if (task.assignees.some((assignee) => nameHolds(assignee.name, sample.lead))) tasks.leadRight++
      else {
        const names = task.assignees.map((assignee) => `${assignee.role}: ${assignee.name}`).join('; ')
        tasks.misses.push(`lead of ${task.id} “${label}”: [${names}] ≠ ${sample.lead}`)
      }
    }
  }

  const references = compareSets(
    notice.references.map((reference) => reference.number).filter((number) => number !== null).map(symbolKey),
    answer.references.map(symbolKey)
  )

  return {file: answer.file, issuer: answer.issuer ?? 'state', header, dates, tasks, references}
}

/** Sums of document scores, for a totals row. */
export function sumScores(scores) {
  const total = {
    header: {right: 0, total: 0},
    dates: {hits: 0, found: 0, expected: 0},
    tasks: {sampled: 0, found: 0, attached: 0, leads: 0, leadRight: 0},
    references: {hits: 0, found: 0, expected: 0}
  }
  for (const score of scores) {
    for (const [part, counts] of Object.entries(total)) {
      for (const key of Object.keys(counts)) counts[key] += score[part][key]
    }
  }
  return total
}

/** The figures of a score or a sum: ratios, null where there is nothing to count. */
export function figures(score) {
  const ratio = (part, whole) => (whole === 0 ? null : part / whole)
  return {
    header: ratio(score.header.right, score.header.total),
    datesPrecision: ratio(score.dates.hits, score.dates.found),
    datesRecall: ratio(score.dates.hits, score.dates.expected),
    attached: ratio(score.tasks.attached, score.tasks.sampled),
    found: ratio(score.tasks.found, score.tasks.sampled),
    lead: ratio(score.tasks.leadRight, score.tasks.leads),
    referencesPrecision: ratio(score.references.hits, score.references.found),
    referencesRecall: ratio(score.references.hits, score.references.expected)
  }
}

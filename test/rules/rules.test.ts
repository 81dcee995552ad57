/**
 * Every rule, from its fixtures: `ok.md` gives none of its diagnostics, `not-ok.md` gives exactly the
 * lines of `not-ok.txt` (`line:column-line:column: message`, checked by reading the text). One loop over
 * the registry, so a rule without fixtures fails; one notice with every problem at once.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {rules} from '../../src/rules/index.js'
import type {Diagnostic} from '../../src/model/schema.js'
import type {RuleSettings} from '../../src/rules/run.js'

const fixtures = new URL('../../fixtures/rules/', import.meta.url)
const infrastructure = ['rule.ts', 'index.ts', 'table.ts', 'run.ts']

function diagnose(file: string, settings?: RuleSettings): Diagnostic[] {
  return parseNotice(readFileSync(new URL(file, fixtures)), {path: file, rules: settings}).diagnostics
}

function place(diagnostic: Diagnostic): string {
  const position = diagnostic.position
  return position ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}` : '-'
}

function expectedLines(file: string): string[] {
  return readFileSync(new URL(file, fixtures), 'utf8').split('\n').filter((line) => line !== '')
}

describe('registry', () => {
  it('has every rule file, keyed by its file name', () => {
    const files = readdirSync(new URL('../../src/rules/', import.meta.url))
      .filter((name) => name.endsWith('.ts') && !infrastructure.includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort()
    expect(rules.map((rule) => rule.id).sort()).toEqual(files)
  })

  it('gives each rule kebab-case id, severity, description and an anchored docs link', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.url).toMatch(new RegExp(`^https://.+#rule-${rule.id}$`))
    }
  })

  it('has fixtures only for rules that exist (and the all-problems notice)', () => {
    const folders = readdirSync(fixtures).sort()
    expect(folders).toEqual([...rules.map((rule) => rule.id), '_all'].sort())
  })

  it('defaults the severities the issue asks for', () => {
    const severity = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))
    expect(severity['no-tasks']).toBe('error')
    expect(severity['task-without-deadline']).toBe('info')
    expect(severity['deadline-before-document-date']).toBe('warning')
  })
})

describe.each(rules.map((rule) => [rule.id]))('%s', (id) => {
  it('has ok.md, not-ok.md and a non-empty not-ok.txt', () => {
    for (const name of ['ok.md', 'not-ok.md', 'not-ok.txt']) expect(existsSync(new URL(`${id}/${name}`, fixtures)), `${id}/${name}`).toBe(true)
    expect(expectedLines(`${id}/not-ok.txt`).length).toBeGreaterThan(0)
  })

  it('finds nothing in ok.md', () => {
    expect(diagnose(`${id}/ok.md`).filter((diagnostic) => diagnostic.ruleId === id)).toEqual([])
  })

  it('finds what not-ok.txt lists in not-ok.md, at those places', () => {
    const found = diagnose(`${id}/not-ok.md`).filter((diagnostic) => diagnostic.ruleId === id)
    expect(found.map((diagnostic) => `${place(diagnostic)}: ${diagnostic.message}`)).toEqual(expectedLines(`${id}/not-ok.txt`))
  })

  it('words its messages “Unexpected X, expected Y”', () => {
    for (const line of expectedLines(`${id}/not-ok.txt`)) expect(line).toMatch(/^(?:-|\d+:\d+-\d+:\d+): Unexpected .+, expected .+/)
  })

  it('can be turned off and have its severity changed', () => {
    expect(diagnose(`${id}/not-ok.md`, new Map([[id, {severity: 'off'}]])).some((diagnostic) => diagnostic.ruleId === id)).toBe(false)
    const raised = diagnose(`${id}/not-ok.md`, new Map([[id, {severity: 'error'}]])).filter((diagnostic) => diagnostic.ruleId === id)
    expect(raised.length).toBeGreaterThan(0)
    expect(raised.every((diagnostic) => diagnostic.severity === 'error')).toBe(true)
  })
})

describe('a notice with every problem at once', () => {
  const found = diagnose('_all/not-ok.md')

  // No tasks contradicts this notice's tasks; a file's bytes are either converted, damaged or mixed, and
  // each of those has its own fixture; every deadline of this notice sits in a task (uncovered deadlines
  // have their own fixture); this notice has a receipt date, so every deadline can be dated (unresolved
  // deadlines need a notice with no date at all).
  const elsewhere = new Set(['no-tasks', 'encoding-converted', 'encoding-invalid-bytes', 'encoding-mixed', 'uncovered-deadlines', 'unresolved-deadlines'])

  it('reports each rule at the right place (those of another kind of file aside)', () => {
    expect(found.map((diagnostic) => `${place(diagnostic)}: ${diagnostic.ruleId}: ${diagnostic.message}`)).toEqual(expectedLines('_all/not-ok.txt'))
    expect(new Set(found.map((diagnostic) => diagnostic.ruleId))).toEqual(new Set(rules.map((rule) => rule.id).filter((id) => !elsewhere.has(id))))
  })

  it('points at the text each finding is about', () => {
    const text = readFileSync(new URL('_all/not-ok.md', fixtures), 'utf8')
    const slice = (id: string): string[] =>
      found.filter((diagnostic) => diagnostic.ruleId === id).map((diagnostic) => text.slice(diagnostic.position?.start.offset, diagnostic.position?.end.offset))
    expect(slice('deadline-before-document-date')).toEqual(['hoàn thành trước ngày 08/6/2026'])
    expect(slice('deadline-far-future')).toEqual(['hoàn thành trước ngày 20/7/2062'])
    expect(slice('invalid-date')).toEqual(['30/02/2026'])
    expect(slice('malformed-reference')).toEqual(['33/CT'])
    expect(slice('numbering-duplicate')).toEqual(['(2)'])
    expect(slice('numbering-gap')).toEqual(['4.'])
    expect(slice('suspect-encoding')).toEqual(['tÞch'])
  })
})

describe('the seed notice', () => {
  const seed = readFileSync(new URL('../../fixtures/corpus/000_6f075bdf8dff8ead.txt', import.meta.url))
  const text = seed.toString('utf8')
  const found = parseNotice(seed, {path: 'seed'}).diagnostics

  it('warns that 7.2 (1)(i) was due before the notice arrived, at “trước ngày 05/6/2026” on line 94', () => {
    const late = found.filter((diagnostic) => diagnostic.ruleId === 'deadline-before-document-date')
    expect(late).toHaveLength(1)
    expect(late[0]?.severity).toBe('warning')
    expect(late[0]?.message).toContain('II.7.2.1.i')
    expect(late[0]?.message).toContain('06/06/2026')
    expect(late[0]?.position?.start.line).toBe(94)
    expect(text.slice(late[0]?.position?.start.offset, late[0]?.position?.end.offset)).toBe('trước ngày 05/6/2026')
  })

  it('has no error (it is a directive, its dates exist, its text is Unicode)', () => {
    expect(found.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
  })
})

describe('options', () => {
  it('deadline-far-future: `years` moves the limit', () => {
    const lenient = diagnose('deadline-far-future/not-ok.md', new Map([['deadline-far-future', {severity: 'warning', options: {years: 50}}]]))
    expect(lenient.some((diagnostic) => diagnostic.ruleId === 'deadline-far-future')).toBe(false)
  })

  it('uncovered-deadlines: `threshold` raises the count a region needs', () => {
    const strict = diagnose('uncovered-deadlines/not-ok.md', new Map([['uncovered-deadlines', {severity: 'warning', options: {threshold: 4, thresholdWithoutDeadlines: 4}}]]))
    expect(strict.some((diagnostic) => diagnostic.ruleId === 'uncovered-deadlines')).toBe(false)
  })

  it('unknown-abbreviation: `known` adds an office’s own units and titles', () => {
    const known = new Map([['unknown-abbreviation', {severity: 'warning' as const, options: {known: ['P. QLĐT', 'GĐS']}}]])
    expect(diagnose('unknown-abbreviation/not-ok.md', known).some((diagnostic) => diagnostic.ruleId === 'unknown-abbreviation')).toBe(false)
  })
})

describe('real documents', () => {
  const corpus = new URL('../../fixtures/corpus/', import.meta.url)
  const all = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({name, found: parseNotice(readFileSync(new URL(name, corpus)), {path: name}).diagnostics}))

  it('never takes real Vietnamese, OCR damage included, for a wrong encoding', () => {
    expect(all.filter(({found}) => found.some((diagnostic) => diagnostic.ruleId === 'suspect-encoding')).map(({name}) => name)).toEqual([])
  })

  it('reports the numbering OCR broke in 013 (“©)” read for c), so b) then đ) twice)', () => {
    const found = all.find(({name}) => name === '013.txt')?.found ?? []
    const numbering = found.filter((diagnostic) => diagnostic.ruleId.startsWith('numbering-')).map((diagnostic) => `${diagnostic.ruleId} ${place(diagnostic)}`)
    expect(numbering).toEqual(['numbering-gap 312:1-312:3', 'numbering-duplicate 315:1-315:3'])
  })

  it('is not silent about deadlines no task carries (043: a heading’s “đến Tết”; 055: rows of PHỤ LỤC II)', () => {
    const uncovered = (name: string): string[] =>
      (all.find((each) => each.name === name)?.found ?? [])
        .filter((diagnostic) => diagnostic.ruleId === 'uncovered-deadlines')
        .map((diagnostic) => `${diagnostic.position?.start.line}: ${diagnostic.message}`)
    expect(uncovered('043.txt')).toEqual([
      '167: Unexpected 1 deadline phrase in the body that no task carries, such as “đến Tết Nguyên đán Bính Ngọ 2026”, expected each deadline to belong to a task'
    ])
    expect(uncovered('055.txt')).toEqual([
      '1654: Unexpected 3 deadline phrases in appendix PHỤ LỤC II that no task carries, such as “trong tháng 11/2025”, expected each deadline to belong to a task'
    ])
    // History, a report's time frame, horizons (“tầm nhìn đến năm 2045”) and lone phrases beside dated
    // tasks are no missed work.
    for (const name of ['000_6f075bdf8dff8ead.txt', '023.txt', '034.txt', '040.txt', '052.txt', '058.txt']) expect(uncovered(name), name).toEqual([])
  })

  it('does not see a gap where the skipped item is written but is not a task (025: Điều 2 between Điều 1 and 3)', () => {
    // Its appendix is an OCR'd table whose rows 3 and 4 were run into other lines: a gap there is real.
    const found = all.find(({name}) => name === '025.txt')?.found ?? []
    const appendix = 127
    expect(found.filter((diagnostic) => diagnostic.ruleId === 'numbering-gap' && (diagnostic.position?.start.line ?? 0) < appendix)).toEqual([])
  })
})

describe('what the text-scanning rules tell apart', () => {
  const sentence = 'Thông báo kết luận của Chủ tịch Ủy ban nhân dân thành phố về việc đẩy mạnh cải cách hành chính.'
  const wrap = (body: string): string => `THÔNG BÁO\n\n1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.\n\n${body}\n`
  const kinds = (body: string, id: string): string[] =>
    parseNotice(wrap(body), {reference: '2026-06-20'})
      .diagnostics.filter((diagnostic) => diagnostic.ruleId === id)
      .map((diagnostic) => diagnostic.message)

  it.each([
    ['UTF-8 read as Windows-1252', new TextDecoder('windows-1252').decode(new TextEncoder().encode(sentence)), 'Windows-1252'],
    ['UTF-8 read as Latin-1', Buffer.from(sentence, 'utf8').toString('latin1'), 'Windows-1252'],
    ['TCVN3', 'Th«ng b¸o kÕt luËn cña Chñ tÞch Uû ban nh©n d©n thµnh phè vÒ viÖc ®Èy m¹nh c¶i c¸ch hµnh chÝnh.', 'TCVN3'],
    ['VNI', 'Thoâng baùo keát luaän cuûa Chuû tòch UÛy ban nhaân daân thaønh phoá veà vieäc ñaåy maïnh caûi caùch haønh chính.', 'VNI'],
    ['lost characters', 'Th\uFFFDng b\uFFFDo k\uFFFDt lu\uFFFDn', 'U+FFFD']
  ])('suspect-encoding names %s', (_, body, name) => {
    const found = kinds(body, 'suspect-encoding')
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(name)
  })

  it.each([
    ['Unicode Vietnamese', sentence],
    ['NFD Vietnamese', sentence.normalize('NFD')],
    ['stray symbols', 'Bể chứa 35 m³, nhiệt độ 2°C, mục «Cải cách», giá 5 €, điểm 9½, cà phê, hoà bình, thuê, tuân thủ, khoá học.']
  ])('suspect-encoding leaves %s alone', (_, body) => {
    expect(kinds(body, 'suspect-encoding')).toEqual([])
  })

  it.each([
    ['a leap day', 'ngày 29/02/2028'],
    ['fractions and scores', 'đạt 9/10 chỉ tiêu, 3/4 số xã, tỷ lệ 30/02'],
    ['document symbols', 'Nghị định số 30/2020/NĐ-CP, Quyết định 12/02/2026/QĐ-UBND'],
    ['the thirteenth-month salary', 'trả lương tháng 13 cho người lao động'],
    ['years out of range', 'mã số 31.02.3021'],
    ['a range', 'từ ngày 13-15/6/2026']
  ])('invalid-date leaves %s alone', (_, body) => {
    expect(kinds(body, 'invalid-date')).toEqual([])
  })

  it.each([
    ['30/02/2026', 'month 2 of 2026 has 28 days'],
    ['29.02.2027', 'month 2 of 2027 has 28 days'],
    ['31-04-2026', 'month 4 of 2026 has 30 days'],
    ['15/13/2026', 'there is no month 13'],
    ['00/06/2026', 'month 6 of 2026 has 30 days'],
    ['ngày 30 tháng 02 năm 2026', 'month 2 of 2026 has 28 days'],
    ['NGÀY 32 THÁNG 1 NĂM 2026', 'month 1 of 2026 has 31 days'],
    ['tháng 13 năm 2026', 'there is no month 13'],
    ['ngày 30 tháng 2 năm 2026'.normalize('NFD'), 'month 2 of 2026 has 28 days']
  ])('invalid-date reports %s', (date, why) => {
    const found = kinds(`Báo cáo kết quả ${date}.`, 'invalid-date')
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(why)
  })
})

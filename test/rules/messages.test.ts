/**
 * Every finding in both languages (issue 20, item 2): the English of each rule is what it was (pinned by
 * rules.test.ts), the Vietnamese is pinned beside it in `fixtures/rules/<id>/not-ok.vi.txt`, and over the
 * rule fixtures and the whole corpus each Vietnamese message is real Vietnamese that keeps the ids, dates
 * and quoted text of its English one. `UPDATE=1` rewrites the `.vi.txt` files from the output (a missing one
 * is written too, for review).
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNotice, readNotice} from '../../src/pipeline.js'
import {rules} from '../../src/rules/index.js'
import {describeRule, langs, type Lang} from '../../src/rules/rule.js'
import {runRules} from '../../src/rules/run.js'
import type {Diagnostic, Notice} from '../../src/model/schema.js'

const fixtures = new URL('../../fixtures/rules/', import.meta.url)
const corpus = new URL('../../fixtures/corpus/', import.meta.url)

/** A letter only Vietnamese (among the two languages) writes. */
const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu
/** What a message must carry over into the other language: quoted document text, and ids, numbers and dates. */
const placeholders = /“[^”]*”|[\p{L}\p{N}./~+-]*\p{N}[\p{L}\p{N}./~+-]*/gu

function diagnose(url: URL, lang?: Lang): Diagnostic[] {
  return parseNotice(readFileSync(url), {path: url.pathname.split('/').at(-1) ?? null, ...(lang ? {lang} : {})}).diagnostics
}

function place(diagnostic: Diagnostic): string {
  const position = diagnostic.position
  return position ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}` : '-'
}

/** The same findings in both languages: same rules, places and severities, one message each. */
function pairs(en: Diagnostic[], vi: Diagnostic[]): Array<{ruleId: string; en: string; vi: string}> {
  expect(vi.map((diagnostic) => `${place(diagnostic)} ${diagnostic.ruleId} ${diagnostic.severity}`)).toEqual(
    en.map((diagnostic) => `${place(diagnostic)} ${diagnostic.ruleId} ${diagnostic.severity}`)
  )
  return en.map((diagnostic, index) => ({ruleId: diagnostic.ruleId, en: diagnostic.message, vi: vi[index]?.message ?? ''}))
}

/** A Vietnamese message that says what its English one says about the document. */
function expectTranslated({ruleId, en, vi}: {ruleId: string; en: string; vi: string}): void {
  expect(en, ruleId).toMatch(/^Unexpected .+, expected .+/su)
  expect(vi.trim(), ruleId).not.toBe('')
  expect(vi, ruleId).not.toBe(en)
  expect(vi, ruleId).toMatch(vietnamese)
  expect(vi, ruleId).not.toMatch(/\b(?:Unexpected|expected)\b/u)
  for (const token of en.match(placeholders) ?? []) expect(vi, `${ruleId}: ${token} in “${vi}”`).toContain(token)
}

describe.each([...rules.map((rule) => rule.id), '_all'])('%s', (id) => {
  const folder = new URL(`${id}/`, fixtures)
  const en = diagnose(new URL('not-ok.md', folder), 'en')
  const vi = diagnose(new URL('not-ok.md', folder), 'vi')
  const own = (found: Diagnostic[]): Diagnostic[] => (id === '_all' ? found : found.filter((diagnostic) => diagnostic.ruleId === id))

  it('keeps its English as it was: `en` is the default', () => {
    expect(en).toEqual(diagnose(new URL('not-ok.md', folder)))
  })

  it('words what not-ok.vi.txt lists in Vietnamese, at the places of not-ok.txt', () => {
    const file = new URL('not-ok.vi.txt', folder)
    const lines = own(vi).map((diagnostic) => `${place(diagnostic)}: ${id === '_all' ? `${diagnostic.ruleId}: ` : ''}${diagnostic.message}`)
    if (process.env['UPDATE'] || !existsSync(file)) writeFileSync(file, `${lines.join('\n')}\n`)
    expect(lines).toEqual(readFileSync(file, 'utf8').split('\n').filter((line) => line !== ''))
  })

  it('gives every finding in both languages, the Vietnamese keeping ids, dates and quoted text', () => {
    const found = pairs(own(en), own(vi))
    expect(found.length).toBeGreaterThan(0)
    for (const pair of found) expectTranslated(pair)
  })
})

describe('real documents', () => {
  const names = readdirSync(corpus).filter((name) => name.endsWith('.txt'))

  it.each(names)('%s: every finding in both languages', (name) => {
    for (const pair of pairs(diagnose(new URL(name, corpus), 'en'), diagnose(new URL(name, corpus), 'vi'))) expectTranslated(pair)
  })

  it('names the regions of uncovered deadlines in Vietnamese (043: the body; 055: an appendix, by its own name)', () => {
    const uncovered = (name: string): string[] =>
      diagnose(new URL(name, corpus), 'vi')
        .filter((diagnostic) => diagnostic.ruleId === 'uncovered-deadlines')
        .map((diagnostic) => diagnostic.message)
    expect(uncovered('043.txt')).toEqual([
      'Có 1 cụm thời hạn trong phần nội dung chính không thuộc nhiệm vụ nào (đầu tiên là “đến Tết Nguyên đán Bính Ngọ 2026”); cần kiểm tra xem có nhiệm vụ bị đọc sót không (mỗi thời hạn phải gắn với một nhiệm vụ)'
    ])
    expect(uncovered('055.txt')).toEqual([
      'Có 3 cụm thời hạn trong PHỤ LỤC II không thuộc nhiệm vụ nào (đầu tiên là “trong tháng 11/2025”); cần kiểm tra xem có nhiệm vụ bị đọc sót không (mỗi thời hạn phải gắn với một nhiệm vụ)'
    ])
  })
})

describe('parseNotice({lang})', () => {
  const text = 'THÔNG BÁO\n\n1. Báo cáo kết quả trước ngày 30/02/2026.\n'
  const messages = (lang?: Lang): string[] =>
    parseNotice(text, {reference: '2026-06-20', ...(lang ? {lang} : {})}).diagnostics.map((diagnostic) => `${diagnostic.ruleId}: ${diagnostic.message}`)

  it('defaults to English, as before the option existed', () => {
    expect(messages()).toEqual(messages('en'))
    expect(messages()).toContain('invalid-date: Unexpected impossible date “30/02/2026” (month 2 of 2026 has 28 days), expected a day from 1 to 28')
  })

  it('words the messages in Vietnamese with `vi`, rule ids unchanged', () => {
    expect(messages('vi')).toContain('invalid-date: Ngày tháng “30/02/2026” không có thật (tháng 2 năm 2026 chỉ có 28 ngày); cần ghi ngày từ 1 đến 28')
    expect(messages('vi').map((line) => line.split(':')[0])).toEqual(messages('en').map((line) => line.split(':')[0]))
  })

  it('is followed by readNotice too', () => {
    expect(readNotice(text, {lang: 'vi'}).notice.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(vietnamese)
  })

  it('is passed on by the public parseNotice', async () => {
    const {parseNotice: publicParse} = await import('../../src/index.js')
    const found = (lang: Lang): string[] => publicParse(text, {reference: '2026-06-20', lang}).diagnostics.map((diagnostic) => diagnostic.message)
    expect(found('vi')).toEqual(messages('vi').map((line) => line.slice(line.indexOf(': ') + 2)))
    expect(found('en')).toEqual(messages().map((line) => line.slice(line.indexOf(': ') + 2)))
  })
})

describe('suspect-encoding words each kind of damage in both languages', () => {
  const sentence = 'Thông báo kết luận của Chủ tịch Ủy ban nhân dân thành phố về việc đẩy mạnh cải cách hành chính.'
  const found = (body: string, lang: Lang): Diagnostic[] =>
    parseNotice(`THÔNG BÁO\n\n1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.\n\n${body}\n`, {reference: '2026-06-20', lang}).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'suspect-encoding'
    )

  it.each([
    ['UTF-8 read as Windows-1252', new TextDecoder('windows-1252').decode(new TextEncoder().encode(sentence)), 'Windows-1252'],
    ['TCVN3', 'Th«ng b¸o kÕt luËn cña Chñ tÞch Uû ban nh©n d©n thµnh phè vÒ viÖc ®Èy m¹nh c¶i c¸ch hµnh chÝnh.', 'TCVN3'],
    ['VNI', 'Thoâng baùo keát luaän cuûa Chuû tòch UÛy ban nhaân daân thaønh phoá veà vieäc ñaåy maïnh caûi caùch haønh chính.', 'VNI'],
    ['lost characters', 'Th\uFFFDng b\uFFFDo k\uFFFDt lu\uFFFDn', 'U+FFFD']
  ])('%s', (_, body, name) => {
    const both = pairs(found(body, 'en'), found(body, 'vi'))
    expect(both).toHaveLength(1)
    for (const pair of both) {
      expectTranslated(pair)
      expect(pair.vi).toContain(name)
    }
  })
})

describe('a rule that fails', () => {
  // A model without its lists makes every rule that reads them throw: the runner reports each one.
  const broken = {document: {}} as unknown as Notice
  const source = {text: '', decoding: [], reference: null, position: () => ({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}})}

  it.each(langs)('is reported in %s', (lang) => {
    const failures = runRules(broken, source, new Map(), lang).filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.position === null)
    expect(failures.length).toBeGreaterThan(0)
    for (const failure of failures) expect(failure.message).toMatch(lang === 'vi' ? /^Quy tắc gặp lỗi khi chạy \(.+\)/u : /^Unexpected failure of the rule: .+, expected it to finish$/u)
  })
})

describe('descriptions', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s is described in both languages', (_, rule) => {
    expect(describeRule(rule, 'en')).toBe(rule.description)
    expect(describeRule(rule, 'vi')).toBe(rule.descriptionVi)
    expect(rule.descriptionVi.length).toBeGreaterThan(10)
    expect(rule.descriptionVi).toMatch(vietnamese)
    expect(rule.descriptionVi).not.toBe(rule.description)
  })
})

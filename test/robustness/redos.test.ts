/**
 * Every regular expression in src/ is checked with recheck, a ReDoS analyser: the literals, found by the
 * TypeScript parser, and the ones built at run time with `new RegExp(…)`, caught by wrapping the RegExp
 * constructor while every module loads and while real notices go through the pipeline and the output
 * formats. A 'vulnerable' result fails the test unless the pattern is in `bounded`, with the reason its
 * input can never be long.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {beforeAll, describe, expect, it} from 'vitest'

interface Pattern {
  /** `file:line` of the literal, or of the `new RegExp` call that built it. */
  site: string
  source: string
  flags: string
}

/**
 * Vulnerable by the analyser, but linear where they run: the input is a short slice, or the repetition
 * is bounded. `contains` picks one pattern among those a shared site builds.
 */
const bounded: ReadonlyArray<{site: string; contains?: string; reason: string}> = [
  {site: 'src/emit/text.ts:42', reason: 'applied to task.text.slice(0, 107)'},
  {site: 'src/figures/find.ts:112', reason: 'LAST_WORD runs on `before`, at most QUALIFIER_WINDOW characters before a number'},
  {site: 'src/figures/find.ts:118', reason: 'RANGE_START runs on the last TAIL (48) characters of a subject'},
  {site: 'src/figures/find.ts:119', reason: 'TRAILING_PUNCTUATION runs on the last TAIL (48) characters of a subject'},
  {site: 'src/figures/find.ts:503', reason: 'runs on one word of a window of RELATION_WINDOW (100) characters'},
  {site: 'src/references/find.ts:111', reason: 'ISSUER_STOP runs only in issuerAt, on a window of at most ISSUER_WINDOW (160) characters'},
  {site: 'src/references/find.ts:311', reason: 'runs on window.slice(0, cut), window being at most ISSUER_WINDOW (160) characters'},
  {site: 'src/references/find.ts:319', reason: 'runs on window.slice(0, cut), window being at most ISSUER_WINDOW (160) characters'},
  {
    site: 'src/extract/header/closing.ts:275',
    reason: 'the lookbehind starts each attempt at a "(" or at the start of the spaces before it, and an attempt reads at most 3 + 3 + 2 + 60 characters'
  },
  {
    site: 'src/dates/patterns.ts:63',
    contains: '(ngày\\s+làm\\s+việc|ngày|tuần|tháng|quý|năm|giờ|h)',
    reason: 'number words repeat {0,3} times after a word boundary, so each start does bounded work; the attack the analyser reports runs in linear time (16,000 repetitions: 18 ms)'
  },
  {site: 'src/extract/tasks/deadlines.ts:104', reason: 'runs on before.slice(-60)'},
  {site: 'src/cli/output.ts:34', reason: 'runs on the first HEAD_BYTES (4096) bytes of an existing output file'},
  {
    site: 'src/extract/tasks/assignees.ts:132',
    reason: 'every repetition is bounded ({1,4}, {2,200}, {2,160}) after a literal "Đồng chí"/"Đ/c", so each start does bounded work; 1.28 MB of "Đ/c Đl lãnh đạo " takes 1.6 s, 4× of it 4.2× the time'
  }
]

const root = fileURLToPath(new URL('../..', import.meta.url))
const self = fileURLToPath(import.meta.url)

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

const files = sourceFiles(join(root, 'src'))

/** Regex literals and `new RegExp(` call sites of every source file. */
function scan(): {literals: Pattern[]; constructors: Set<string>} {
  const literals: Pattern[] = []
  const constructors = new Set<string>()
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const site = (node: ts.Node): string => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const slash = text.lastIndexOf('/')
        literals.push({site: site(node), source: text.slice(1, slash), flags: text.slice(slash + 1)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
        constructors.add(site(node))
      }

      ts.forEachChild(node, visit)
    }

    visit(source)
  }

  return {literals, constructors}
}

/** Patterns built with the RegExp constructor by code in src/, with the site that built them. */
async function built(): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>()
  const Original = RegExp
  const record = (args: unknown[]): void => {
    const [pattern, flags] = args
    const source = pattern instanceof Original ? pattern.source : String(pattern)
    // The caller is the first frame outside this file; patterns that libraries build are theirs.
    const frame = (new Error().stack ?? '').split('\n').slice(1).find((line) => !line.includes(self))
    const match = frame?.includes(join(root, 'src/')) ? /\/(src\/[^:)]+\.ts):(\d+)/.exec(frame) : null
    if (!match) return
    const site = `${match[1]}:${match[2]}`
    const allFlags = typeof flags === 'string' ? flags : pattern instanceof Original ? pattern.flags : ''
    seen.set(`${site} ${source} ${allFlags}`, {site, source, flags: allFlags})
  }

  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: unknown[]) {
      record(args)
      return Reflect.construct(target, args) as object
    },
    apply(target, self, args: unknown[]) {
      record(args)
      return Reflect.apply(target, self, args) as unknown
    }
  })
  try {
    // Modules build most patterns as they load; the pipeline and the formats build the rest.
    for (const file of files) {
      if (file.includes('/src/cli/')) continue
      await import(file)
    }

    const {parseNotice} = (await import('../../src/pipeline.js')) as typeof import('../../src/pipeline.js')
    const {emitters} = (await import('../../src/emit/index.js')) as typeof import('../../src/emit/index.js')
    const {findDates} = (await import('../../src/dates/index.js')) as typeof import('../../src/dates/index.js')
    const corpus = readdirSync(join(root, 'fixtures/corpus')).map((name) => readFileSync(join(root, 'fixtures/corpus', name)))
    const notices = corpus.map((bytes) => parseNotice(bytes, {today: '2026-06-10'}))
    for (const emitter of Object.values(emitters)) {
      emitter.emit(notices.slice(0, 3), {multiple: true, today: '2026-06-10', options: {}, env: {}, sources: corpus.slice(0, 3).map(String)})
    }

    findDates('hoàn thành trước ngày 30/6/2026; báo cáo trong quý III/2026, định kỳ hằng tháng', '2026-06-01')
  } finally {
    globalThis.RegExp = Original
  }

  return [...seen.values()]
}

function matches(entry: (typeof bounded)[number], pattern: Pattern): boolean {
  return entry.site === pattern.site && (entry.contains === undefined || pattern.source.includes(entry.contains))
}

function isBounded(pattern: Pattern): boolean {
  return bounded.some((entry) => matches(entry, pattern))
}

interface Verdict {
  pattern: Pattern
  status: string
  attack: string
}

function analyse(patterns: Pattern[]): Verdict[] {
  const unique = new Map<string, Pattern>()
  for (const pattern of patterns) unique.set(`${pattern.site} ${pattern.source} ${pattern.flags}`, pattern)
  return [...unique.values()].map((pattern) => {
    const result = checkSync(pattern.source, pattern.flags, {timeout: 20000})
    const attack = result.status === 'vulnerable' ? `${result.complexity.type}: ${result.attack.pattern}` : ''
    return {pattern, status: result.status, attack}
  })
}

describe('regular expressions (recheck)', () => {
  const {literals, constructors} = scan()
  let verdicts: Verdict[] = []
  let dynamic: Pattern[] = []

  beforeAll(async () => {
    dynamic = await built()
    verdicts = analyse([...literals, ...dynamic])
  }, 900_000)

  it('finds the patterns of every module', () => {
    // A scanner that silently finds nothing would pass everything.
    expect(literals.length).toBeGreaterThan(300)
    expect(dynamic.length).toBeGreaterThan(30)
    const exercised = new Set(dynamic.map((pattern) => pattern.site))
    const missed = [...constructors].filter((site) => !exercised.has(site) && !site.startsWith('src/cli/'))
    expect(missed, 'new RegExp sites never run by this test: exercise them').toEqual([])
  })

  it('has no pattern with super-linear backtracking outside the documented lists', () => {
    const vulnerable = verdicts
      .filter((verdict) => verdict.status === 'vulnerable' && !isBounded(verdict.pattern))
      .map((verdict) => `${verdict.pattern.site} /${verdict.pattern.source}/${verdict.pattern.flags} — ${verdict.attack}`)
    expect(vulnerable).toEqual([])
  })

  it('keeps the allow-list honest: every bounded entry is still a vulnerable pattern at that site', () => {
    const vulnerable = verdicts.filter((verdict) => verdict.status === 'vulnerable').map((verdict) => verdict.pattern)
    const unused = bounded.filter((entry) => !vulnerable.some((pattern) => matches(entry, pattern)))
    expect(unused.map((entry) => `${entry.site} ${entry.contains ?? ''}`)).toEqual([])
  })
})

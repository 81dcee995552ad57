/**
 * Every regular expression in src/ is checked with recheck, a ReDoS analyser: the literals, found by the
 * TypeScript parser, and the ones built at run time with `new RegExp(…)`, caught by wrapping the RegExp
 * constructor while every module loads and while real notices go through the pipeline and the output
 * formats. A 'vulnerable' result fails the test unless the pattern is in `bounded`, with the reason its
 * input can never be long.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {sourceFiles} from '../helpers.js'

interface Pattern {
  /** `file:line` of the literal, or of the `new RegExp` call that built it. */
  site: string
  source: string
  flags: string
}

/**
 * Vulnerable by the analyser, but linear where they run: the input is a short slice, or the repetition
 * is bounded. An entry names its file and the pattern by its whole `source` or a part it `contains`
 * (which also picks one pattern among those a shared site builds), not by line, so that editing a file
 * does not move its entries.
 */
const bounded: ReadonlyArray<{file: string; source?: string; contains?: string; reason: string}> = [
  {file: 'src/emit/text.ts', source: '\\s+\\S*$', reason: 'applied to task.text.slice(0, 107)'},
  {file: 'src/figures/find.ts', source: '([\\p{sc=Latn}\\p{M}]+)[^\\S\\r\\n]*$', reason: 'LAST_WORD runs on `before`, at most QUALIFIER_WINDOW characters before a number'},
  {file: 'src/figures/find.ts', contains: '(?:từ|khoảng)\\s+)?\\d[\\d.,]*', reason: 'RANGE_START runs on the last TAIL (48) characters of a subject'},
  {file: 'src/figures/find.ts', source: '[\\s,;:.\\-–—+<>≤≥=~÷]+$', reason: 'TRAILING_PUNCTUATION runs on the last TAIL (48) characters of a subject'},
  {file: 'src/figures/find.ts', source: '[.!?]+$', reason: 'runs on one word of a window of RELATION_WINDOW (100) characters'},
  {file: 'src/references/find.ts', contains: '[;,.()\\[\\]:"“”!?|*<>\\/]|\\n|', reason: 'ISSUER_STOP runs only in issuerAt, on a window of at most ISSUER_WINDOW (160) characters'},
  {file: 'src/references/find.ts', source: '(\\p{sc=Latn}+)\\s*$', reason: 'runs on window.slice(0, cut), window being at most ISSUER_WINDOW (160) characters'},
  {file: 'src/references/find.ts', source: '\\s+$', reason: 'runs on window.slice(0, cut), window being at most ISSUER_WINDOW (160) characters'},
  {
    file: 'src/dates/patterns.ts',
    contains: '(ngày\\s+làm\\s+việc|ngày|tuần|tháng|quý|năm|giờ|h)',
    reason: 'number words repeat {0,3} times after a word boundary, so each start does bounded work; the attack the analyser reports runs in linear time (16,000 repetitions: 18 ms)'
  },
  {file: 'src/dates/parsers/weekday.ts', contains: '(?:^|[.,;:!?(\\n–-]|', reason: 'INTRO runs on before(text, index, 30)'},
  {file: 'src/extract/tasks/deadlines.ts', contains: '(?:hoàn thành|xong|phấn đấu|thực hiện', reason: 'runs on before.slice(-60)'}
]

const root = fileURLToPath(new URL('../..', import.meta.url))
const self = fileURLToPath(import.meta.url)

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
  // Other test files in this worker may have loaded the modules already (isolate: false).
  vi.resetModules()
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
    const notices = corpus.map((bytes) => parseNotice(bytes, {reference: '2026-06-10'}))
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
  if (!pattern.site.startsWith(`${entry.file}:`)) return false
  return entry.source === undefined ? entry.contains !== undefined && pattern.source.includes(entry.contains) : pattern.source === entry.source
}

function isBounded(pattern: Pattern): boolean {
  return bounded.some((entry) => matches(entry, pattern))
}

interface Verdict {
  pattern: Pattern
  status: string
  checker: string | undefined
  attack: string
}

/**
 * Verdicts, by `flags/source`, for this version of recheck: `test/robustness/redos-verdicts.json`. A verdict
 * depends only on the pattern, but reaching one takes recheck up to seconds of wall-clock time, and on a
 * busy machine its fuzzer's time limits turn a linear pattern into a "vulnerable" one. So `npm test` only
 * reads the file (deterministic), and fails on a pattern it has no verdict for; `npm run check:redos`
 * (`REDOS_UPDATE=1`) analyses every pattern again, best on an idle machine, and writes the file anew
 * (patterns that are gone drop out); `REDOS_UPDATE=new` analyses only the patterns without a verdict. CI
 * runs the full analysis after `npm test`.
 */
const cacheFile = join(root, 'test/robustness/redos-verdicts.json')
const recheckVersion = (JSON.parse(readFileSync(join(root, 'node_modules/recheck/package.json'), 'utf8')) as {version: string}).version
/** `1`: analyse every pattern again (`npm run check:redos`); `new`: only those without a verdict. */
const updating = process.env.REDOS_UPDATE === '1'
const adding = process.env.REDOS_UPDATE === 'new'

type Cached = Omit<Verdict, 'pattern'>

function readCache(): Map<string, Cached> {
  if (updating || !existsSync(cacheFile)) return new Map()
  const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as {recheck: string; verdicts: Record<string, Cached>}
  return data.recheck === recheckVersion ? new Map(Object.entries(data.verdicts)) : new Map()
}

/** Stands for a pattern the verdict file does not have (never written to it). */
const missing: Cached = {status: 'missing', checker: undefined, attack: ''}

function analyse(patterns: Pattern[]): Verdict[] {
  const unique = new Map<string, Pattern>()
  for (const pattern of patterns) unique.set(`${pattern.site} ${pattern.source} ${pattern.flags}`, pattern)
  const cache = readCache()
  const reached = new Map<string, Cached>()
  const verdicts = [...unique.values()].map((pattern): Verdict => {
    const key = `${pattern.flags}/${pattern.source}`
    const known = cache.get(key) ?? reached.get(key) ?? (updating || adding ? check(pattern) : missing)
    if (known !== missing) reached.set(key, known)
    return {pattern, ...known}
  })
  if (updating || adding) {
    const sorted = Object.fromEntries([...reached.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    writeFileSync(cacheFile, `${JSON.stringify({recheck: recheckVersion, verdicts: sorted}, null, 1)}\n`)
  }

  return verdicts
}

function check(pattern: Pattern): Cached {
  // A busy machine must not change a verdict into a failure. recheck's fuzzer confirms an attack when
  // matching takes longer than attackTimeout (wall clock), and on a loaded machine a linear pattern
  // took that long. So a fuzzer's "vulnerable" on a pattern not in the list is checked again with the
  // attack confirmed by steps only: an attack string of at most 30,000 characters that makes the
  // matcher read 10 million (a linear pattern reads a few hundred per character at most; a quadratic
  // one, hundreds of millions). A check that runs out of time ends as "timeout": it fails nothing here.
  let result = checkSync(pattern.source, pattern.flags, {randomSeed: 0, timeout: 20000})
  if (result.status === 'vulnerable' && result.checker === 'fuzz' && !isBounded(pattern)) {
    result = checkSync(pattern.source, pattern.flags, {
      randomSeed: 0,
      timeout: 20000,
      attackTimeout: null,
      attackLimit: 10_000_000,
      maxAttackStringSize: 30_000
    })
  }

  const attack = result.status === 'vulnerable' ? `${result.complexity.type}: ${result.attack.pattern}` : ''
  return {status: result.status, checker: 'checker' in result ? result.checker : undefined, attack}
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

  it('gives every pattern that names a property the u flag', () => {
    // The bundle spells properties out in pieces of strings without seeing the flags they end up with
    // (scripts/spell-out-classes.mjs); without `u`, `\\p{No}` is the letters p{No}.
    const named = [...literals, ...dynamic].filter((pattern) => /\\p\{/.test(pattern.source))
    expect(named.length).toBeGreaterThan(100)
    expect(named.filter((pattern) => !pattern.flags.includes('u')).map((pattern) => pattern.site)).toEqual([])
  })

  it('has a verdict for every pattern (else: npm run check:redos)', () => {
    const missing = verdicts.filter((verdict) => verdict.status === 'missing').map((verdict) => `${verdict.pattern.site} /${verdict.pattern.source}/${verdict.pattern.flags}`)
    expect(missing, 'patterns without a verdict in test/robustness/redos-verdicts.json: run `npm run check:redos`').toEqual([])
  })

  it('has no pattern with super-linear backtracking outside the documented lists', () => {
    const vulnerable = verdicts
      .filter((verdict) => verdict.status === 'vulnerable' && !isBounded(verdict.pattern))
      .map((verdict) => `${verdict.pattern.site} /${verdict.pattern.source}/${verdict.pattern.flags} — ${verdict.attack}`)
    expect(vulnerable).toEqual([])
  })

  it('keeps the allow-list honest: no bounded entry is proven safe', () => {
    // An entry is stale when every pattern it names is proven safe by the automaton checker, which does
    // not depend on time; a fuzzing run that found nothing, or timed out, proves nothing.
    const unproven = verdicts.filter((verdict) => !(verdict.status === 'safe' && verdict.checker === 'automaton')).map((verdict) => verdict.pattern)
    const unused = bounded.filter((entry) => !unproven.some((pattern) => matches(entry, pattern)))
    expect(unused.map((entry) => `${entry.file} ${entry.source ?? entry.contains ?? ''}`)).toEqual([])
  })
})

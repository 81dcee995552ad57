/**
 * `directive validate` as a user runs it: spawned, with a clean environment (no GITHUB_ACTIONS,
 * FORCE_COLOR or NO_COLOR leaking in from CI), checking stdout, stderr and the exit code.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {directive as spawn, type SpawnOptions} from './spawn.js'
import {rules} from '../src/rules/index.js'

/** Reports as on a developer's machine: no CI or colour variables from the environment running the tests. */
const directive = (args: string[], options: SpawnOptions = {}) =>
  spawn(args, {...options, env: {GITHUB_ACTIONS: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env}})

const root = resolve(new URL('..', import.meta.url).pathname)
const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'

interface Options {
  env?: Record<string, string>
  cwd?: string
  stdin?: string
}

interface JsonFile {
  path: string
  errorCount: number
  warningCount: number
  infoCount: number
  diagnostics: Array<{ruleId: string; severity: string; message: string; url: string | null; position: {start: {line: number; column: number}; end: {line: number; column: number}} | null}>
}

function temporary(): string {
  return mkdtempSync(join(tmpdir(), 'directive-validate-'))
}

describe('the seed notice', () => {
  it('passes with warnings, the late deadline of 7.2 (1)(i) reported at line 94', async () => {
    const result = await directive(['validate', seed, '--lang', 'en'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^fixtures\/corpus\/000_6f075bdf8dff8ead\.txt\n/)
    expect(result.stdout).toMatch(
      /\n {2}94:213-94:233 +warning +Unexpected deadline 05\/06\/2026 of task II\.7\.2\.1\.i before the receipt date 06\/06\/2026, expected .+ {2}deadline-before-document-date\n/
    )
    expect(result.stdout).toContain('⚠ 15 problems (0 errors, 9 warnings, 6 info) in 1 file')
    expect(result.stdout).toContain('deadline-before-document-date  https://')
    expect(result.stdout).not.toContain('\u001B[')
  })

  it('fails with --strict', async () => {
    const result = await directive(['validate', seed, '--strict'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('deadline-before-document-date')
  })

  it.each([
    [['--max-warnings', '0'], 1],
    [['--max-warnings', '8'], 1],
    [['--max-warnings', '9'], 0],
    [['--rule', 'deadline-before-document-date=error'], 1],
    [['--rule', 'no-tasks=off'], 0]
  ])('%j exits %i', async (flags, code) => {
    expect((await directive(['validate', seed, ...flags])).code).toBe(code)
  })

  it('carries the same findings in parse --json', async () => {
    const result = await directive(['parse', seed, '--json'])
    const notice = JSON.parse(result.stdout) as {diagnostics: Array<{ruleId: string; position: {start: {line: number}} | null}>}
    const late = notice.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'deadline-before-document-date')
    expect(late.map((diagnostic) => diagnostic.position?.start.line)).toEqual([94])
  })

  it('reads standard input with -', async () => {
    const result = await directive(['validate', '-', '--format', 'json'], {stdin: readFileSync(join(root, seed), 'utf8')})
    expect(result.code).toBe(0)
    const [file] = JSON.parse(result.stdout) as JsonFile[]
    expect(file?.path).toBe('-')
    expect(file?.warningCount).toBe(9)
  })

  it('gives the same report whatever the time zone', async () => {
    const files = [seed, 'fixtures/corpus/013.txt', 'fixtures/corpus/027.txt', 'fixtures/rules/_all/not-ok.md']
    const here = await directive(['validate', ...files, '--format', 'json'], {env: {TZ: 'America/Los_Angeles'}})
    const there = await directive(['validate', ...files, '--format', 'json'], {env: {TZ: 'Asia/Ho_Chi_Minh'}})
    expect(here.stdout).toBe(there.stdout)
    expect(here.stdout.length).toBeGreaterThan(1000)
  })
})

describe('inputs', () => {
  it('walks a directory in sorted order, and fails on 013’s impossible date', async () => {
    const result = await directive(['validate', 'fixtures/corpus', '--format', 'json'])
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => file.path)).toEqual([...files.map((file) => file.path)].sort())
    expect(files).toHaveLength(readdirSync('fixtures/corpus').filter((name) => name.endsWith('.txt')).length)
    expect(files.filter((file) => file.errorCount > 0).map((file) => file.path)).toEqual(['fixtures/corpus/013.txt'])
  })

  it('expands a quoted glob itself', async () => {
    const result = await directive(['validate', 'fixtures/corpus/0[0-1]*.txt', '--format', 'json'])
    const files = JSON.parse(result.stdout) as JsonFile[]
    expect(files.map((file) => file.path)).toEqual(
      ['000_6f075bdf8dff8ead.txt', '001.txt', '002.txt', '010.txt', '011.txt', '012.txt', '013.txt', '014.txt', '015.txt'].map((name) => `fixtures/corpus/${name}`)
    )
  })

  it.each([
    ['a missing file', ['nope.txt'], /^directive: nope\.txt: no such file\n$/],
    ['a glob that matches nothing', ['fixtures/corpus/*.pdf'], /^directive: fixtures\/corpus\/\*\.pdf: no file matches this pattern\n$/],
    ['no argument', [], /missing required argument/],
    ['an unknown format', [seed, '--format', 'xml'], /Allowed choices are stylish, json, github, sarif/],
    ['a bad --max-warnings', [seed, '--max-warnings', 'many'], /expected a whole number of warnings/],
    ['a bad --rule', [seed, '--rule', 'no-tasks'], /^directive: --rule: expected <rule>=<severity>, got “no-tasks”\n$/]
  ])('exits 2 on %s, with one line and nothing on stdout', async (_, args, stderr) => {
    const result = await directive(['validate', ...args])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(stderr)
    expect(result.stdout).toBe('')
  })

  it('exits 2 on a directory without notices', async () => {
    const directory = temporary()
    writeFileSync(join(directory, 'scan.pdf'), '%PDF-1.4')
    mkdirSync(join(directory, '.git'))
    writeFileSync(join(directory, '.git', 'notes.txt'), 'hidden')
    const result = await directive(['validate', directory])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`directive: ${directory}: no notices (*.txt, *.md) in this directory\n`)
    expect(result.stdout).toBe('')
  })

  it('checks nothing when one argument matches nothing, even if others do', async () => {
    const result = await directive(['validate', seed, 'missing/*.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
  })

  it('reports the readable files and exits 1 for an unreadable one', async () => {
    const result = await directive(['validate', seed, 'fixtures/cli/binary.bin', '--format', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('directive: fixtures/cli/binary.bin: this looks like binary data, not text\n')
    expect((JSON.parse(result.stdout) as JsonFile[]).map((file) => file.path)).toEqual([seed])
  })
})

describe('configuration', () => {
  function configured(config: string): string {
    const directory = temporary()
    writeFileSync(join(directory, '.directiverc.json'), config)
    mkdirSync(join(directory, 'sub'))
    return join(directory, 'sub')
  }

  it('is found upwards and changes severities', async () => {
    const cwd = configured('{"rules": {"deadline-before-document-date": "error", "task-without-deadline": "off"}}')
    const result = await directive(['validate', join(root, seed), '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as JsonFile[]
    expect(file?.errorCount).toBe(1)
    expect(file?.infoCount).toBe(0)
  })

  it('takes rule options', async () => {
    const cwd = configured('{"rules": {"deadline-far-future": ["error", {"years": 100}]}}')
    const result = await directive(['validate', join(root, 'fixtures/rules/deadline-far-future/not-ok.md'), '--format', 'json'], {cwd})
    expect((JSON.parse(result.stdout) as JsonFile[])[0]?.diagnostics.some((diagnostic) => diagnostic.ruleId === 'deadline-far-future')).toBe(false)
  })

  it.each([
    ['an unknown rule', '{"rules": {"no-taks": "off"}}', /\.directiverc\.json: rules\.no-taks: unknown rule \(did you mean “no-tasks”\?\)\n$/],
    ['a wrong severity', '{"rules": {"no-tasks": "fatal"}}', /\.directiverc\.json: rules\.no-tasks: expected "off", "info", "warning" or "error"\n$/],
    ['a wrong option', '{"rules": {"deadline-far-future": ["warning", {"years": "ten"}]}}', /rules\.deadline-far-future\[1\]\.years: /],
    ['an unknown option', '{"rules": {"deadline-far-future": ["warning", {"yeras": 5}]}}', /rules\.deadline-far-future\[1\]\.yeras: unknown key\n$/],
    ['options for a rule without any', '{"rules": {"no-tasks": ["error", {"x": 1}]}}', /rules\.no-tasks: .*\(no-tasks has no options\)\n$/],
    ['an unknown key', '{"rulez": {}}', /\.directiverc\.json: rulez: unknown key\n$/],
    ['rules that are not an object', '{"rules": ["no-tasks"]}', /\.directiverc\.json: rules: /],
    ['broken JSON', '{"rules": {', /\.directiverc\.json: invalid JSON/]
  ])('exits 2 on %s, naming the key', async (_, config, stderr) => {
    const result = await directive(['validate', join(root, seed)], {cwd: configured(config)})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(stderr)
    expect(result.stderr.split('\n')).toHaveLength(2)
    expect(result.stdout).toBe('')
  })

  it('reads --config FILE, and exits 2 when it is missing', async () => {
    const directory = temporary()
    writeFileSync(join(directory, 'strict.json'), '{"rules": {"missing-document-number": "error"}}')
    expect((await directive(['validate', seed, '--config', join(directory, 'strict.json')])).code).toBe(1)
    const missing = await directive(['validate', seed, '--config', join(directory, 'none.json')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/none\.json: no such file\n$/)
  })
})

describe('formats', () => {
  it('github: annotations in GitHub’s syntax, chosen by GITHUB_ACTIONS=true', async () => {
    const result = await directive(['validate', seed], {env: {GITHUB_ACTIONS: 'true'}})
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain(
      '::warning file=fixtures/corpus/000_6f075bdf8dff8ead.txt,line=94,endLine=94,col=213,endColumn=232,title=directive(deadline-before-document-date)::' +
        'Unexpected deadline 05/06/2026 of task II.7.2.1.i before the receipt date 06/06/2026, expected a deadline on or after the day the notice arrived' +
        '%0Ahttps://github.com/directive-vn/directive/blob/main/README.md#rule-deadline-before-document-date'
    )
    // A span over several lines carries no columns.
    expect(lines).toContain(
      '::warning file=fixtures/corpus/000_6f075bdf8dff8ead.txt,line=3,endLine=7,title=directive(missing-document-number)::' +
        'Unexpected notice without its own number, expected a “Số: 123/TB-UBND” line in the header%0Ahttps://github.com/directive-vn/directive/blob/main/README.md#rule-missing-document-number'
    )
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(6)
    expect(lines.at(-1)).toBe('directive: 0 error(s), 9 warning(s), 6 info(s) in 1 file(s)')
    for (const line of lines) expect(line).toMatch(/^(?:::(?:error|warning|notice) file=[^,:]+(?:,line=\d+,endLine=\d+(?:,col=\d+,endColumn=\d+)?)?,title=[^,:]+::\S.*|directive: .*|  .*)$/)
  })

  it('github: --format wins over GITHUB_ACTIONS', async () => {
    const result = await directive(['validate', seed, '--format', 'json'], {env: {GITHUB_ACTIONS: 'true'}})
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow()
  })

  it('github: at most 10 annotations per severity, the rest listed after them', async () => {
    // Three notices: one error (013's impossible date), more than ten warnings and infos.
    const files = ['fixtures/corpus/000_6f075bdf8dff8ead.txt', 'fixtures/corpus/013.txt', 'fixtures/corpus/025.txt']
    const json = JSON.parse((await directive(['validate', ...files, '--format', 'json'])).stdout) as JsonFile[]
    const total = json.reduce((sum, file) => sum + file.diagnostics.length, 0)
    const result = await directive(['validate', ...files, '--format', 'github'])
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    const count = (prefix: string): number => lines.filter((line) => line.startsWith(prefix)).length
    expect([count('::error '), count('::warning '), count('::notice ')]).toEqual([1, 10, 10])
    const rest = lines.filter((line) => line.startsWith('  fixtures/corpus/'))
    expect(rest.length + 21).toBe(total)
    expect(lines).toContain(`directive: ${rest.length} more findings not annotated (GitHub shows at most 10 per severity and step):`)
  })

  it('sarif: validates against the SARIF 2.1.0 schema, with rule metadata and 1-based regions', async () => {
    const result = await directive(['validate', seed, '--format', 'sarif'])
    expect(result.code).toBe(0)
    const log = JSON.parse(result.stdout) as {
      version: string
      runs: Array<{
        columnKind: string
        tool: {driver: {name: string; rules: Array<{id: string; helpUri: string; defaultConfiguration: {level: string}}>}}
        results: Array<{ruleId: string; ruleIndex: number; level: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region?: Record<string, number>}}>}>
      }>
    }
    const schema = JSON.parse(readFileSync(join(root, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as {id: string; $schema: string} & Record<string, unknown>
    // The published schema is draft-04 (`id`); Ajv speaks draft-07, where the same keyword is `$id`. One of its
    // patterns is not valid with the `u` flag, hence unicodeRegExp: false.
    const {id, $schema: _draft, ...rest} = schema
    const validate = new Ajv({strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false}).compile({...rest, $id: id})
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const [sarifRun] = log.runs
    expect(sarifRun?.columnKind).toBe('utf16CodeUnits')
    expect(sarifRun?.tool.driver.rules).toHaveLength(rules.length)
    const late = sarifRun?.results.find((found) => found.ruleId === 'deadline-before-document-date')
    expect(late?.level).toBe('warning')
    expect(sarifRun?.tool.driver.rules[late?.ruleIndex ?? -1]?.id).toBe('deadline-before-document-date')
    expect(late?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: {uri: 'fixtures/corpus/000_6f075bdf8dff8ead.txt'},
      region: {startLine: 94, startColumn: 213, endLine: 94, endColumn: 233}
    })
    expect(sarifRun?.results.filter((found) => found.level === 'note')).toHaveLength(6)
  })

  it('sarif: also valid for a folder, to a file with -o', async () => {
    const directory = temporary()
    mkdirSync(join(directory, 'notices'))
    for (const name of ['000_6f075bdf8dff8ead.txt', '013.txt', '025.txt']) writeFileSync(join(directory, 'notices', name), readFileSync(join('fixtures/corpus', name)))
    const out = join(directory, 'directive.sarif')
    const result = await directive(['validate', 'notices', '--format', 'sarif', '-o', out], {cwd: directory})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const log = JSON.parse(readFileSync(out, 'utf8')) as {runs: Array<{results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    expect(log.runs[0]?.results.length).toBe(65)
    const uris = new Set(log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri))
    expect([...uris].sort()).toEqual(['notices/000_6f075bdf8dff8ead.txt', 'notices/013.txt', 'notices/025.txt'])
  })

  it.each([
    ['FORCE_COLOR=1', ['validate', seed], {FORCE_COLOR: '1'}, true],
    ['FORCE_COLOR=0', ['validate', seed], {FORCE_COLOR: '0'}, false],
    ['NO_COLOR=1 (not a terminal anyway)', ['validate', seed], {NO_COLOR: '1'}, false],
    ['--color', ['validate', seed, '--color'], {}, true],
    ['--no-color over FORCE_COLOR', ['validate', seed, '--no-color'], {FORCE_COLOR: '3'}, false]
  ])('stylish colours with %s: %s', async (_, args, env, coloured) => {
    const result = await directive(args, {env})
    expect(result.stdout.includes('\u001B[')).toBe(coloured)
  })

  it('stylish says so when there is nothing to report, in Vietnamese unless --lang en', async () => {
    const result = await directive(['validate', 'fixtures/rules/task-without-deadline/ok.md'])
    expect(result).toEqual({code: 0, stdout: '✔ đã kiểm tra 1 tệp, không có vấn đề nào\n', stderr: ''})
    const english = await directive(['validate', 'fixtures/rules/task-without-deadline/ok.md', '--lang', 'en'])
    expect(english).toEqual({code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: ''})
  })

  it('stylish is Vietnamese by default, json English unless --lang vi (ids stay English)', async () => {
    const stylishVi = await directive(['validate', seed])
    expect(stylishVi.stdout).toMatch(/\n {2}94:213-94:233 +cảnh báo +Thời hạn 05\/06\/2026 của nhiệm vụ II\.7\.2\.1\.i .+ {2}deadline-before-document-date\n/)
    expect(stylishVi.stdout).toContain('⚠ 15 vấn đề (0 lỗi, 9 cảnh báo, 6 lưu ý) trong 1 tệp')
    expect(stylishVi.stdout).toContain('\nQuy tắc:\n')
    const json = JSON.parse((await directive(['validate', seed, '--format', 'json'])).stdout) as Array<{diagnostics: Array<{message: string}>}>
    expect(json[0]?.diagnostics[0]?.message).toMatch(/^Unexpected /)
    const jsonVi = JSON.parse((await directive(['validate', seed, '--format', 'json', '--lang', 'vi'])).stdout) as Array<{diagnostics: Array<{message: string}>}>
    expect(jsonVi[0]?.diagnostics[0]?.message).toMatch(/^Không tìm thấy /)
  })
})

/**
 * `-o FILE` against a hostile or careless neighbourhood (issue 19, items 3, 6–10): the temporary file
 * cannot be predicted or planted, is removed when the run is interrupted, keeps the mode and owner of the
 * file it replaces; a dangling link gets its target written; what directive did not write is not
 * replaced without --force, even when it starts like one of its outputs; a long batch to a file does not
 * leak listeners. Every child ends by itself or by the signal the test sends: no wall-clock timeout.
 */
import {spawn} from 'node:child_process'
import {chmodSync, chownSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {bin, isRoot, outcome, run, scratch, seed, sh, start} from './child.js'

/** The first lines of an earlier `parse --json` (what directive recognises as its own). */
const earlierModel = `{\n  "schemaVersion": 1,\n  "source": {\n    "path": null,\n    "sha256": "${'0'.repeat(64)}",\n    "encoding": "utf-8"\n  }\n}\n`
/** An earlier batch output whose first record is a failure. */
const earlierRecords = '{"file":"gone.txt","ok":false,"error":"gone.txt: no such file"}\n'

const temporaries = (directory: string): string[] => readdirSync(directory).filter((name) => name.endsWith('.tmp'))

describe('the temporary file', () => {
  it('has a name nobody can plant a link at beforehand (created exclusively, random)', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'victim.txt'), 'precious\n')
    // The old name was `.out.json.<pid>.tmp`: the shell plants a link there, then becomes the CLI (same pid).
    const script = `ln -s victim.txt .out.json.$$.tmp && exec "${process.execPath}" "${bin}" parse "${seed}" --json -o out.json`
    const result = await outcome(spawn('sh', ['-c', script], {cwd: directory}))
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(join(directory, 'victim.txt'), 'utf8')).toBe('precious\n')
    expect(lstatSync(join(directory, 'out.json')).isFile()).toBe(true)
    expect(readFileSync(join(directory, 'out.json'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1/)
  })

  it('gives the new file the mode, and as root the owner, of the file it replaces', async () => {
    const directory = scratch()
    const out = join(directory, 'out.json')
    writeFileSync(out, earlierModel)
    chmodSync(out, 0o600)
    if (isRoot) chownSync(out, 65534, 65534)
    const result = await run(['parse', seed, '--json', '-o', out])
    expect(result.code, result.stderr).toBe(0)
    const info = statSync(out)
    expect(info.mode & 0o7777).toBe(0o600)
    if (isRoot) expect([info.uid, info.gid]).toEqual([65534, 65534])
    expect(readFileSync(out, 'utf8')).not.toBe(earlierModel)
    expect(temporaries(directory)).toEqual([])
  })
})

describe('a dangling symbolic link as -o', () => {
  it('gets its target written; the link stays', async () => {
    const directory = scratch()
    const link = join(directory, 'latest.json')
    symlinkSync('archive/2026.json', link)
    sh('mkdir archive', directory)
    const result = await run(['parse', seed, '--json', '-o', link])
    expect(result.code, result.stderr).toBe(0)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(directory, 'archive/2026.json'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1/)
    expect(temporaries(directory)).toEqual([])
    expect(temporaries(join(directory, 'archive'))).toEqual([])
  })
})

describe('what directive did not write is not replaced without --force', () => {
  // Each starts like one of directive's outputs (the title, the key, the first columns) and is not one.
  const cases: Array<{name: string; file: string; text: string; flags: string[]}> = [
    {name: 'notes starting with the checklist title', file: 'notes.md', text: '# Task checklist\n\n- [ ] buy milk\n', flags: ['--checklist']},
    {name: 'JSON of another schema version', file: 'data.json', text: '{"schemaVersion": 2, "items": []}\n', flags: ['--json']},
    {name: 'a CSV whose first columns are ours', file: 'table.csv', text: 'document,file,amount\r\nA,a.txt,12\r\n', flags: ['--format', 'csv']}
  ]
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const out = join(scratch(), testCase.file)
      writeFileSync(out, testCase.text)
      const result = await run(['parse', seed, ...testCase.flags, '-o', out])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('exists and was not written by directive; use --force to replace it')
      expect(readFileSync(out, 'utf8')).toBe(testCase.text)
    })
  }
})

describe('a batch written to -o', () => {
  it('waits for the file without piling up listeners (no MaxListenersExceededWarning)', async () => {
    const directory = scratch()
    // Each record of the seed is larger than the stream's buffer, so every write waits for it to drain.
    const result = await run(['parse', ...Array.from({length: 14}, () => seed), '--json', '--jobs', '1', '-o', join(directory, 'all.ndjson')])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).not.toContain('MaxListenersExceededWarning')
    expect(readFileSync(join(directory, 'all.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(14)
  })

  for (const [signal, status] of [
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const) {
    it(`interrupted by ${signal}: the temporary file is removed, the earlier output stays, status ${status}`, async () => {
      const directory = scratch()
      const out = join(directory, 'out.ndjson')
      writeFileSync(out, earlierRecords)
      // A named pipe nobody writes to: the batch waits on it until the signal comes, however fast the machine.
      sh('mkfifo stalled.txt', directory)
      const child = start(['parse', seed, join(directory, 'stalled.txt'), '--json', '--jobs', '1', '-o', out])
      child.stdin.end()
      const ended = outcome(child)
      let finished = false
      void ended.then(() => (finished = true))
      // Waits for a condition, not for a time: the temporary file exists once the output is open.
      while (temporaries(directory).length === 0 && !finished) await sleep(20)
      child.kill(signal)
      const result = await ended
      expect(result.code === status || result.signal === signal, `${result.code} ${result.signal} ${result.stderr}`).toBe(true)
      expect(readdirSync(directory).sort()).toEqual(['out.ndjson', 'stalled.txt'])
      expect(readFileSync(out, 'utf8')).toBe(earlierRecords)
    })
  }
})

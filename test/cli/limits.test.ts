/**
 * Reads that end (issue 19, items 5, 11, 12 and 14): a device is refused before a byte is read, every
 * input stops at `--max-size` while it is read (standard input that never ends included), a glob whose
 * braces would expand to millions of patterns is refused before expanding, a configuration is capped,
 * read with a BOM and may not name `__proto__`, and standard input cannot be named twice.
 */
import {copyFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {outcome, run, scratch, seed, start} from './child.js'

describe('every read has a cap', () => {
  it('a device named as input is refused at once', async () => {
    const result = await run(['parse', '/dev/zero'])
    expect(result.stderr).toBe('directive: /dev/zero: is a device, not a file\n')
    expect(result.code).toBe(2)
  })

  it('standard input that never ends stops at --max-size', async () => {
    const child = start(['parse', '-', '--max-size', '1M'])
    const ended = outcome(child)
    const chunk = Buffer.alloc(64 * 1024, 'y\n')
    let open = true
    void ended.then(() => (open = false))
    // Writes as fast as the child reads, until it stops reading and ends.
    const feed = (): void => {
      while (open && child.stdin.write(chunk));
      if (open) child.stdin.once('drain', feed)
    }

    feed()
    const result = await ended
    child.stdin.destroy()
    expect(result.stderr).toBe('directive: standard input: is larger than 1 MiB; a notice is never that long (raise the limit with --max-size if this one is)\n')
    expect(result.code).toBe(2)
  })

  it('a file past --max-size is a failed record in a batch, the others are read', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'big.txt'), 'THÔNG BÁO\n'.repeat(20_000))
    copyFileSync(seed, join(directory, 'seed.txt'))
    const result = await run(['parse', directory, '--json', '--jobs', '1', '--max-size', '64K'])
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {file: string; ok: boolean; error?: string})
    expect(records.map((record) => [record.file, record.ok])).toEqual([
      [join(directory, 'big.txt'), false],
      [join(directory, 'seed.txt'), true]
    ])
    expect(records[0]?.error).toBe(`${directory}/big.txt: is larger than 64 KiB; a notice is never that long (raise the limit with --max-size if this one is)`)
    expect(result.code).toBe(1)
  })

  it('--max-size takes sizes as people write them', async () => {
    const result = await run(['validate', seed, '--max-size', '10X'])
    expect(result.stderr).toContain('expected a size such as 10M, 512K or 1G, got “10X”')
    expect(result.code).toBe(2)
  })
})

describe('glob braces', () => {
  it('a pattern that expands to more than 10,000 patterns is refused before expanding', async () => {
    // 14 groups: 16,384 patterns (22 groups were four million, 4 GB, and never ended).
    const pattern = `fixtures/${'{a,b}'.repeat(14)}*.txt`
    const result = await run(['parse', pattern, '--json'])
    expect(result.stderr).toContain(`directive: ${pattern}: expands to more than 10000 patterns ({a,b} groups multiply); use fewer braces\n`)
    expect(result.code).toBe(2)
  })
})

describe('the configuration', () => {
  const cases: Array<{name: string; text?: string; path?: string; code: number; stderr: RegExp | string}> = [
    {name: '`__proto__` as a rule id is an unknown rule', text: '{"rules": {"__proto__": "off"}}', code: 2, stderr: /: rules\.__proto__: unknown rule/},
    {name: 'a UTF-8 byte order mark is read', text: '\uFEFF{"rules": {"task-without-deadline": "off"}}', code: 0, stderr: ''},
    {name: '--config /dev/zero is refused at once', path: '/dev/zero', code: 2, stderr: 'directive: /dev/zero: is a device, not a file\n'}
  ]
  for (const testCase of cases) {
    it(testCase.name, async () => {
      let config = testCase.path ?? ''
      if (testCase.text !== undefined) {
        config = join(scratch(), 'directiverc.json')
        writeFileSync(config, testCase.text)
      }

      const result = await run(['validate', 'fixtures/corpus/010.txt', '--config', config, '--format', 'json'])
      if (typeof testCase.stderr === 'string') expect(result.stderr).toBe(testCase.stderr)
      else expect(result.stderr).toMatch(testCase.stderr)
      expect(result.code).toBe(testCase.code)
    })
  }
})

describe('standard input is read once', () => {
  for (const command of ['parse', 'validate']) {
    it(`${command} - - is refused`, async () => {
      const result = await run([command, '-', '-'], {stdin: 'Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.'})
      expect(result.stderr).toBe('directive: "-" (standard input) is named more than once; it can be read only once\n')
      expect(result.stdout).toBe('')
      expect(result.code).toBe(2)
    })
  }
})

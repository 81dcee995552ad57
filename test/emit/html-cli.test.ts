/** `directive parse FILE... --format html` spawned as a user runs it: output, -o, stdin, usage errors, time zones. */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'
import {readSource} from './html-tree.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const today = ['--today', '2026-06-10']
const bin = new URL('../../bin/directive.js', import.meta.url).pathname

/** Runs the CLI with bytes on standard input. */
function piped(args: string[], input: Uint8Array): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [bin, ...args])
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}))
    child.stdin.end(input)
  })
}

describe.concurrent('directive parse --format html (spawned)', () => {
  it('writes the page to -o, with the source text the CLI read', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'directive-')), 'report.html')
    const result = await directive(['parse', seed, '--format', 'html', ...today, '-o', out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe('')
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/u)
    expect(readSource(html).text).toBe(readFileSync(seed, 'utf8'))
    expect([...readSource(html).marks.values()].filter((mark) => mark.kind === 'task')).toHaveLength(22)
  })

  it('is the same on any machine time zone, and reads standard input', async () => {
    const args = ['parse', seed, '--format', 'html', ...today, '--lang', 'en']
    const [here, there] = await Promise.all([directive(args, {env: {TZ: 'Pacific/Kiritimati'}}), directive(args, {env: {TZ: 'America/Los_Angeles'}})])
    expect(here.code).toBe(0)
    expect(there.stdout).toBe(here.stdout)
    expect(here.stdout).toContain('<html lang="en">')
    const stdin = await piped(['parse', '-', '--format', 'html', ...today], readFileSync(seed))
    expect(stdin.code, stdin.stderr).toBe(0)
    expect(stdin.stdout).toContain('Tệp: stdin')
    expect(readSource(stdin.stdout).text).toBe(readFileSync(seed, 'utf8'))
  })

  it('rejects an unknown --lang and lists the format in --help', async () => {
    const bad = await directive(['parse', seed, '--format', 'html', '--lang', 'fr'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/expected one of vi, en, got “fr”/u)
    expect(bad.stdout).toBe('')
    const help = await directive(['parse', '--help'])
    expect(help.stdout).toMatch(/\n {2}html {7}a self-contained review page/u)
  })
})

/**
 * Input is data: a notice that names files, URLs, modules and commands is parsed by a process that may
 * read only the project and the notice itself, and may not spawn processes or threads (Node's
 * permission model). Opening, importing or running anything named by the input would fail the parse.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {Notice} from '../../src/model/schema.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(root, 'bin/directive.js')
const sandbox = (...reads: string[]): string[] => ['--experimental-permission', `--allow-fs-read=${join(root, '*')}`, ...reads.map((path) => `--allow-fs-read=${path}`)]

const notice = `II. NHIỆM VỤ
1. Giao Sở Nội vụ đọc tệp /etc/passwd và file:///etc/hostname, xem [tài liệu](../../etc/passwd), ![ảnh](/etc/shadow),
<img src="/etc/passwd"> <script src="https://example.com/x.js"></script> <iframe src="file:///etc/hosts"></iframe>
chạy \`rm -rf /\`, $(touch /tmp/pwned), import("node:fs"), require("child_process"), hoàn thành trước ngày 30/6/2026.

[ref]: /etc/passwd "tham chiếu"
`

describe('nothing named by the input is opened, fetched, imported or run', () => {
  const directory = mkdtempSync(join(tmpdir(), 'directive-surprise-'))
  const file = join(directory, 'notice.md')
  writeFileSync(file, notice)

  it('the sandbox works: reading anything else fails', () => {
    const result = spawnSync(process.execPath, [...sandbox(), '-e', 'require("node:fs").readFileSync("/etc/hostname")'], {encoding: 'utf8'})
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/ERR_ACCESS_DENIED/)
  })

  it('parses the notice inside the sandbox', () => {
    const output = execFileSync(process.execPath, [...sandbox(file), bin, 'parse', file, '--json', '--today', '2026-06-10'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
    const model = JSON.parse(output) as Notice
    expect(model.tasks[0]?.deadlines[0]?.date).toBe('2026-06-30')
    expect(model.tasks[0]?.text).toContain('/etc/passwd')
  })
})

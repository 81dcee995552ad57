/**
 * Issue 20, items 2 and 3: `parse` in a format a person reads keeps diagnostics off stdout; stderr gets
 * one line that counts them in Vietnamese (`--lang en`: English), `--verbose` lists them, `--quiet` says
 * nothing; JSON keeps English messages unless `--lang vi`; the nearest `.directiverc.json` applies.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'

const notice = fileURLToPath(new URL('../../fixtures/corpus/025.txt', import.meta.url))

describe('parse: diagnostics', () => {
  it('the outline has none; stderr counts them in one Vietnamese line', async () => {
    const {code, stdout, stderr} = await directive(['parse', notice])
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/warning:|cảnh báo:|Unexpected/u)
    expect(stderr).toBe('directive: 6 cảnh báo, 10 lưu ý — `directive validate` để xem chi tiết (hoặc --verbose)\n')
  })

  it('--lang en counts them in English; --quiet says nothing', async () => {
    expect((await directive(['parse', notice, '--checklist', '--lang', 'en'])).stderr).toBe(
      'directive: 6 warnings, 10 info — run `directive validate` for details (or --verbose)\n'
    )
    const quiet = await directive(['parse', notice, '--quiet'])
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).toBe('')
  })

  it('--verbose lists each with its place, in the language of the output', async () => {
    const {stderr} = await directive(['parse', notice, '--verbose', '--format', 'csv'])
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(16)
    expect(lines).toContain(`${notice}:94:1-94:3: cảnh báo: Nhiệm vụ Điều1.7 chưa có đơn vị thực hiện; cần ghi rõ cơ quan, đơn vị chủ trì (“Giao <đơn vị> chủ trì”) (task-without-assignee)`)
  })

  it('JSON keeps English messages unless --lang vi, and says nothing on stderr', async () => {
    const english = await directive(['parse', notice, '--json'])
    expect(english.stderr).toBe('')
    expect((JSON.parse(english.stdout) as {diagnostics: Array<{message: string}>}).diagnostics[0]?.message).toMatch(/^Unexpected /u)
    const vietnamese = await directive(['parse', notice, '--json', '--lang', 'vi'])
    expect((JSON.parse(vietnamese.stdout) as {diagnostics: Array<{message: string}>}).diagnostics[0]?.message).toMatch(/^Không tìm thấy phần chữ ký/u)
  })

  it('applies the rule settings of the nearest .directiverc.json, as validate does', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'directive-config-'))
    writeFileSync(join(directory, '.directiverc.json'), '{"rules": {"task-without-deadline": "off", "layout-noise": "off"}}\n')
    const {stderr} = await directive(['parse', notice], {cwd: directory})
    expect(stderr).toBe('directive: 6 cảnh báo — `directive validate` để xem chi tiết (hoặc --verbose)\n')
    writeFileSync(join(directory, '.directiverc.json'), '{"rules": {"no-such-rule": "off"}}\n')
    const broken = await directive(['parse', notice], {cwd: directory})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/no-such-rule/u)
  })

  it('validate --lang vi gives the messages in Vietnamese (English by default)', async () => {
    const english = await directive(['validate', notice, '--format', 'json'])
    const vietnamese = await directive(['validate', notice, '--format', 'json', '--lang', 'vi'])
    const first = (stdout: string): string => (JSON.parse(stdout) as Array<{diagnostics: Array<{message: string}>}>)[0]?.diagnostics[0]?.message ?? ''
    expect(first(english.stdout)).toMatch(/^Unexpected /u)
    expect(first(vietnamese.stdout)).toMatch(/^Không tìm thấy phần chữ ký/u)
  })
})

/**
 * Issue 20, item 9: `-o FILE` without a format flag takes its format from the extension each emitter
 * declares; an extension that names no format (`tasks.xlsx`) is an error (exit 2) that lists the ones
 * that do, while no extension, `/dev/stdout` and devices keep the outline. And an outline directive
 * wrote is recognised as its own, so `-o out.txt` runs again without --force.
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {emitters} from '../../src/emit/index.js'
import {isOwnOutput} from '../../src/cli/own-output.js'
import {parseNotice} from '../../src/pipeline.js'
import {bin, outcome, run, scratch, seed, sh} from './child.js'

describe('-o with an extension no format has', () => {
  it('is an error naming the formats and their extensions; nothing is written', async () => {
    const directory = scratch()
    const result = await run(['parse', seed, '-o', 'tasks.xlsx'], {cwd: directory})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const listed = Object.values(emitters).map((emitter) => `${emitter.extensions.join(' ')} (${emitter.format})`).join(', ')
    expect(result.stderr).toBe(`directive: -o tasks.xlsx: “.xlsx” is no format directive writes; name the file ${listed}, or choose the format with --format\n`)
    expect(result.stderr).toContain('.txt (text)')
    expect(existsSync(join(directory, 'tasks.xlsx'))).toBe(false)
  })

  it('is the caller’s choice with a format flag', async () => {
    const directory = scratch()
    const result = await run(['parse', seed, '--json', '-o', 'model.data'], {cwd: directory})
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(join(directory, 'model.data'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1/)
  })

  it('leaves the outline for a name without an extension, /dev/stdout and a device', async () => {
    const directory = scratch()
    const plain = await run(['parse', seed, '-o', 'outline'], {cwd: directory})
    expect(plain.code, plain.stderr).toBe(0)
    expect(readFileSync(join(directory, 'outline'), 'utf8')).toMatch(/\nNhiệm vụ \(22\):\n/)
    // Through a shell pipe (a FIFO; Node's own stdio pipes are sockets, which /dev/stdout cannot reopen).
    const piped = await outcome(spawn('sh', ['-c', `{ "${process.execPath}" "${bin}" parse "${seed}" -o /dev/stdout --quiet; echo "exit $?" >&2; } | cat`], {cwd: directory}))
    expect(piped.stderr).toBe('exit 0\n')
    expect(piped.stdout).toMatch(/\nNhiệm vụ \(22\):\n/)
    const device = await run(['parse', seed, '-o', '/dev/null', '--quiet'], {cwd: directory})
    expect(device).toMatchObject({code: 0, stdout: '', stderr: ''})
    // A named pipe with an extension no format has is written in place, as before.
    sh('mkfifo pipe.data', directory)
    const reader = outcome(spawn('cat', ['pipe.data'], {cwd: directory}))
    const fifo = await run(['parse', seed, '-o', 'pipe.data'], {cwd: directory})
    expect(fifo.code, fifo.stderr).toBe(0)
    expect((await reader).stdout).toMatch(/\nNhiệm vụ \(22\):\n/)
  })
})

describe('the outline as its own output', () => {
  it('is replaced by a second run of -o out.txt without --force', async () => {
    const directory = scratch()
    const first = await run(['parse', seed, '-o', 'out.txt'], {cwd: directory})
    expect(first.code, first.stderr).toBe(0)
    const second = await run(['parse', seed, '-o', 'out.txt', '--quiet'], {cwd: directory})
    expect(second.code, second.stderr).toBe(0)
    expect(second.stderr).toBe('')
  })

  it('is recognised as the emitter writes it today, with and without tasks, and as earlier versions wrote it', async () => {
    const directory = scratch()
    const check = async (name: string, text: string): Promise<boolean> => {
      writeFileSync(join(directory, name), text)
      return isOwnOutput(join(directory, name))
    }

    const context = {multiple: false, today: '2026-06-10', options: {}, env: {}}
    const notice = parseNotice(readFileSync(seed))
    const empty = parseNotice('Văn bản không có nhiệm vụ nào.')
    expect(await check('today.txt', emitters['text']?.emit([notice], context) ?? '')).toBe(true)
    expect(await check('several.txt', emitters['text']?.emit([notice, empty], {...context, multiple: true}) ?? '')).toBe(true)
    expect(await check('none.txt', emitters['text']?.emit([empty], context) ?? '')).toBe(true)
    // Before task ids were shown: "[dòng 60]".
    const earlier = 'Thông báo số 12-TB/TU, ngày 05/06/2026\nCơ quan ban hành: Ban Thường vụ Thành ủy\n\nNhiệm vụ (2):\n  1. Tiếp tục quán triệt …  [dòng 60]\n  2. Quyết tâm xây dựng  [dòng 62]\n'
    expect(await check('earlier.txt', earlier)).toBe(true)
  })

  it('is not confused with a file that only looks like it', async () => {
    const directory = scratch()
    const notes = [
      'Họp giao ban\n\nNhiệm vụ (3):\n  1. gọi điện cho Sở\n',
      'Nhiệm vụ (2):\n  1. a  [dòng 4]\n',
      'Ghi chú\n\nNhiệm vụ (1):\n  1. xem lại trang 4 [dòng 4]\n',
      'Ghi chú\n\nNhiệm vụ (0):\nxong\n'
    ]
    for (const [index, text] of notes.entries()) {
      writeFileSync(join(directory, `notes-${index}.txt`), text)
      expect(await isOwnOutput(join(directory, `notes-${index}.txt`)), text).toBe(false)
    }

    const result = await run(['parse', seed, '-o', 'notes-0.txt'], {cwd: directory})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('directive: notes-0.txt: exists and was not written by directive; use --force to replace it\n')
  })

  it('recognises a batch whose first record is a skipped file', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'out.ndjson'), '{"file":"notices/README.md","ok":false,"skipped":"not a notice (no document type, header or Vietnamese tasks)"}\n')
    expect(await isOwnOutput(join(directory, 'out.ndjson'))).toBe(true)
  })
})

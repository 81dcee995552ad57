/**
 * Encodings through the command line (spawned `node bin/directive.js`): the seed notice in every legacy
 * encoding gives the same tasks as in UTF-8, `source.encoding` and an `encoding-converted` diagnostic say
 * what happened, `--encoding` forces one, and what is not text exits 2 saying what it is.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Notice} from '../../src/model/schema.js'
import {directive} from '../spawn.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'

async function model(args: string[], stdin?: Uint8Array): Promise<Notice> {
  const result = await directive(['parse', ...args, '--json', '--today', '2026-06-10'], stdin ? {stdin} : {})
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(result.stdout) as Notice
}

/** What a reader checks: ids, numbers, texts, who and when. */
function tasksView(notice: Notice): unknown {
  return notice.tasks.map((task) => [task.id, task.text, task.assignees, task.deadlines.map((deadline) => [deadline.date, deadline.kind, deadline.raw])])
}

describe('parse --json on legacy encodings', async () => {
  const reference = await model([seed])

  const same = ['vni', 'vni-in-utf-8']
  for (const name of [...same, 'viscii', 'windows-1258', 'tcvn3', 'tcvn3-in-utf-8']) {
    it(`notice.${name}.txt`, async () => {
      const notice = await model([`fixtures/encodings/notice.${name}.txt`])
      const encoding = name.replace('-in-utf-8', '')
      expect(notice.source.encoding).toBe(encoding)
      expect(notice.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'encoding-converted')).toHaveLength(1)
      expect(notice.diagnostics[0]).toMatchObject({ruleId: 'encoding-converted', severity: 'info', position: null})
      expect(notice.tasks.map((task) => task.id)).toEqual(reference.tasks.map((task) => task.id))
      if (same.includes(name)) {
        // The decoded text is the seed's own text: positions, texts and all are the same.
        expect(notice.tasks).toEqual(reference.tasks)
      } else if (name === 'viscii') {
        // VISCII has no curly quotes (written "?"); one byte per character, so positions are the same.
        expect(JSON.stringify(notice.tasks)).toBe(JSON.stringify(reference.tasks).replace(/[“”]/gu, '?'))
      } else if (name === 'windows-1258') {
        // Tones as separate characters: the same model, positions count the decoded characters.
        expect(tasksView(notice)).toEqual(tasksView(reference))
      } else {
        // TCVN3 has no capitals with tones (their fonts draw small letters' codes as capitals).
        expect(notice.tasks.map((task) => task.deadlines.map((deadline) => deadline.date))).toEqual(
          reference.tasks.map((task) => task.deadlines.map((deadline) => deadline.date))
        )
      }
    })
  }

  it('reads standard input the same way', async () => {
    const {readFileSync} = await import('node:fs')
    const notice = await model(['-'], new Uint8Array(readFileSync('fixtures/encodings/notice.vni.txt')))
    expect(notice.source.encoding).toBe('vni')
    expect(notice.tasks).toEqual(reference.tasks)
  })
})

describe('--encoding', () => {
  it('forces an encoding', async () => {
    const forced = await model(['fixtures/encodings/sentences.viscii.txt', '--encoding', 'viscii'])
    expect(forced.source.encoding).toBe('viscii')
    expect(forced.diagnostics[0]?.message).toContain('as asked with --encoding viscii.')
    // Forced to another legacy encoding: decoded as asked, whatever comes out.
    const wrong = await model(['fixtures/encodings/sentences.vni.txt', '--encoding', 'tcvn3'])
    expect(wrong.source.encoding).toBe('tcvn3')
  })

  it('utf-8 turns detection off', async () => {
    const notice = await model(['fixtures/encodings/sentences.tcvn3-in-utf-8.txt', '--encoding', 'utf-8'])
    expect(notice.source.encoding).toBe('utf-8')
    expect(notice.diagnostics.some((diagnostic) => diagnostic.ruleId === 'encoding-converted')).toBe(false)
  })

  it('refuses an unknown name with the list', async () => {
    const result = await directive(['parse', seed, '--encoding', 'ebcdic'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Allowed choices are auto, utf-8, utf-16le, utf-16be, tcvn3, vni, windows-1258, viscii/)
  })

  it('reads the bytes of a UTF-8 file as the legacy encoding named, when asked', async () => {
    const notice = await model([seed, '--encoding', 'vni'])
    expect(notice.source.encoding).toBe('vni')
  })
})

describe('what the reader did is configured like any rule', () => {
  const file = 'fixtures/encodings/notice.vni.txt'
  const converted = async (...rule: string[]): Promise<Array<{ruleId: string; severity: string}>> => {
    const result = await directive(['validate', file, '--format', 'json', ...rule])
    expect(result.stderr).toBe('')
    const [report] = JSON.parse(result.stdout) as Array<{diagnostics: Array<{ruleId: string; severity: string}>}>
    return report?.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'encoding-converted') ?? []
  }

  it('is an info by default, off or an error when asked', async () => {
    expect(await converted()).toMatchObject([{severity: 'info'}])
    expect(await converted('--rule', 'encoding-converted=off')).toEqual([])
    expect(await converted('--rule', 'encoding-converted=error')).toMatchObject([{severity: 'error'}])
  })
})

describe('what is not text exits 2 and says what it is', () => {
  const directory = mkdtempSync(join(tmpdir(), 'directive-encodings-'))
  const files: Array<[string, Uint8Array, string]> = [
    ['scan.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'this is a PNG image; run OCR on it first'],
    ['notice.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array<number>(26).fill(0), ...Buffer.from('word/document.xml')]), 'this is a Word document (.docx); save it as plain text first'],
    ['latin1.txt', Uint8Array.from(Buffer.from('Le château était très beau, ça coûte cher à Noël.', 'latin1')), 'is not valid UTF-8 and does not read as Vietnamese in TCVN3, VNI, Windows-1258 or VISCII; convert it to UTF-8 first, or name its encoding with --encoding']
  ]
  for (const [name, bytes, reason] of files) {
    it(name, async () => {
      const path = join(directory, name)
      writeFileSync(path, bytes)
      const result = await directive(['parse', path])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`directive: ${path}: ${reason}\n`)
      expect(result.stdout).toBe('')
    })
  }
})

/**
 * Issue 20, item 6: `parse DIR` (or a glob) in a format a person reads gives one output with every notice
 * found, a section per document; a file there that is not a notice is skipped with a note; `--ignore` applies.
 */
import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'

const corpus = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url))

function folder(): string {
  const directory = mkdtempSync(join(tmpdir(), 'directive-folder-'))
  mkdirSync(join(directory, 'notices'))
  copyFileSync(join(corpus, '000_6f075bdf8dff8ead.txt'), join(directory, 'notices/000.txt'))
  copyFileSync(join(corpus, '010.txt'), join(directory, 'notices/010.txt'))
  writeFileSync(join(directory, 'notices/notes.md'), '# Ghi chú\n\nTuần này nhận hai văn bản.\n')
  return directory
}

describe('parse DIR in a format a person reads', () => {
  it('--checklist: one checklist with a section per document; a file that is not a notice is skipped', async () => {
    const directory = folder()
    const {code, stdout, stderr} = await directive(['parse', 'notices', '--checklist', '--today', '2026-06-10', '--quiet'], {cwd: directory})
    expect(code).toBe(0)
    expect(stdout).toMatch(/^# Danh sách nhiệm vụ/u)
    expect(stdout).toContain('`notices/000.txt:94`')
    expect(stdout).toContain('`notices/010.txt:')
    expect(stderr).toBe('directive: notices/notes.md: not a notice (no document type, header or Vietnamese tasks), skipped\n')
  })

  it('the outline and the calendar take a directory and a glob; --ignore leaves a file out', async () => {
    const directory = folder()
    const outline = await directive(['parse', 'notices/', '--quiet'], {cwd: directory})
    expect(outline.code).toBe(0)
    expect(outline.stdout.match(/^Nhiệm vụ \(\d+\):$/gmu)).toHaveLength(2)
    const calendar = await directive(['parse', 'notices/*.txt', '--ics', '--quiet', '--ignore', 'notices/010.txt'], {cwd: directory})
    expect(calendar.code).toBe(0)
    expect(calendar.stdout.match(/^BEGIN:VEVENT\r$/gmu)).toHaveLength(11)
  })

  it('a directory with nothing to read is an error (exit 2), as in batch mode', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'directive-folder-'))
    const {code, stderr} = await directive(['parse', directory, '--checklist'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/no notices \(\*\.txt, \*\.md\) in this directory/u)
  })
})

/**
 * Issue 19, item 1: control characters in a notice never reach the terminal through the outline or the
 * checklist (ESC/CSI, OSC 8 links, OSC 52 clipboard writes, BEL, backspace, C1 controls); they are shown
 * as `\xHH` escapes. The machine formats escape them their own way (JSON `\u001b`).
 */
import {describe, expect, it} from 'vitest'
import {showControls} from '../../src/text/visible-controls.js'
import {directive} from '../spawn.js'

const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u

/** A notice whose task carries every kind of terminal escape the audit tried. */
const notice = [
  'THÔNG BÁO',
  '',
  'Kết luận của Chủ tịch UBND thành phố',
  '',
  '1. Sở Nội vụ chủ trì \u001B]52;c;cm0gLXJmIH4K\u0007 việc A \u001B[2J, hoàn thành trước ngày 30/6/2026.',
  '2. Sở Tài chính \u001B]8;;https://example.com\u001B\\bấm\u001B]8;;\u001B\\ thực hiện việc B\b\b\u009B31m trước ngày 15/7/2026.',
  // Enough text that the controls are not mistaken for a binary file (which is refused before any output).
  ...Array.from({length: 12}, (_, index) => `${index + 3}. Các sở, ngành rà soát, báo cáo kết quả thực hiện nhiệm vụ được giao trước ngày 30/9/2026.`),
  ''
].join('\n')

describe('showControls', () => {
  it.each([
    ['\u001B[2J', '\\x1B[2J'],
    ['a\u0007b', 'a\\x07b'],
    ['x\u0008y', 'x\\x08y'],
    ['\u009B31m', '\\x9B31m'],
    ['\r', '\\x0D'],
    ['\u007F', '\\x7F'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['Sở Nội vụ', 'Sở Nội vụ']
  ])('%j → %j', (input, output) => {
    expect(showControls(input)).toBe(output)
  })
})

describe('the outline and the checklist keep terminal escapes out', () => {
  for (const args of [['--today', '2026-06-10'], ['--checklist', '--today', '2026-06-10']]) {
    it(`parse - ${args.join(' ')}`, async () => {
      const {code, stdout} = await directive(['parse', '-', ...args], {stdin: notice})
      expect(code).toBe(0)
      expect(stdout).toContain('Sở Nội vụ')
      expect(stdout).not.toMatch(controls)
      expect(stdout).toContain('\\x1B')
    })
  }
})

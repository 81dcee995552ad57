/** Unicode inputs the foundation reads: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; positions count into the decoded text. */
import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'

const text = 'II. NHIỆM VỤ\r\n1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026.\r\n'

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let index = 0; index < value.length; index++) view.setUint16(2 + index * 2, value.charCodeAt(index), littleEndian)
  return bytes
}

const inputs: Array<[string, Uint8Array, string]> = [
  ['utf-8', new TextEncoder().encode(text), 'utf-8'],
  ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8-bom'],
  ['utf-16le with BOM', utf16(text, true), 'utf-16le'],
  ['utf-16be with BOM', utf16(text, false), 'utf-16be']
]

describe('reading Unicode inputs', () => {
  for (const [name, bytes, encoding] of inputs) {
    it(name, () => {
      const notice = parseNotice(bytes)
      expect(notice.source.encoding).toBe(encoding)
      expect(notice.source.lineCount).toBe(2)
      const [task] = notice.tasks
      expect(task?.id).toBe('II.1')
      expect(task?.assignees).toEqual([{name: 'Sở Nội vụ', role: 'lead', inherited: false}])
      const deadline = task?.deadlines[0]
      expect(deadline?.date).toBe('2026-06-30')
      // Offsets count UTF-16 units into the decoded text (BOM removed), lines as an editor shows them.
      expect(deadline?.raw).toBe('hoàn thành trước ngày 30/6/2026')
      expect(text.slice(deadline?.position.start.offset, deadline?.position.end.offset)).toBe(deadline?.raw)
      expect(deadline?.position.start).toEqual({line: 2, column: 28, offset: 41})
    })
  }
})

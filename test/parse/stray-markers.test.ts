import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../../src/read/normalize.js'
import {toMdast} from '../../src/parse/to-mdast.js'
import {toLines} from '../../src/parse/to-lines.js'

function texts(markdown: string): string[] {
  const {text} = normalizeDocument(markdown)
  return toLines(toMdast(text), text).map((line) => line.text)
}

describe('emphasis markers Markdown leaves as text', () => {
  it.each([
    ['a space before the closing run (web pages)', '**Điều 2. **Quyết định này có hiệu lực.', ['Điều 2. Quyết định này có hiệu lực.']],
    ['an italic closed after a space', '*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; *', ['Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;']],
    ['a run at the end of a line', 'Thời hạn: trước ngày 30/6/2026**', ['Thời hạn: trước ngày 30/6/2026']],
    ['a note mark stays', 'Ghi chú (*) theo quy định', ['Ghi chú (*) theo quy định']],
    ['a star between words stays', 'Hệ số 2*3 theo quy định', ['Hệ số 2*3 theo quy định']],
    ['a list bullet stays a label', '* Lưu ý: báo cáo đúng hạn', ['* Lưu ý: báo cáo đúng hạn']]
  ])('%s', (_name, markdown, expected) => {
    expect(texts(markdown)).toEqual(expected)
  })

  it('keeps every character tied to its place in the source', () => {
    const {text} = normalizeDocument('**Điều 2. **Quyết định')
    const [line] = toLines(toMdast(text), text)
    const at = line?.text.indexOf('Quyết') ?? -1
    expect(text.slice(line?.offsets[at], (line?.offsets[at] ?? 0) + 5)).toBe('Quyết')
  })
})

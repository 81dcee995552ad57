import fc from 'fast-check'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {delimiterRows, toMdast} from '../../src/parse/to-mdast.js'
import {toLines} from '../../src/parse/to-lines.js'

/** The table syntax switched on for the whole text, as the reference. */
const withTables = unified().use(remarkParse).data('micromarkExtensions', [gfmTable()]).data('fromMarkdownExtensions', [gfmTableFromMarkdown()]).freeze()

describe('delimiterRows', () => {
  const cases: Array<[string, string, number[]]> = [
    ['a pipe table', '| a | b |\n|---|:-:|\n| 1 | 2 |', [2]],
    ['no outer pipes', 'a | b\n--|--', [2]],
    ['a colon is enough', 'a\n:-', [2]],
    ['inside a quote and a list item', '> a | b\n> --|--\n- x | y\n  -|-', [2, 4]],
    ['CRLF and CR end lines as micromark counts them', 'a|b\r\n-|-\rc|d\r-|-', [2, 4]],
    ['a rule or heading underline is no delimiter row', 'Tiêu đề\n---\n\n***\n- - -', []],
    ['text on the line', '| a |\n|--- x|', []]
  ]
  for (const [name, text, rows] of cases) {
    it(name, () => {
      expect([...delimiterRows(text, 0, text.length)]).toEqual(rows)
    })
  }

  it('counts lines from the start of the slice', () => {
    const text = 'x\ny\na|b\n-|-'
    expect([...delimiterRows(text, 2, text.length)]).toEqual([3])
  })
})

describe('toMdast', () => {
  it('reads a pipe table', () => {
    const text = 'Bảng phân công:\n\n| Nhiệm vụ | Chủ trì |\n|---|---|\n| Báo cáo | Sở Tài chính |\n'
    const lines = toLines(toMdast(text), text)
    expect(lines.filter((line) => line.kind === 'table-row').map((line) => line.text)).toEqual(['Nhiệm vụ | Chủ trì', 'Báo cáo | Sở Tài chính'])
  })

  it('reads no other GFM syntax: tildes, footnotes and addresses stay text', () => {
    const text = 'Thời hạn 5~10 ngày, 3~5 tuần[^1].\n\n[^1]: Theo Kế hoạch số 12/KH-UBND, gửi www.chinhphu.vn.'
    expect(toLines(toMdast(text), text).map((line) => line.text)).toEqual([
      'Thời hạn 5~10 ngày, 3~5 tuần[^1].',
      '[^1]: Theo Kế hoạch số 12/KH-UBND, gửi www.chinhphu.vn.'
    ])
  })

  it('parses like the table syntax switched on everywhere', () => {
    const prefixes = ['', '', '> ', '- ', '  ', '1. ', '    ', '\t', '> - ']
    const contents = ['a | b', '| a | b |', '|---|---|', '--|--', ':-:|-', 'văn bản', '', '---', '| x |', '-|-', '`a|b`', 'a \\| b', '|-', '* a', '```']
    const line = fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...contents)).map(([prefix, content]) => prefix + content)
    const text = fc.tuple(fc.array(line, {minLength: 1, maxLength: 7}), fc.constantFrom('\n', '\n', '\r\n', '\r')).map(([lines, end]) => lines.join(end))
    fc.assert(
      fc.property(text, (input) => {
        expect(toMdast(input)).toEqual(withTables.parse(input))
      }),
      {seed: 8, numRuns: 1000}
    )
  })
})

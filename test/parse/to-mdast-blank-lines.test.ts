/**
 * Blank lines at the start of a piece are not parsed (micromark spends as long on one as on a
 * paragraph): the tree must be the one a parse of the whole text gives, positions included.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {hardLimit} from '../../src/parse/markdown-pieces.js'
import {toMdast} from '../../src/parse/to-mdast.js'

const whole = unified().use(remarkParse).freeze()

describe('blank lines between pieces', () => {
  const cases: Array<[string, string]> = [
    ['a heading after a long run of blank lines', '\n'.repeat(hardLimit * 2 + 17) + '# Tiêu đề\n\nGiao Sở Nội vụ.'],
    ['blank lines holding spaces and tabs', ' \t\n'.repeat(hardLimit) + 'Giao Sở Nội vụ.'],
    ['indented code after them stays code', '\n'.repeat(hardLimit + 5) + '    mã nguồn\n'],
    ['a paragraph, blank lines, a list', 'Mở đầu.\n' + '\n'.repeat(hardLimit + 3) + '- Giao Sở Tài chính.\n- Giao Sở Nội vụ.']
  ]
  for (const [name, text] of cases) {
    it(name, () => {
      expect(toMdast(text).children).toEqual(whole.parse(text).children)
    })
  }

  it('gives no blocks for text that is blank all through', () => {
    expect(toMdast('\n \t\n'.repeat(hardLimit)).children).toEqual([])
  })
})

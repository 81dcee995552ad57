import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../../src/read/normalize.js'
import {toMdast} from '../../src/parse/to-mdast.js'
import {toLines} from '../../src/parse/to-lines.js'
import {toSections, type Section} from '../../src/parse/sections.js'
import {readLabel} from '../../src/parse/numbering.js'

function outline(markdown: string): string[] {
  const {text} = normalizeDocument(markdown)
  const root = toSections(toLines(toMdast(text), text))
  const out: string[] = []
  const walk = (section: Section, depth: number): void => {
    for (const child of section.children) {
      out.push(`${'  '.repeat(depth)}${child.label?.text ?? '#'} ${child.head?.text.slice(0, 20) ?? ''}`.trimEnd())
      walk(child, depth + 1)
    }
  }

  walk(root, 0)
  return out
}

describe('readLabel', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['I. ĐÁNH GIÁ CHUNG', 'roman', 'I'],
    ['II- NHIỆM VỤ', 'roman', 'II'],
    ['LI. QUAN ĐIỂM CHỈ ĐẠO', 'roman', 'II'],
    ['7.1. Đồng chí', 'number', '7.1'],
    ['7.1 Đồng chí', 'number', '7.1'],
    ['3. Tiếp tục', 'number', '3'],
    ['1/ Giao Sở Tài chính', 'number', '1'],
    ['II/ NHIỆM VỤ', 'roman', 'II'],
    ['15/6/2026 là ngày', null, null],
    ['1/ năm', null, null],
    ['1- Nội dung', 'number', '1'],
    ['(1) Khẩn trương', 'paren-number', '1'],
    ['(ii) Tham mưu', 'paren-roman', 'ii'],
    ['a) Rà soát', 'letter', 'a'],
    ['đ) Rà soát', 'letter', 'đ'],
    ['- Ban Thường vụ', 'bullet', '-'],
    ['+ Sở Nội vụ', 'bullet', '-'],
    ['Điều 3. Chánh Văn phòng', 'article', '3'],
    ['197.810 tỷ đồng', null, null],
    ['2026 là năm', null, null],
    ['Ngày 02/6/2026', null, null]
  ]
  for (const [text, kind, value] of cases) {
    it(text, () => {
      const label = readLabel(text)
      expect(label?.kind ?? null).toBe(kind)
      expect(label?.value ?? null).toBe(value)
    })
  }
})

describe('toSections', () => {
  it('nests the numbering of a notice written as Markdown headings, bold and plain lines', () => {
    const notice = [
      '## I. ĐÁNH GIÁ', '', 'Kết quả tốt.', '',
      '## **II. NHIỆM VỤ**', '', '1. Một.', '', '**2.** Hai.', '',
      '## **3. Ba:**', '', '**3.1.** Ba một:', '', '(1) Việc một.', '', '(2) Việc hai: (i) Con một. (ii) Con hai.', '',
      '3.2. Ba hai.', '', 'Nơi nhận:'
    ].join('\n')
    expect(outline(notice)).toEqual([
      'I. ĐÁNH GIÁ',
      'II. NHIỆM VỤ',
      '  1. Một.',
      '  2. Hai.',
      '  3. Ba:',
      '    3.1. Ba một:',
      '      (1) Việc một.',
      '      (2) Việc hai:',
      '        (i) Con một.',
      '        (ii) Con hai.',
      '    3.2. Ba hai.'
    ])
  })

  it('reads a plain-text notice with single line breaks the same way', () => {
    const notice = 'I. TÌNH HÌNH\nNội dung.\nII. NHIỆM VỤ\n1. Giao Sở A:\na) Việc a;\nb) Việc b.\n2. Việc hai.'
    expect(outline(notice)).toEqual(['I. TÌNH HÌNH', 'II. NHIỆM VỤ', '  1. Giao Sở A:', '    a) Việc a;', '    b) Việc b.', '  2. Việc hai.'])
  })

  it('does not take (i) after (h) for a roman numeral', () => {
    const notice = ['(a) A.', '(b) B.', '(c) C.', '(d) D.', '(đ) Đ.', '(e) E.', '(g) G.', '(h) H.', '(i) I.'].join('\n')
    expect(outline(notice).at(-1)).toBe('(i) I.')
    expect(outline(notice)).toHaveLength(9)
  })
})

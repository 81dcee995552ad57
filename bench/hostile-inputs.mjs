/**
 * Hostile and odd inputs by name, each built to about `size` characters: shared by the robustness tests
 * (test/robustness/hostile.test.ts, at up to 2 MB) and the benchmark (bench/adversarial.mjs, 1 to 50 MB).
 */

/** Every character of a Unicode general category, such as /^\p{Zs}$/u. */
export function category(pattern) {
  const chars = []
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const char = String.fromCodePoint(code)
    if (pattern.test(char)) chars.push(char)
  }

  return chars
}

export const spaces = category(/^\p{Zs}$/u)
export const dashes = category(/^\p{Pd}$/u)

/** One bullet task of a notice, numbered so that no two are alike. */
export const task = (index) => `- Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hoàn thành trước ngày 30/6/2026 (${index}).`

const count = (size, length) => Math.max(1, Math.round(size / length))

/** @type {Record<string, (size: number) => string>} */
export const hostile = {
  'one long line': (size) => 'Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/6/2026; '.repeat(Math.ceil(size / 60)),
  'one paragraph of short lines': (size) => 'Số: 12/QĐ-UBND ngày 01/01/2026\n'.repeat(Math.ceil(size / 31)),
  // Each starts in lower case after no closing stop, so all are joined as one paragraph cut by breaks.
  'short paragraphs': (size) => 'mục a\n\n'.repeat(Math.ceil(size / 7)),
  'lines of 100,000 "("': (size) => ('('.repeat(100_000) + '\n').repeat(count(size, 100_001)),
  'lines of 1.1.1.1…': (size) => ('1.'.repeat(50_000) + ' x\n').repeat(count(size, 100_003)),
  'digits and slashes': (size) => '30/6/2026/12/QĐ/1/1/'.repeat(Math.ceil(size / 20)),
  'a run of digits': (size) => '1'.repeat(size),
  'a run of slashes': (size) => '/'.repeat(size),
  'nested list markers': (size) => '- '.repeat(size / 2) + 'x',
  'nested quotes': (size) => '> '.repeat(size / 2) + 'x',
  'nested ordered lists': (size) => '1. '.repeat(size / 3) + 'x',
  'nested emphasis': (size) => '*a '.repeat(size / 6) + 'b' + ' a*'.repeat(size / 6),
  'nested brackets': (size) => '['.repeat(size / 2) + 'a' + ']'.repeat(size / 2),
  'bold everywhere': (size) => '**ab** '.repeat(size / 7),
  'unclosed code spans': (size) => 'a`'.repeat(size / 2),
  'character references': (size) => '&amp;'.repeat(size / 5),
  'many tasks': (size) => 'II. NHIỆM VỤ\n' + Array.from({length: Math.ceil(size / 110)}, (_, index) => task(index)).join('\n'),
  'a long task table': (size) =>
    '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n' +
    Array.from({length: Math.ceil(size / 60)}, (_, index) => `| ${index + 1} | Xây dựng kế hoạch | Sở Nội vụ | Quý III/2026 |`).join('\n'),
  'every space and dash between words': (size) => {
    const line = [...spaces, ...dashes].map((char, index) => `từ${char}${index}`).join(' ') + '\n'
    return line.repeat(Math.ceil(size / line.length))
  },
  'blank lines': (size) => '\n'.repeat(size),
  'carriage returns': (size) => '\r'.repeat(size)
}

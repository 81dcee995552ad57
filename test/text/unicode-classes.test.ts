/**
 * Letters and digits in the patterns of src/ are `\p{sc=Latn}` and `\d\p{No}`, never `\p{L}` and `\p{N}`.
 * V8 compiles a property class into native code range by range, and `\p{L}` has some 650 ranges (more
 * under the `i` flag): with several hundred patterns, most of them guarded by `(?<![\p{L}\p{N}])`, the
 * first parse of a cold start spent a quarter of its instructions compiling them. The documents are
 * Vietnamese, Latin script; the cheap classes differ only for letters of other scripts and for digits of
 * other scripts or Roman numeral signs beside a match, which these documents do not have (the superscripts,
 * fractions and circled numbers of \p{No} are kept).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const src = fileURLToPath(new URL('../../src', import.meta.url))

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

it('no pattern in src/ uses the costly \\p{L} or \\p{N}', () => {
  const found = files(src).flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) => (/\\p\{[LN]\}/.test(line) ? [`${path.slice(src.length + 1)}:${index + 1}`] : []))
  )
  expect(found).toEqual([])
})

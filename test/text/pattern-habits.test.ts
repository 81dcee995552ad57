/**
 * Two habits of the code in src/ that keep its regular expressions cheap, checked on the sources.
 *
 * 1. Letters and digits in patterns are `\p{sc=Latn}` and `\d\p{No}`, never `\p{L}` and `\p{N}`. V8
 *    compiles a property class into native code range by range, and `\p{L}` has some 650 ranges (more
 *    under the `i` flag): with several hundred patterns, most of them guarded by `(?<![\p{L}\p{N}])`, the
 *    first parse of a cold start spent a quarter of its instructions compiling them. The documents are
 *    Vietnamese, Latin script; the cheap classes differ only for letters of other scripts and for digits
 *    of other scripts or Roman numeral signs beside a match, which these documents do not have (the
 *    superscripts, fractions and circled numbers of \p{No} are kept).
 * 2. No `String.prototype.matchAll`: it copies its pattern on every call, and V8 builds the copy from the
 *    source, kilobytes long once the bundle spells the classes out (`text/all-matches.ts` finds the same
 *    matches on the pattern itself).
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {sourceFiles} from '../helpers.js'

const src = fileURLToPath(new URL('../../src', import.meta.url))

/** `file:line` of each line of src/ that the pattern finds. */
function linesWith(pattern: RegExp): string[] {
  return sourceFiles(src).flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${path.slice(src.length + 1)}:${index + 1}`] : []))
  )
}

it('no pattern in src/ uses the costly \\p{L} or \\p{N}', () => {
  expect(linesWith(/\\p\{[LN]\}/)).toEqual([])
})

it('no code in src/ calls matchAll, which copies its pattern each time', () => {
  expect(linesWith(/\.matchAll\(/)).toEqual([])
})

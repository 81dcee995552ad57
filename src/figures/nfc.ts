/**
 * NFC view of a string with a map back to the given string's UTF-16 offsets (DOMAIN.md §6: input may be
 * decomposed). Already-NFC input (the usual case) costs one `normalize` call and no map.
 */

export interface NfcView {
  /** The text, NFC (cluster by cluster). */
  readonly text: string
  /** Offset in the original string of NFC offset `index` (`index === text.length` → original length). */
  toOriginal(index: number): number
}

/** A combining-mark cluster: an optional base and its marks, the only spans NFC can change here. */
const MARK_CLUSTER = /\P{M}?\p{M}+/gu

/**
 * Builds the NFC view. Each base + combining-marks cluster is normalised on its own and all of its output
 * characters map to the cluster start, so a span that starts and ends on cluster boundaries maps back
 * exactly. (Singleton and Hangul compositions, which need no marks, are left as written: they never
 * touch numbers or units.)
 *
 * @param input
 *   Any string.
 * @returns
 *   The view.
 */
export function nfcView(input: string): NfcView {
  if (input.normalize('NFC') === input) {
    const length = input.length
    return {text: input, toOriginal: (index) => Math.min(Math.max(index, 0), length)}
  }

  const parts: string[] = []
  const map: number[] = []
  let last = 0
  MARK_CLUSTER.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = MARK_CLUSTER.exec(input)) !== null) {
    const start = match.index
    for (let i = last; i < start; i++) map.push(i)
    parts.push(input.slice(last, start))
    const composed = match[0].normalize('NFC')
    for (let i = 0; i < composed.length; i++) map.push(start)
    parts.push(composed)
    last = start + match[0].length
  }

  for (let i = last; i < input.length; i++) map.push(i)
  parts.push(input.slice(last))
  const text = parts.join('')
  const length = input.length
  return {
    text,
    toOriginal: (index) => (index >= map.length ? length : index <= 0 ? 0 : (map[index] ?? length))
  }
}

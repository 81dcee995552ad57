/**
 * NFC normalisation with an offset map back to the caller's string.
 *
 * The references module matches on NFC text but must report UTF-16 offsets into the string it was
 * given, which may be NFD (Mac, PDF, "Unicode tổ hợp" input) or mixed. Only the segments that NFC
 * changes are recorded, so already-NFC input (the usual case) costs one `normalize` call and no map.
 */

export interface NfcText {
  /** The normalised text every pattern runs on. */
  readonly text: string
  /** Offset in the source of the normalised start offset `i`. */
  toSourceStart(i: number): number
  /** Offset in the source of the normalised end offset `i` (exclusive). Never splits a source segment. */
  toSourceEnd(i: number): number
}

/**
 * A base character with its combining marks, or a lone non-ASCII code point. ASCII characters not
 * followed by a mark are never changed by NFC and never merge with a neighbour, so they are copied
 * as they are. Linear: each alternative consumes at least one code point and cannot overlap. The mark
 * run is bounded because an unbounded `\p{M}+` overflows V8's backtracking stack on megabytes of marks
 * (a longer run just continues as the next segment).
 */
const SEGMENT = /[\s\S]\p{M}{1,64}|[^\x00-\x7F]/gu

export function toNfc(source: string): NfcText {
  const whole = source.normalize('NFC')
  if (whole === source) {
    return {text: source, toSourceStart: (i) => i, toSourceEnd: (i) => i}
  }

  const parts: string[] = []
  // Changed segments, in order: normalised [ns, ne) came from source [ss, se).
  const ns: number[] = []
  const ne: number[] = []
  const ss: number[] = []
  const se: number[] = []
  let copiedUpTo = 0
  let normLength = 0
  SEGMENT.lastIndex = 0
  for (let m = SEGMENT.exec(source); m !== null; m = SEGMENT.exec(source)) {
    const segment = m[0]
    const normal = segment.normalize('NFC')
    if (normal === segment) continue
    const start = m.index
    if (start > copiedUpTo) {
      parts.push(source.slice(copiedUpTo, start))
      normLength += start - copiedUpTo
    }
    ns.push(normLength)
    ss.push(start)
    parts.push(normal)
    normLength += normal.length
    ne.push(normLength)
    se.push(start + segment.length)
    copiedUpTo = start + segment.length
  }
  if (copiedUpTo < source.length) parts.push(source.slice(copiedUpTo))
  const text = parts.join('')

  /** Index of the last changed segment whose normalised start is <= i (or < i when strict), or -1. */
  const last = (i: number, strict: boolean): number => {
    let lo = 0
    let hi = ns.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = ns[mid] ?? 0
      if (strict ? v < i : v <= i) {
        found = mid
        lo = mid + 1
      } else {
        hi = mid - 1
      }
    }
    return found
  }

  return {
    text,
    toSourceStart(i) {
      const k = last(i, false)
      if (k < 0) return i
      const nEnd = ne[k] ?? 0
      if (i < nEnd) return ss[k] ?? 0
      return (se[k] ?? 0) + (i - nEnd)
    },
    toSourceEnd(i) {
      const k = last(i, true)
      if (k < 0) return i
      const nEnd = ne[k] ?? 0
      if (i <= nEnd) return se[k] ?? 0
      return (se[k] ?? 0) + (i - nEnd)
    }
  }
}

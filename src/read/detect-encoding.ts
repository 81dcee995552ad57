/**
 * Which encoding a notice is in, when it is not plain Unicode: bytes that are not valid UTF-8, or
 * Unicode text whose characters are really the font codes of a legacy encoding (“Céng hßa” for “Cộng
 * hòa”). Each candidate decoding of a sample is scored by how many of its non-ASCII words are
 * Vietnamese syllables; the best wins if it is clearly Vietnamese and clearly better than the text as
 * it is. Unicode text is never converted on weak evidence.
 */
import {legacyEncodings, type LegacyEncodingName} from './legacy-encodings.js'
import {plausibility, plausibilityScore, type Plausibility} from './vietnamese-syllables.js'
import {windows1252Bytes} from './windows-1252.js'
import {utf8SequenceLength} from './utf8.js'

export type Detection =
  /** Leave the text as it is. */
  | {kind: 'unicode'}
  /** Legacy encoding; `example` shows one word before and after (text detection only). */
  | {kind: 'legacy'; encoding: LegacyEncodingName; example: string}
  /** UTF-8 bytes that were decoded as Windows-1252 and saved again (“ThÃ´ng bÃ¡o”). */
  | {kind: 'double-utf-8'; example: string}
  /** Mostly valid UTF-8 with a few broken sequences. */
  | {kind: 'utf-8-damaged'}
  /** Nothing reads as Vietnamese. */
  | {kind: 'unknown'}

/** Sample size: a few pages decide, and a 50 MB file is not decoded five times. */
const sampleSize = 65536

interface Candidate {
  kind: 'legacy' | 'double-utf-8'
  encoding: LegacyEncodingName | null
  decode(bytes: Uint8Array): string | null
}

const candidates: readonly Candidate[] = [
  ...legacyEncodings.map((encoding) => ({kind: 'legacy' as const, encoding: encoding.name, decode: encoding.decode})),
  {kind: 'double-utf-8', encoding: null, decode: utf8OrNull}
]

/**
 * Detects the encoding of bytes that are not valid UTF-8.
 *
 * @param bytes
 *   Raw input (BOM removed), known not to be valid UTF-8 and not binary.
 * @returns
 *   `utf-8-damaged`, `legacy` or `unknown`.
 */
export function detectInBytes(bytes: Uint8Array): Detection {
  const {valid, invalid} = utf8Sequences(bytes)
  if (valid >= 4 * invalid) return {kind: 'utf-8-damaged'}
  const sample = bytes.subarray(0, sampleSize)
  const best = bestCandidate(sample, candidates.filter((candidate) => candidate.kind === 'legacy'))
  if (!best || best.result.good < 1 || best.result.good < 2 * best.result.bad) return {kind: 'unknown'}
  return {kind: 'legacy', encoding: best.candidate.encoding ?? 'tcvn3', example: ''}
}

/**
 * Detects legacy text inside Unicode text.
 *
 * @param text
 *   Decoded Unicode text.
 * @returns
 *   `unicode`, `legacy` or `double-utf-8`.
 */
export function detectInText(text: string): Detection {
  const sample = text.slice(0, sampleSize)
  if (!/[^\u0000-\u007f]/.test(sample)) return {kind: 'unicode'}
  const bytes = windows1252Bytes(sample)
  if (bytes === null) return {kind: 'unicode'}
  const asIs = plausibilityScore(plausibility(sample))
  const best = bestCandidate(bytes, candidates)
  if (!best || best.result.good < 2 || best.result.good < 2 * best.result.bad || best.score < asIs + 2) return {kind: 'unicode'}
  const example = exampleWord(sample, best.candidate)
  if (best.candidate.kind === 'double-utf-8') return {kind: 'double-utf-8', example}
  return {kind: 'legacy', encoding: best.candidate.encoding ?? 'tcvn3', example}
}

function bestCandidate(
  bytes: Uint8Array,
  list: readonly Candidate[]
): {candidate: Candidate; result: Plausibility; score: number} | undefined {
  let best: {candidate: Candidate; result: Plausibility; score: number} | undefined
  for (const candidate of list) {
    const decoded = candidate.decode(bytes)
    if (decoded === null) continue
    const result = plausibility(decoded)
    const score = plausibilityScore(result)
    // Strictly better only: on a tie the earlier (more common) encoding stays.
    if (!best || score > best.score) best = {candidate, result, score}
  }

  return best
}

/** The first word with non-ASCII letters, before and after conversion, for the message. */
function exampleWord(sample: string, candidate: Candidate): string {
  const at = sample.search(/[^\u0000-\u007f]/)
  if (at === -1) return ''
  let start = at
  let end = at + 1
  while (start > 0 && at - start < 16 && !isSpaceOrAsciiMark(sample.charCodeAt(start - 1))) start--
  while (end < sample.length && end - at < 16 && !isSpaceOrAsciiMark(sample.charCodeAt(end))) end++
  const word = sample.slice(start, end)
  const bytes = windows1252Bytes(word)
  const converted = bytes === null ? null : candidate.decode(bytes)
  return converted === null ? '' : `“${word}” for “${converted.normalize('NFC')}”`
}

function isSpaceOrAsciiMark(code: number): boolean {
  return code <= 0x40 || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7f)
}

/** Strict UTF-8, allowing a sequence cut off at the end of a sample. */
function utf8OrNull(bytes: Uint8Array): string | null {
  for (let cut = 0; cut < 4 && cut <= bytes.length; cut++) {
    try {
      return new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, bytes.length - cut))
    } catch {
      // Try again without the last bytes.
    }
  }

  return null
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that start none: real UTF-8 with a damaged
 * spot has many of the first, legacy 8-bit text almost none.
 */
function utf8Sequences(bytes: Uint8Array): {valid: number; invalid: number} {
  let valid = 0
  let invalid = 0
  let index = 0
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 1) index++
    else if (length > 1) {
      valid++
      index += length
    } else {
      invalid++
      index++
    }
  }

  return {valid, invalid}
}

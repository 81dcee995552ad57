/**
 * Vietnamese number notation (DOMAIN.md §5): `.` groups thousands, `,` marks the decimal part.
 * `197.810` = 197810 · `11,81` = 11.81 · `1.234.567,89` = 1234567.89.
 */

/**
 * Strict Vietnamese form: optional sign, then either grouped digits (`1.234.567`, first group 1–3
 * digits, every later group exactly 3) or plain digits (`2025`, `05`), then an optional `,` decimal part.
 * Linear: the alternatives are separated by the literal `.` and the pattern is anchored at both ends.
 */
const VI_NUMBER = /^([+\-\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u

/**
 * Parses a Vietnamese-formatted number: `.` thousands, `,` decimal ("197.810" → 197810,
 * "11,81" → 11.81, "1.234.567,89" → 1234567.89). Surrounding whitespace is ignored; a leading
 * `+`, `-` or `−` sign is accepted.
 *
 * Returns null when the text is not a number in that notation, including: English decimals and heading
 * numbers (`7.1`, `2.80`, `1.1.1`), misplaced groups (`1234.567`, `12.34`), space-grouped thousands
 * (`1 234`), empty or dangling parts (`,5`, `1,`), and values too large to be finite.
 *
 * @param raw
 *   Text of the number alone.
 * @returns
 *   The value, or null.
 */
export function parseViNumber(raw: string): number | null {
  if (typeof raw !== 'string') return null
  const match = VI_NUMBER.exec(raw.trim())
  if (!match) return null
  const intDigits = (match[2] ?? '').replaceAll('.', '')
  const value = decimalToNumber(intDigits, match[3] ?? '', 0)
  if (value === null) return null
  return match[1] === '' || match[1] === '+' || value === 0 ? value : -value
}

/**
 * Exact decimal scaling: the number whose decimal digits are `intDigits`,`fracDigits`, times
 * 10^`exponent`, built as a decimal string and converted once, so `197.810 tỷ` is exactly
 * 197810000000000 (no 1.9781e14 float noise) and `11,81` is the double nearest to 11.81.
 *
 * @param intDigits
 *   Integer digits (ASCII, no separators; may be empty).
 * @param fracDigits
 *   Fraction digits (ASCII; may be empty).
 * @param exponent
 *   Power of ten to apply (scale word: 3, 6, 9, 12 …).
 * @returns
 *   The value, or null when it is not finite.
 */
export function decimalToNumber(intDigits: string, fracDigits: string, exponent: number): number | null {
  let digits = intDigits + fracDigits
  let point = intDigits.length + exponent
  // Drop leading zeros (keeps the string short; the point moves with them).
  let lead = 0
  while (lead < digits.length - 1 && digits.charCodeAt(lead) === 48 && lead < point - 1) lead++
  digits = digits.slice(lead)
  point -= lead
  let text: string
  if (digits === '') text = '0'
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length)
  else if (point <= 0) text = '0.' + '0'.repeat(-point) + digits
  else text = digits.slice(0, point) + '.' + digits.slice(point)
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

/**
 * Lenient fallback used only by `findFigures` when a unit follows directly: a single `.` followed by
 * one or two digits cannot be a thousands separator, so `+2.80m` (English-style decimal seen in real
 * Hà Nội texts) reads as 2.8. Three digits after one `.` stay thousands (`1.800m3/h` = 1800).
 */
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/u

/**
 * Splits a number token as written into integer and fraction digits, strict Vietnamese first, then the
 * dot-decimal fallback. Returns null when neither applies.
 *
 * @param token
 *   Digits with `.`/`,` separators, no sign, no spaces.
 * @returns
 *   Digit strings, or null.
 */
export function splitNumberToken(token: string): {intDigits: string; fracDigits: string} | null {
  const strict = VI_NUMBER.exec(token)
  if (strict && strict[1] === '') {
    return {intDigits: (strict[2] ?? '').replaceAll('.', ''), fracDigits: strict[3] ?? ''}
  }

  const loose = DOT_DECIMAL.exec(token)
  if (loose) return {intDigits: loose[1] ?? '', fracDigits: loose[2] ?? ''}
  return null
}

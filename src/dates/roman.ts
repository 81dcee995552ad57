/**
 * Roman numerals as written in Vietnamese documents: quarters (`Quý III`), congresses (`Đại hội XIV`),
 * parts (`Phần II`).
 */

const VALUES: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10, L: 50, C: 100}

/**
 * Read a Roman numeral (I … CCC), case-insensitive.
 * @param value
 *   Numeral, such as `III` or `iv`.
 * @returns
 *   Its value, or `null` when `value` is not a well-formed numeral.
 */
export function romanToInt(value: string): number | null {
  const upper = value.toUpperCase()
  if (!/^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(upper) || upper === '') return null
  let total = 0
  for (let index = 0; index < upper.length; index++) {
    const current = VALUES[upper.charAt(index)] ?? 0
    const next = VALUES[upper.charAt(index + 1)] ?? 0
    total += current < next ? -current : current
  }
  return total
}

/**
 * Read a quarter written as a Roman (`I`–`IV`) or Arabic (`1`–`4`) numeral.
 * @param value
 *   Numeral.
 * @returns
 *   1–4, or `null`.
 */
export function parseQuarter(value: string): number | null {
  const number = /^\d+$/.test(value) ? Number(value) : romanToInt(value)
  return number !== null && number >= 1 && number <= 4 ? number : null
}

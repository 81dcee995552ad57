/**
 * How much of one input is read: a notice is at most a few hundred kilobytes, so a cap far above that
 * stops `/dev/zero`, `yes |` or a runaway log before they take the machine's memory, and costs nothing
 * to a real document. Sizes are written as people write them (`64M`, `512KiB`, `1G`).
 */

/** The default cap of one input: 64 MiB (the largest notice of the corpus is under 1 MiB). */
export const defaultMaxSize = 64 * 1024 * 1024

const units: Record<string, number> = {'': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3}

/**
 * Reads a size.
 *
 * @param text
 *   A whole number of bytes, or a number with a binary unit: `10K`, `10M`, `1.5G`, `64MiB`, `512kb`.
 * @returns
 *   Bytes (at least 1), or null when the text is not a size.
 */
export function parseSize(text: string): number | null {
  const match = /^(\d{1,12}(?:\.\d{1,6})?) ?([kmg]?)(?:i?b)?$/iu.exec(text.trim())
  if (!match) return null
  const bytes = Math.floor(Number(match[1]) * (units[(match[2] ?? '').toLowerCase()] ?? 1))
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null
}

/**
 * A size for a message.
 *
 * @param bytes
 *   Size.
 * @returns
 *   `64 MiB`, `10 KiB`, `1.5 GiB` or `1000 bytes`.
 */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024]
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`
  }

  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
}

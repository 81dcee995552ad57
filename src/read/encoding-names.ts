/**
 * The names `--encoding` and the `encoding` option accept. Kept apart from the decoders so the command
 * line can list them without loading any code page.
 */

/** `auto` detects; the others force one encoding. */
export const encodingChoices = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'windows-1258', 'viscii'] as const
export type EncodingChoice = (typeof encodingChoices)[number]

/** Other names people use for the same encodings (the library accepts them too). */
const aliases: Readonly<Record<string, EncodingChoice>> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  tcvn: 'tcvn3',
  'tcvn-3': 'tcvn3',
  abc: 'tcvn3',
  'vni-windows': 'vni',
  'vni-win': 'vni',
  cp1258: 'windows-1258',
  windows1258: 'windows-1258'
}

/**
 * @param name
 *   An encoding name as a user wrote it.
 * @returns
 *   The encoding it names, or undefined.
 */
export function encodingChoice(name: string): EncodingChoice | undefined {
  const lower = name.toLowerCase()
  return (encodingChoices as readonly string[]).includes(lower) ? (lower as EncodingChoice) : aliases[lower]
}

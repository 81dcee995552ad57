/**
 * The characters both normalisers act on (the document's, `read/normalize.ts`, and the finders',
 * `text/normalize-text.ts`): one list each, so the two never disagree on what is invisible or a space.
 */

/** Zero-width characters: they only break matching, and are removed. */
export const zeroWidth: readonly string[] = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']

/** Fixed-width and other Unicode spaces, read as a plain space. */
export const otherSpaces: readonly string[] = ['\u00a0', '\u1680', '\u2007', '\u202f', '\u205f', '\u3000']

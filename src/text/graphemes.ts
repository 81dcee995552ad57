/** Grapheme clusters, so that a cut never separates a letter from its combining marks. */

let segmenter: Intl.Segmenter | undefined

/**
 * The grapheme clusters of `text`. The segmenter is made on first use, not when a module loads: making
 * one loads ICU's break rules (about 9 ms), and every command loads the output formats, not only those
 * that cut text.
 */
export function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('vi', {granularity: 'grapheme'})
  return segmenter.segment(text)
}

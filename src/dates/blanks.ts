/**
 * Marks that keep chrono from reading a date, blanked out before it reads (each by as many spaces, so
 * offsets stay):
 * - a minute mark after the minutes (`14 giờ 00”`, `08 giờ 30’’`) would keep the time from joining the
 *   date after it;
 * - a table rule that OCR glued to a word before a number (`trước ngày| 15/10/2024`) would cut the
 *   deadline keyword off its date.
 */

/** A typed minute mark after digits: ” ″ " or two ’ or '. */
const MINUTE_MARK = /(?<=\d)(?:[”″"]|’’|'')/gu
/** A vertical rule right after a letter, before a number. */
const GLUED_RULE = /(?<=\p{sc=Latn})[|¦│](?=\s*\d)/gu

/**
 * @param text
 *   Text to read dates in.
 * @returns
 *   The same text, of the same length, with those marks as spaces.
 */
export function blankMarks(text: string): string {
  const blank = (mark: string): string => ' '.repeat(mark.length)
  return text.replace(MINUTE_MARK, blank).replace(GLUED_RULE, blank)
}

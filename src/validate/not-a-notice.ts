/**
 * Model → whether the file is a notice at all. A directory of notices also holds a README, a list of
 * contents, someone's notes; read as notices they fail `no-tasks` and stop a CI run over a folder that is
 * fine. Such a file is recognised from what the model found in it: nothing of a notice.
 *
 * The test is deliberately narrow, so that a real notice that was read badly is still checked (its
 * problems are what `validate` is for): a notice whose header was lost to OCR or a missing page still
 * has tasks, a signature, a "Nơi nhận" list or a stamp; one with mojibake has an error at a place in its
 * text. Only a file with none of these is "not a notice".
 *
 * Except for a text in another language: a README or notes in English hold list items and example
 * dates (its bullets read as tasks, an example "30/02/2026" as an impossible date), but a notice is
 * written in Vietnamese. A notice whose header and closing were both lost still reads as Vietnamese,
 * and so does mojibake (its words carry non-ASCII symbols, see {@link foreignShare}).
 */
import type {Notice} from '../model/schema.js'
import {displayName} from '../read/file-name.js'
import {foreignShare} from '../read/vietnamese-syllables.js'

/**
 * Above this share of non-Vietnamese ASCII words a text is in another language: notices of the corpus
 * have at most 0.15, English documentation 0.6 and more.
 */
const FOREIGN = 0.4

/** Enough text to tell the language by. */
const SAMPLE = 32_768

/** What is said of a file that is not a notice (after its name). */
export const notANotice = 'not a notice (no document type, header or Vietnamese tasks)'

/** What is said on stderr of such a file: skipped when a walk found it, checked when it was named. */
export function notANoticeNote(file: string, skipped = true): string {
  return `${displayName(file)}: ${notANotice}, ${skipped ? 'skipped' : 'checked as one because it was named'}`
}

/**
 * Whether a model is a notice.
 *
 * @param notice
 *   The model of a file.
 * @param text
 *   The text it was read from.
 * @returns
 *   False when it has no document type, no header field (number, date, issuer, title, place), nothing
 *   else only a notice carries (incoming stamp, meeting, routing table, attachments, "Nơi nhận" list,
 *   signature), and either is in another language or has no tasks and no error found at a place in its
 *   text (mojibake, an impossible date); true otherwise.
 */
export function isNotice(notice: Notice, text: string): boolean {
  const {document} = notice
  const header = [document.type.code, document.type.name, document.type.raw, document.number, document.date, document.issuer, document.title, document.place]
  if (header.some((field) => field !== null)) return true
  if (notice.routing.length > 0 || notice.parts.length > 0 || notice.recipients.length > 0) return true
  if (notice.receipt !== null || notice.meeting !== null || notice.signature !== null) return true
  if (foreignShare(text.slice(0, SAMPLE)) > FOREIGN) return false
  if (notice.tasks.length > 0) return true
  // An error at a place is about the text itself: reported, never skipped with the file.
  return notice.diagnostics.some((diagnostic) => diagnostic.severity === 'error' && diagnostic.position !== null)
}

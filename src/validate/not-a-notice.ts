/**
 * Model → whether the file is a notice at all. A directory of notices also holds a README, a list of
 * contents, someone's notes; read as notices they fail `no-tasks` and stop a CI run over a folder that is
 * fine. Such a file is recognised from what the model found in it: nothing of a notice.
 *
 * The test is deliberately narrow, so that a real notice that was read badly is still checked (its
 * problems are what `validate` is for): a notice whose header was lost to OCR or a missing page still
 * has tasks, a signature, a "Nơi nhận" list or a stamp; one with mojibake has an error at a place in its
 * text. Only a file with none of these is "not a notice".
 */
import type {Notice} from '../model/schema.js'

/** What is said of a file that is not a notice (after its name). */
export const notANotice = 'not a notice (no document type, header or tasks)'

/**
 * Whether a model is a notice.
 *
 * @param notice
 *   The model of a file.
 * @returns
 *   False when it has no document type, no header field (number, date, issuer, title, place), no tasks,
 *   nothing else only a notice carries (incoming stamp, meeting, routing table, attachments, "Nơi nhận"
 *   list, signature), and no error found at a place in its text (mojibake, an impossible date); true
 *   otherwise.
 */
export function isNotice(notice: Notice): boolean {
  const {document} = notice
  const header = [document.type.code, document.type.name, document.type.raw, document.number, document.date, document.issuer, document.title, document.place]
  if (header.some((field) => field !== null)) return true
  if (notice.tasks.length > 0 || notice.routing.length > 0 || notice.parts.length > 0 || notice.recipients.length > 0) return true
  if (notice.receipt !== null || notice.meeting !== null || notice.signature !== null) return true
  // An error at a place is about the text itself: reported, never skipped with the file.
  return notice.diagnostics.some((diagnostic) => diagnostic.severity === 'error' && diagnostic.position !== null)
}

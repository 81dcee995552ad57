/**
 * The extractors, in the order they run: later ones read what earlier ones found (tasks use the
 * reference date from the document, receipt and meeting, the references found in the text, and the
 * attachments and appendices their ids start with).
 */
import document from './document.js'
import receipt from './receipt.js'
import meeting from './meeting.js'
import routing from './routing.js'
import figures from './figures.js'
import findings from './findings.js'
import references from './references.js'
import parts from './parts.js'
import tasks from './tasks.js'
import recipients from './recipients.js'
import signature from './signature.js'

export const extractors = [document, receipt, meeting, routing, figures, findings, references, parts, tasks, recipients, signature] as const

/**
 * Warning when the file is UTF-8 with byte sequences that are not: each became U+FFFD and whatever it
 * stood for is lost. Reported once, at the first one.
 */
import {decodingRule} from './support/decoding.js'

export default decodingRule('encoding-invalid-bytes', 'warning', 'A UTF-8 file has no invalid byte sequences (each one becomes U+FFFD)')

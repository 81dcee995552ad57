/**
 * Warning when the file is UTF-8 with byte sequences that are not: each became U+FFFD and whatever it
 * stood for is lost. Reported once, at the first one.
 */
import {decodingRule} from './support/decoding.js'

export default decodingRule('encoding-invalid-bytes', 'warning', {
  en: 'A UTF-8 file has no invalid byte sequences (each one becomes U+FFFD)',
  vi: 'Tệp UTF-8 không có chuỗi byte hỏng (mỗi chuỗi hỏng thành một ký tự U+FFFD)'
})

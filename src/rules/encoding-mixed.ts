/**
 * Warning when the text reads like legacy font codes (TCVN3, VNI) but also holds Unicode characters that
 * such text cannot: it is left as it is, since converting it would garble the Unicode parts.
 */
import {decodingRule} from './support/decoding.js'

export default decodingRule('encoding-mixed', 'warning', {
  en: 'The text is not a mix of legacy font codes (TCVN3, VNI …) and Unicode',
  vi: 'Văn bản không lẫn lộn mã phông cũ (TCVN3, VNI …) với Unicode'
})

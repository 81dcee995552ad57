/**
 * Info when the reader converted the text to get Unicode: a legacy encoding (TCVN3, VNI, Windows-1258,
 * VISCII, as bytes or as font codes stored in UTF-8), UTF-8 read twice, or decomposed letters (NFD).
 * The model is sound, but positions count characters of the converted text.
 */
import {decodingRule} from './support/decoding.js'

export default decodingRule('encoding-converted', 'info', {
  en: 'The file is Unicode as it is: no legacy encoding (TCVN3, VNI …), double UTF-8 or decomposed letters had to be converted',
  vi: 'Tệp đã là Unicode, không phải chuyển đổi từ bảng mã cũ (TCVN3, VNI …), từ UTF-8 bị mã hóa hai lần hay từ chữ tổ hợp (dấu tách rời)'
})

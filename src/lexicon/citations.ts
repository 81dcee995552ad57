/**
 * Words around a citation of another document ("Kết luận số 18-KL/TW ngày 02/4/2026 của Ban Chấp hành
 * Trung ương"): what may stand between its type word and "số", what ends a law's or an issuer's name,
 * and what a hard line wrap may split inside a name. The reference finder builds its patterns from them;
 * one line adds one.
 */

/** Words that may follow a type word before "số" without changing its kind ("Kế hoạch hành động số …"). */
export const typeQualifiers: readonly string[] = ['kết luận', 'hành động', 'công tác', 'phối hợp', 'liên ngành']

/** Words after a bare number that make it a quantity, not a citation ("Chỉ thị 11 năm …" aside). */
export const quantityWords: readonly string[] = [
  'năm', 'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'lần', 'người', 'điểm', 'nghìn', 'ngàn',
  'triệu', 'tỷ', 'đồng', 'km', 'ha', 'm', 'xã', 'tỉnh', 'đơn', 'cơ', 'nhiệm', 'nội', 'mục', 'chỉ'
]

/** Words that cannot be part of a law's name: the match ran past it ("Luật Đất đai được giao theo …"). */
export const lawNameStops: readonly string[] = [
  'được', 'theo', 'giao', 'tại', 'của', 'về', 'và các', 'trong', 'năm', 'đã', 'thi hành', 'các', 'với'
]

/** Lower-case words and phrases that end an issuer's name ("của Chính phủ quy định …"). */
export const issuerStops: readonly string[] = [
  'về', 'vê', 'v/v', 'V/v', 'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'ban hành', 'phê duyệt',
  'thực hiện', 'triển khai', 'tại', 'theo', 'đã', 'nêu', 'gửi', 'trong', 'giữa', 'là', 'thì', 'để',
  'có', 'được', 'cho', 'với', 'đối với', 'ngày', 'số', 'nhằm', 'và các', 'kèm', 'cùng', 'sau', 'trước',
  'khi', 'mà', 'đến', 'từ', 'này', 'nói', 'như', 'chỉ đạo', 'yêu cầu', 'giao'
]

/** Last words (lower case) after which a name goes on at the next line ("Ủy ban nhân dân tỉnh⏎Trà Vinh"). */
export const unfinishedNameEnds: readonly string[] = [
  'tỉnh', 'phố', 'xã', 'phường', 'huyện', 'quận', 'thị', 'bộ', 'ban', 'sở', 'ủy', 'cục', 'tổng', 'hội', 'đồng',
  'nhân', 'dân', 'ubnd', 'hđnd', 'chủ', 'tịch'
]

/** Two-syllable words a hard line wrap may split inside a name ("UBND Thành⏎phố", "Bộ Chính⏎trị"). */
export const wrappedNameWords: readonly string[] = [
  'thành phố', 'chính trị', 'chính phủ', 'trung ương', 'nhân dân', 'bí thư', 'thường vụ', 'thường trực',
  'tỉnh ủy', 'thành ủy', 'quốc hội', 'xã hội', 'môi trường', 'đào tạo', 'nông thôn', 'phát triển',
  'chấp hành', 'văn phòng', 'thủ tướng', 'tài chính', 'nội vụ', 'tư pháp', 'xây dựng', 'công an',
  'quốc phòng', 'ngoại giao', 'kế hoạch', 'đầu tư', 'giáo dục', 'khoa học', 'công nghệ', 'thông tin',
  'truyền thông', 'du lịch', 'văn hóa', 'thể thao', 'tài nguyên', 'nông nghiệp', 'công thương',
  'tổ chức', 'kiểm tra', 'tuyên giáo', 'dân vận', 'mặt trận', 'tổ quốc', 'việt nam', 'hà nội',
  'chủ tịch', 'ủy ban', 'hội đồng', 'ngân hàng', 'nhà nước', 'thanh tra', 'kiểm toán', 'giao thông',
  'vận tải', 'lao động', 'thương binh', 'dân tộc', 'tôn giáo', 'y tế', 'đảng ủy', 'chỉ đạo'
]

/**
 * Issuers of the documents a text cites, by their full names: the central bodies of the Party and the
 * State and the ministries. The reference finder prefers them to its clause-boundary rule, which would
 * cut "Bộ Văn hóa, Thể thao và Du lịch" at its comma. One line adds one.
 */

/**
 * The fields the ministries are named for, present and former, written as after "Bộ" ("Bộ Tài chính",
 * "Sở Tài chính"). Also the words of a department's name that keep their capitals in running text.
 */
export const ministryFields: readonly string[] = [
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Kế hoạch và Đầu tư',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Giao thông vận tải',
  'Dân tộc và Tôn giáo',
  'Tài chính',
  'Công Thương',
  'Nội vụ',
  'Tư pháp',
  'Y tế',
  'Xây dựng',
  'Quốc phòng',
  'Công an',
  'Ngoại giao'
]

/**
 * Issuers whose names contain commas, hyphens or line-wrap points, so the clause-boundary rule would cut
 * them short. Matched with tone-placement and case folding; the longest wins.
 */
export const issuers: readonly string[] = [
  'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Bí thư Trung ương Đảng',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Phó Thủ tướng Chính phủ',
  'Văn phòng Chính phủ',
  'Văn phòng Trung ương Đảng',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương',
  'Ban Tuyên giáo và Dân vận Trung ương',
  'Ban Dân vận Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Ban Chỉ đạo Trung ương',
  'Ban Thường vụ Thành ủy',
  'Ban Thường vụ Tỉnh ủy',
  'Thường trực Thành ủy',
  'Thường trực Tỉnh ủy',
  ...ministryFields.map((field) => `Bộ ${field}`),
  'Ngân hàng Nhà nước Việt Nam',
  'Thanh tra Chính phủ',
  'Kiểm toán Nhà nước',
  'Tòa án nhân dân tối cao',
  'Viện kiểm sát nhân dân tối cao',
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'
]

/**
 * The words that name who acts: heads of organisations' names (State and Party), nouns for groups of
 * bodies, office-holders' titles. Written as in running text; matched folded, whole words (`PhraseTable`),
 * so "Uỷ ban" and "Ủy ban", "Đảng ủy" and OCR's "Dang uy" are one entry. A body word is one line here.
 */

/** Words that begin the proper name of an organisation ("Sở Y tế", "Ban Tổ chức Thành ủy"). */
export const organisationHeads: readonly string[] = [
  // State
  'Bộ', 'Sở', 'Ban', 'Ủy ban', 'Ủy ban nhân dân', 'UBND', 'HĐND', 'Hội đồng nhân dân', 'Hội đồng', 'Văn phòng', 'Cục',
  'Tổng cục', 'Chi cục', 'Vụ', 'Thanh tra', 'Kho bạc', 'Kho bạc Nhà nước', 'Công an', 'Bộ Chỉ huy', 'Bộ Tư lệnh',
  'Bộ đội Biên phòng', 'Quân khu', 'Cảnh sát', 'Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc', 'MTTQ', 'Hội', 'Hiệp hội',
  'Liên đoàn', 'Liên hiệp', 'Đoàn', 'Trường', 'Học viện', 'Đại học', 'Viện', 'Bệnh viện', 'Trung tâm', 'Công ty',
  'Tổng công ty', 'Tập đoàn', 'Ngân hàng', 'Ngân hàng Nhà nước', 'Bảo hiểm xã hội', 'BHXH', 'Đài', 'Báo', 'Thông tấn xã',
  'Phòng', 'Chính phủ', 'Quốc hội', 'Tòa án', 'Tòa án nhân dân', 'Viện kiểm sát', 'Viện kiểm sát nhân dân', 'Kiểm toán',
  'Kiểm toán Nhà nước', 'Thuế', 'Hải quan', 'Chi nhánh', 'Ban Quản lý', 'Ban Chỉ đạo', 'Ban chỉ đạo', 'Tổ công tác',
  'Đoàn công tác', 'Tổ giúp việc', 'Tổ', 'Hợp tác xã', 'Quỹ', 'Điện lực', 'Tỉnh', 'Thành phố', 'Huyện', 'Quận', 'Xã', 'Phường',
  'Tỉnh đoàn', 'Thành đoàn', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Ủy ban Kiểm tra', 'Văn phòng Chính phủ',
  // Party
  'Ban Chấp hành', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Thường vụ', 'Thường trực', 'Thường vụ', 'Ban Tổ chức',
  'Ban Tuyên giáo', 'Ban Tuyên giáo và Dân vận', 'Ban Dân vận', 'Ban Nội chính', 'Ban Kinh tế', 'Ban Xây dựng Đảng',
  'Đảng ủy', 'Đảng bộ', 'Đảng đoàn', 'Ban cán sự đảng', 'Thành ủy', 'Tỉnh ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Chi bộ',
  'Cấp ủy', 'Trung ương', 'Ban Chỉ đạo Trung ương', 'Hội đồng Lý luận',
  // Others that act in plans: missions, cultural bodies, firms
  'Tổng Liên đoàn', 'Đại sứ quán', 'Lãnh sự quán', 'Bảo tàng', 'Nhà hát', 'Thư viện', 'Hãng phim', 'Hãng', 'Nhà xuất bản',
  'Cảng vụ', 'Khu Quản lý', 'Ban Thi đua', 'Chi nhánh', 'Nhà máy', 'Xí nghiệp', 'Khu bảo tồn', 'Vườn quốc gia', 'Đội', 'Trạm'
]

/** The letter's polite "you": it stands for the addressees of "Kính gửi". */
export const addresseePronouns: readonly string[] = [
  'Quý cơ quan', 'Quý đơn vị', 'Quý Ủy ban', 'Quý Bộ', 'Quý Sở', 'Quý Ban', 'Quý Hội', 'Quý địa phương', 'Quý Công ty'
]

/**
 * Nouns for a body or a group of bodies, in any case: "các sở, ban, ngành", "cơ sở đào tạo", "tổ chức,
 * cá nhân". They head a name after "các" or in a list, and some alone ("cơ sở đào tạo thực hiện …").
 */
export const groupNouns: readonly string[] = [
  'sở', 'ban', 'ngành', 'bộ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'đảng ủy viên', 'cơ quan', 'đơn vị', 'địa phương', 'cấp', 'cấp ủy', 'cấp ủy đảng', 'tổ chức đảng',
  'tổ chức cơ sở đảng', 'đảng ủy', 'đảng bộ', 'chi bộ', 'chi ủy', 'chính quyền', 'đoàn thể', 'mặt trận', 'tổ chức chính trị - xã hội',
  'tổ chức chính trị xã hội', 'tổ chức chính trị', 'tổ chức xã hội', 'tổ chức', 'cá nhân', 'hộ gia đình', 'tổ chức tín dụng', 'doanh nghiệp',
  'cơ sở đào tạo', 'cơ sở giáo dục', 'trường', 'trường học', 'hội', 'hội đoàn thể', 'hiệp hội', 'chủ đầu tư',
  'nhà đầu tư', 'nhà thầu', 'hợp tác xã', 'lực lượng', 'lực lượng vũ trang', 'thành viên', 'đồng chí', 'đại biểu',
  'ngân hàng', 'công ty', 'tập đoàn', 'tổng công ty', 'bộ phận', 'phòng', 'phòng ban', 'ủy ban nhân dân', 'ủy ban',
  'hội đồng nhân dân', 'ban quản lý', 'ban chỉ đạo', 'tổ công tác', 'thôn', 'tổ dân phố', 'khu phố', 'ấp',
  'xã', 'phường', 'đặc khu', 'thị trấn', 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'vùng', 'khu đô thị',
  'khu công nghiệp', 'khu kinh tế', 'khu chế xuất', 'cụm công nghiệp', 'khu quản lý', 'báo chí', 'cơ quan báo chí',
  'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'cơ quan báo chí', 'cơ quan quản lý', 'cơ quan chuyên môn',
  'cơ quan chức năng', 'cơ quan tham mưu', 'cơ quan tham mưu, giúp việc', 'cơ quan tham mưu giúp việc', 'cơ quan có thẩm quyền',
  'cơ quan nhà nước', 'đơn vị sự nghiệp', 'đơn vị trực thuộc', 'đơn vị vũ trang', 'chủ rừng', 'chủ cơ sở', 'người dân', 'đảng viên', 'cán bộ', 'công chức', 'viên chức', 'người lao động', 'đội ngũ',
  // "cán bộ lãnh đạo" is a kind of cadre, not cadres who direct
  'cán bộ lãnh đạo', 'cán bộ lãnh đạo, quản lý', 'cán bộ lãnh đạo chủ chốt', 'đội ngũ lãnh đạo', 'đội ngũ lãnh đạo, quản lý', 'tập thể lãnh đạo', 'tập thể', 'người đứng đầu', 'thủ trưởng', 'lãnh đạo', 'đại sứ quán', 'hãng', 'nhà máy',
  ...addresseePronouns
]

/** The people's committees, the usual addressees of a State document's paragraphs. */
export const localGovernments: readonly string[] = ['Ủy ban nhân dân', 'UBND']

/** Office-holders' titles: a person is named by them ("Chủ tịch UBND tỉnh", "Phó Trưởng đoàn"). */
export const officeTitles: readonly string[] = [
  'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực', 'Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực',
  'Tổng Bí thư', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Thủ trưởng', 'Thủ tướng', 'Thủ tướng Chính phủ',
  'Phó Thủ tướng', 'Phó Thủ tướng Thường trực', 'Bộ trưởng', 'Thứ trưởng', 'Chánh Văn phòng', 'Phó Chánh Văn phòng',
  'Chánh Thanh tra', 'Chánh án', 'Viện trưởng', 'Trưởng ban', 'Phó Trưởng ban', 'Trưởng Ban', 'Phó Trưởng Ban',
  'Trưởng đoàn', 'Phó Trưởng đoàn', 'Trưởng phòng', 'Phó Trưởng phòng', 'Cục trưởng', 'Vụ trưởng', 'Chi cục trưởng',
  'Tổng cục trưởng', 'Hiệu trưởng', 'Người đứng đầu', 'Ủy viên', 'Ủy viên Ban Thường vụ', 'Tổng Kiểm toán',
  'Chủ nhiệm', 'Phó Chủ nhiệm', 'Trưởng', 'Phó', 'Chánh', 'Tư lệnh', 'Chính ủy', 'Chỉ huy trưởng', 'Trưởng Công an',
  'Tổ trưởng', 'Trưởng thôn', 'Kế toán trưởng', 'Lãnh đạo', 'Thường trực'
]

/** A person: "Ông Nguyễn Văn A - Phó Trưởng đoàn", "đồng chí Trần B". */
export const personWords: readonly string[] = ['Ông', 'Bà', 'đồng chí', 'Đ/c', 'đ/c']

/** A form of address before an office-holder's title, not part of the name: "Đồng chí Phó Bí thư …". */
export const formsOfAddress: readonly string[] = ['đồng chí', 'Đ/c']

/** Words before a group noun that belong to the name ("các sở", "toàn thể đảng viên"). */
export const determiners: readonly string[] = ['các', 'những', 'toàn thể', 'tất cả các', 'mỗi', 'từng']

/** Places and levels: a name that reaches one has ended, but for a proper name after it ("… tỉnh Quảng Ninh"). */
export const placeWords: readonly string[] = [
  'trung ương', 'thành phố', 'tỉnh', 'huyện', 'xã', 'phường', 'đặc khu', 'quận', 'thị xã', 'thị trấn', 'cấp tỉnh',
  'cấp xã', 'cấp huyện', 'trên địa bàn', 'địa bàn', 'toàn xã', 'toàn tỉnh', 'toàn thành phố'
]

/**
 * Activities that say what kind of body a common noun is: "các đơn vị khai thác khoáng sản", "nhà thầu
 * thi công", "đơn vị tư vấn". After a group noun they begin its qualifier, not its action.
 */
export const activityQualifiers: readonly string[] = [
  'khai thác', 'quản lý', 'kinh doanh', 'sản xuất', 'thi công', 'duy trì', 'vận hành', 'cấp nước', 'tư vấn', 'chế biến',
  'bảo quản', 'kinh doanh hạ tầng', 'xả thải', 'sử dụng'
]

/** Lower-case words that go on with a name ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"). */
export const nameComplements: readonly string[] = [
  ...placeWords, 'nhân dân', 'trực thuộc', 'thuộc', 'liên quan', 'có liên quan', 'ngang bộ', 'cấp', 'xã hội',
  'cơ sở', 'nhà nước', 'đảng', 'dân vận', 'quân sự', 'chuyên trách', 'chuyên môn', 'thường trực', 'trực tiếp quản lý',
  'theo ngành dọc', 'ngành dọc', 'khu vực', 'được giao', 'được cấp phép',
  // "… các tổ chức chính trị trong toàn xã": a whole place's bodies
  ...placeWords.filter((place) => place.startsWith('toàn ')).map((place) => `trong ${place}`),
  // compound nouns whose second word is also a verb ("cơ quan đại diện ngoại giao")
  'ngoại giao', 'giao thông', 'vận tải', 'đại diện', 'liên doanh'
]

/**
 * Words that begin like a body but are not one ("Hội nghị", "Trường hợp", "Phòng chống"): a name never
 * starts with them.
 */
export const notBodies: readonly string[] = [
  'Hội nghị', 'Hội thảo', 'Hội thi', 'Hội diễn', 'Trường hợp', 'Đoàn kết', 'Phòng chống', 'Phòng, chống', 'Phòng ngừa',
  'Phòng tránh', 'Tổ chức thực hiện', 'Ban hành', 'Báo cáo', 'Tổng hợp', 'Tổng kết', 'Đài phát thanh', 'Cấp phép',
  'Cấp giấy', 'Cấp có thẩm quyền', 'Quỹ đất', 'Vụ việc', 'Bộ máy', 'Bộ công cụ', 'Bộ tiêu chí', 'Bộ chỉ số', 'Đoàn viên',
  'Chính quyền địa phương hai cấp', 'Thành phố thông minh', 'Tỉnh lộ', 'Báo chí', 'Cơ sở dữ liệu', 'Cơ sở hạ tầng', 'Cơ sở vật chất', 'Thuế suất'
]

/**
 * The words of assigning and acting: role words that give a body its part in a task, and the verbs,
 * modals and adverbs that end a body's name ("Bộ Tư pháp khẩn trương …", "Sở Y tế cần …"). Matched
 * folded, whole words; one line adds one.
 */

/** Words that assign the body after them: "Giao X …", "Đề nghị X …", "Phân công X …". */
export const assigning: readonly string[] = ['giao', 'đề nghị', 'kính đề nghị', 'yêu cầu', 'phân công', 'đề xuất giao', 'chỉ định']

/** Words that ask rather than report, beside thanks: "… cảm ơn và rất mong Quý cơ quan phối hợp". */
export const asking: readonly string[] = ['mong', 'đề nghị', 'yêu cầu', 'rất mong']

/** The past, in background: "Sở Tài chính đã báo cáo …". */
export const past: readonly string[] = ['đã']

/** "X chủ trì", "Cơ quan chủ trì: X": the body in charge. */
export const chairing: readonly string[] = ['chủ trì', 'là cơ quan chủ trì', 'là đơn vị chủ trì', 'là cơ quan đầu mối', 'là đầu mối', 'làm đầu mối', 'chủ trì thực hiện']

/** "phối hợp với Y": those who cooperate. */
export const cooperating: readonly string[] = [
  'phối hợp', 'phối hợp chặt chẽ', 'phối hợp chặt chẽ với', 'phối hợp với', 'cùng phối hợp với', 'phối hợp cùng', 'chủ trì cùng', 'chủ trì cùng với'
]

/** "X lãnh đạo, chỉ đạo Y …": X directs, Y carries it out. */
export const directing: readonly string[] = [
  'chỉ đạo', 'lãnh đạo', 'lãnh đạo, chỉ đạo', 'lãnh đạo và chỉ đạo', 'trực tiếp chỉ đạo', 'chỉ đạo, điều hành',
  'lãnh đạo, chỉ đạo, điều hành', 'chỉ đạo, hướng dẫn', 'lãnh đạo, chỉ đạo việc', 'chỉ đạo và định hướng',
  'hướng dẫn, chỉ đạo', 'chỉ đạo, đôn đốc'
]

/** Acts that say only that a body does the item it stands under ("Ban Xây dựng Đảng tham mưu, thực hiện …"). */
export const genericActs: readonly string[] = ['thực hiện', 'tham mưu', 'chuẩn bị', 'triển khai', 'tổ chức thực hiện', 'tham mưu thực hiện']

/** Words of when a line says work is due ("trong Quý II/2028", "trước ngày 30/6"), besides its numbers. */
export const whenWords: readonly string[] = [
  'trong', 'trước', 'ngày', 'tháng', 'quý', 'năm', 'đến', 'từ', 'hằng', 'hàng', 'chậm nhất', 'cuối', 'đầu', 'giữa', 'tuần'
]

/** A heading over someone's duties: "Trách nhiệm của X", "Nhiệm vụ của X". */
export const dutyOf: readonly string[] = ['trách nhiệm của', 'nhiệm vụ của', 'trách nhiệm, nhiệm vụ của', 'nhiệm vụ, trách nhiệm của']

/** An agenda's "Nghe X báo cáo …": who is heard, and what they do. */
export const hearing: readonly string[] = ['nghe', 'nghe và cho ý kiến']
export const presenting: readonly string[] = ['báo cáo', 'trình bày', 'thông qua', 'trình', 'báo cáo, đánh giá']

/** Words before "chỉ đạo" that make it a noun: "theo chỉ đạo của", "sự lãnh đạo", "Ban Chỉ đạo". */
export const directingAsNoun: readonly string[] = ['theo', 'sự', 'của', 'ý kiến', 'công tác', 'việc', 'ban', 'tăng cường']

/** Words between an assigning word and its body: "Giao cho Sở Y tế", "Yêu cầu đối với các tổ chức". */
export const beforeAssigned: readonly string[] = ['cho', 'trực tiếp', 'đối với']

/** Words before "chủ trì" that make it a noun or passive: "(phân công) cơ quan chủ trì", "được giao chủ trì". */
export const chairingAsNoun: readonly string[] = ['được', 'cơ quan', 'đơn vị', 'được giao', 'được phân công']

/** The label of a plan item's field: "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:". */
export const fieldLabels: readonly string[] = ['cơ quan', 'đơn vị', 'chủ thể', 'bộ phận']

/** The role of a plan item's field: "chủ trì", "phối hợp", "thực hiện", "chỉ đạo". */
export const fieldRoles: readonly string[] = ['chủ trì', 'phối hợp', 'chủ trì thực hiện', 'phối hợp thực hiện', 'thực hiện', 'chỉ đạo']

/** What may follow a name without making it a doer: "… về việc", a negation or a future ("… sẽ xem xét"). */
export const notActing: readonly string[] = [
  'về', 'về việc', 'nhằm', 'không', 'chưa', 'sẽ',
  // a passive: the subject is acted on ("Trạm bơm … được kiểm tra"); "được giao" is read as accountable
  'được',
  // a conclusion's judgement, not an assignment: "Chính phủ cơ bản thống nhất với dự án …"
  'cơ bản thống nhất', 'thống nhất với', 'nhất trí', 'cơ bản nhất trí', 'đồng ý', 'ghi nhận', 'đánh giá cao', 'biểu dương', 'hoan nghênh'
]

/**
 * Words that open a fronted phrase before a clause's subject: "Trong quá trình thực hiện, cơ quan, đơn vị
 * …", "Sau mỗi đợt đồng bộ, cơ sở đào tạo …", "nếu phát sinh vướng mắc, …".
 */
export const frontedOpeners: readonly string[] = [
  'trong', 'sau', 'trước', 'khi', 'nếu', 'trường hợp', 'trong trường hợp', 'trên cơ sở', 'căn cứ', 'để', 'theo', 'tại',
  'qua', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'hằng năm', 'hàng năm', 'định kỳ', 'từ nay', 'đến'
]

/** A condition inside a fronted phrase: "…, nếu phát sinh vướng mắc, cơ quan …". */
export const conditionWords: readonly string[] = ['nếu', 'khi']

/** "… thì do X quyết định": X, the agent of a passive, acts. */
export const agentMarkers: readonly string[] = ['do']

/** "Đối với X: …": X is who the clause speaks to. */
export const regarding: readonly string[] = ['đối với']

/** "X chịu trách nhiệm …": X answers for it. */
export const answering: readonly string[] = ['chịu trách nhiệm', 'có trách nhiệm']

/** Role words that never stand inside a name, even with a capital ("Sở Y tế: Chủ trì …"). */
export const neverInNames: readonly string[] = ['chủ trì', 'phối hợp', ...answering]

/** "X chịu trách nhiệm …", "X được giao …": X is accountable for it. */
export const accountable: readonly string[] = [...answering, 'được giao', 'được phân công']

/**
 * Verbs whose object receives something rather than acts: "báo cáo Ban Thường vụ", "trình Thủ tướng",
 * "gửi Sở Tài chính", "tham mưu cho UBND tỉnh". A body after them is not an assignee.
 */
export const addressing: readonly string[] = [
  'báo cáo', 'trình', 'gửi', 'gửi về', 'tham mưu', 'tham mưu cho', 'giúp', 'xin ý kiến', 'đề xuất', 'kiến nghị',
  'đề nghị với', 'phản ánh', 'cung cấp cho', 'chuyển', 'về', 'cho', 'của', 'với', 'theo', 'tại', 'trước'
]

/**
 * Verbs, modals and adverbs that end a body's name in running text when written in lower case. A capital
 * starts a name's word instead ("Sở Xây dựng", "Ban Tổ chức").
 */
/** Role words: they give the body before or after them its part, and end its name. */
export const roleWords: readonly string[] = [
  'chủ trì', 'phối hợp', 'tham mưu', 'chỉ đạo', 'lãnh đạo', 'giao', 'đề nghị', 'yêu cầu', 'phân công', 'chịu trách nhiệm',
  'có trách nhiệm', 'là cơ quan', 'là đơn vị', 'là đầu mối', 'làm đầu mối'
]

/**
 * Modals, aspect words, adverbs and prepositions that end a name ("Bộ Tư pháp khẩn trương …", "Sở Y tế
 * cần …"). Folded matching makes short words collide ("từ" and "tư", "đang" and "đảng", "có" and "cơ"):
 * such words are left out.
 */
export const modals: readonly string[] = [
  'cần', 'phải', 'cần phải', 'đã', 'sẽ', 'được', 'bị', 'tiếp tục', 'khẩn trương', 'chủ động', 'sớm', 'kịp thời',
  'nghiêm túc', 'thường xuyên', 'định kỳ', 'tập trung', 'quyết liệt', 'khẩn cấp', 'trực tiếp', 'tích cực', 'chặt chẽ',
  'căn cứ', 'theo', 'trong', 'trước', 'sau', 'khi', 'để', 'nhằm', 'về', 'về việc', 'đối với', 'tại', 'trên cơ sở',
  'là', 'nhanh chóng', 'ngay', 'thật sự', 'hằng năm', 'hàng năm', 'hằng tháng', 'hằng quý', 'cơ bản', 'nhất trí',
  'có ý kiến', 'nghiêm', 'khẩn', 'đồng thời', 'cũng', 'vẫn', 'luôn', 'chưa', 'không'
]

/** Words that begin a clause's predicate for certain: what stands before them in the clause is its subject. */
export const predicateMarkers: readonly string[] = ['phải', 'cần', 'cần phải', 'chủ trì', ...answering]

/** Verbs of administrative work: in lower case after a name, they begin its action. */
export const verbs: readonly string[] = [
  'thực hiện', 'triển khai', 'tổ chức', 'xây dựng', 'quản lý', 'giám sát', 'kiểm tra', 'rà soát', 'rà', 'nghiên cứu',
  'báo cáo', 'hướng dẫn', 'theo dõi', 'đôn đốc', 'xem xét', 'trình', 'ban hành', 'hoàn thành', 'hoàn thiện',
  'làm việc', 'tiếp thu', 'đề xuất', 'tăng cường', 'đẩy mạnh', 'quán triệt', 'thẩm định', 'thẩm tra', 'xử lý',
  'giải quyết', 'cung cấp', 'bố trí', 'khắc phục', 'lập', 'phê duyệt', 'thống nhất', 'thông báo', 'gửi', 'cập nhật',
  'tổng hợp', 'tuyên truyền', 'phổ biến', 'ưu tiên', 'bảo đảm', 'đảm bảo', 'sắp xếp', 'tiếp nhận', 'nắm chắc',
  'nắm bắt', 'bám sát', 'nêu cao', 'phát huy', 'chấp hành', 'nâng cao', 'quan tâm', 'thực thi', 'tham gia',
  'cụ thể hóa', 'cụ thể hoá', 'soạn thảo', 'chuẩn bị', 'điều chỉnh', 'bổ sung', 'sửa đổi', 'đánh giá', 'sơ kết',
  'tổng kết', 'kiện toàn', 'thu hồi', 'cấp phát', 'cấp giấy', 'cấp giấy phép', 'bàn giao', 'vận hành', 'duy trì',
  'huy động', 'phân bổ', 'bảo vệ', 'phòng ngừa', 'ngăn chặn', 'xác minh', 'thống kê', 'kê khai', 'khai thác', 'sử dụng',
  'áp dụng', 'vận động', 'khuyến khích', 'hỗ trợ', 'giúp', 'giúp đỡ', 'lựa chọn', 'thành lập', 'giải thể', 'sáp nhập',
  'hợp nhất', 'kiểm soát', 'kiểm điểm', 'thanh tra', 'điều tra', 'thi hành', 'phát hiện', 'xử phạt', 'ký kết',
  'công bố', 'công khai', 'đăng tải', 'đăng ký', 'tiếp cận', 'trả lời', 'giải trình', 'giải đáp', 'ứng dụng', 'số hóa',
  'số hoá', 'chuyển đổi', 'kết nối', 'chia sẻ', 'liên hệ', 'trao đổi', 'thảo luận', 'góp ý', 'tham dự', 'bảo quản',
  'lưu trữ', 'cải cách', 'đổi mới', 'nâng cấp', 'mở rộng', 'thu hút', 'vận chuyển', 'sửa chữa', 'thi công', 'nghiệm thu',
  'thanh toán', 'quyết toán', 'giải ngân', 'kiểm kê', 'kiểm định', 'điều phối', 'điều hành', 'điều động', 'ứng phó',
  'ứng trực', 'khảo sát', 'tổ chức thực hiện', 'tích hợp', 'đồng bộ', 'liên thông', 'chuẩn hóa', 'chuẩn hoá', 'làm rõ',
  'làm tốt', 'quy định', 'hoàn tất', 'xác định', 'tìm hiểu', 'đào tạo', 'bồi dưỡng', 'tập huấn', 'học tập', 'nghiêm cấm',
  'tạm dừng', 'đình chỉ', 'chấm dứt', 'gia hạn', 'phát động', 'xúc tiến', 'quảng bá', 'giới thiệu', 'phát hành',
  'giữ vững', 'tuân thủ', 'hạn chế', 'loại bỏ', 'tạo điều kiện', 'phục vụ', 'đáp ứng', 'kiểm soát', 'rà soát lại',
  'ban hành', 'tiến hành', 'trình bày', 'tiếp tục', 'kiến nghị', 'xin ý kiến', 'chỉ định', 'thẩm định', 'đẩy nhanh',
  'phát triển', 'định hướng', 'đưa tin', 'quyết định', 'tháo gỡ', 'đa dạng hóa', 'thừa ủy quyền', 'thay mặt', 'lấy ý kiến', 'dự họp', 'cân đối', 'treo', 'bám nắm', 'nêu gương', 'trình diễn', 'lựa chọn', 'chấn chỉnh', 'chuyển giao', 'giao nộp',
  'ngừng', 'ngưng', 'di dời', 'sơ tán', 'khởi công', 'khởi động', 'tháo dỡ', 'khôi phục',
  // one word: matched with diacritics, so "có" is not "cơ", "từ" not "tư"
  'có', 'làm', 'cử', 'đến', 'từ', 'đang', 'nên', 'mời', 'đón', 'tăng', 'giảm', 'nhận', 'dừng', 'ký', 'chi', 'thu', 'nắm',
  'đăng', 'tự', 'vẫn', 'nâng', 'tạo', 'giữ', 'tìm', 'cấm', 'nộp', 'ghi', 'nhập', 'ra', 'lập', 'mở', 'đưa', 'thuê', 'mua', 'bán'
]

/** Everything that ends a body's name when written in lower case after it. */
export const nameEnders: readonly string[] = [...roleWords, ...modals, ...verbs]

/**
 * Verbs that are also words of names, written in lower case inside them ("Cục Kết cấu hạ tầng xây dựng",
 * "Ban Quản lý dự án đầu tư xây dựng"): they end a name only when no role word or modal follows at once.
 */
export const nameVerbs: readonly string[] = [
  'xây dựng', 'quản lý', 'đầu tư', 'phát triển', 'đào tạo', 'kiểm tra', 'giám sát', 'kiểm soát', 'điều hành', 'bảo vệ',
  'khai thác', 'thanh tra', 'tổ chức', 'thi hành', 'phòng chống', 'cải cách', 'xúc tiến', 'hỗ trợ', 'thông tin',
  'thu hồi', 'chế biến', 'kinh doanh', 'sản xuất', 'vận hành'
]

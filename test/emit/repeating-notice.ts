/**
 * A notice written for the tests of issue 18, read by the library from its text: a deadline with a time
 * of day (1), and work repeated every Friday (2), on the 25th of each month until the end of 2026 (3) and
 * on the 20th of each quarter's last month (4). Dated 02/06/2026, a Tuesday.
 */
import {parseNotice} from '../../src/index.js'

export const text = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 15/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 02 tháng 6 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân thành phố tại cuộc họp giao ban

Chủ tịch Ủy ban nhân dân thành phố yêu cầu:

1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành hoàn thiện đề án sắp xếp đơn vị hành chính, trình Ủy ban nhân dân thành phố trước 17 giờ ngày 12/6/2026.

2. Văn phòng Ủy ban nhân dân thành phố tổng hợp tình hình thực hiện, báo cáo định kỳ thứ Sáu hằng tuần.

3. Sở Tài chính báo cáo tiến độ giải ngân vốn đầu tư công trước ngày 25 hằng tháng đến hết năm 2026.

4. Sở Kế hoạch và Đầu tư báo cáo kết quả thực hiện ngày 20 tháng cuối quý.

Nơi nhận:
- Như trên;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn An
`

export const notice = parseNotice(new TextEncoder().encode(text), {path: 'giao-ban.txt'})

/**
 * A notice written for the tests of issue 20, read by the library from its text: an incoming stamp with
 * the office's routing table (a Vice Chairman and a division marked CHỦ, the Chief of Office and the same
 * division marked THAM, a row whose abbreviation no table knows, a row marked nowhere), and two numbered
 * sections whose lists both start at "1.". The third task is longer than one outline line.
 */
import {parseNotice} from '../../src/index.js'

export const text = `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG

Số: 12/TB-UBND

Hải Phòng, ngày 05 tháng 6 năm 2026

THÔNG BÁO

Kết luận của Chủ tịch Ủy ban nhân dân thành phố về cải cách hành chính

VĂN PHÒNG UBND TP HẢI PHÒNG

ĐẾN Số: 512

Ngày: 08/06/2026

| ĐƠN VỊ | CHỦ | THAM |
|---|---|---|
| PCT N.V.An | X | |
| CVP T.T.Bình | | X |
| P. TH | X | X |
| Tổ công tác <đặc biệt> & "mới" | | X |
| P. KT | | |

I. NHIỆM VỤ TRƯỚC MẮT

1. Giao Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.

2. Giao Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 15/7/2026.

II. NHIỆM VỤ LÂU DÀI

1. Giao Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu dùng chung của thành phố, kết nối với Cổng dịch vụ công quốc gia và hệ thống một cửa điện tử của các sở, ngành, địa phương, bảo đảm an toàn thông tin, hoàn thành trước ngày 31/12/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
`

export const path = 'thong-bao-12.md'

export const notice = parseNotice(text, {path})

/** The same notice with the marks of its routing table lost, as OCR often loses them. */
export const unmarkedText = text.replace(/\| X \| \|/gu, '| | |').replace(/\| \| X \|/gu, '| | |').replace(/\| X \| X \|/gu, '| | |')
export const unmarked = parseNotice(unmarkedText, {path})

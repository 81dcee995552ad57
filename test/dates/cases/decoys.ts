/**
 * Text that looks like a date and is not: every row must give no mention at all.
 */
import type {Table} from '../table.js'

export const DECOYS: Table['rows'] = [
  // Document symbols.
  ['Nghị định số 300/2025/NĐ-CP'],
  ['Kết luận số 18-KL/TW'],
  ['Số: 41037'],
  ['Quyết định số 123/QĐ-UBND'],
  ['Luật số 46/2024/QH15'],
  ['Nghị quyết số 57-NQ/TW'],
  ['Công văn số 3722/VPCP-CN'],
  ['Thông báo số 15/12/NQ-HĐND'],
  ['Kế hoạch số 01/KH1N-01/17h00/DBQG'],
  ['Quyết định 1719/QĐ-TTg'],
  ['Chỉ thị số 05/CT-TTg'],
  ['số 02/2017/TT-VPCP'],
  // Fractions, scores, counts.
  ['đạt 9/10 chỉ tiêu'],
  ['đạt 100/100 điểm'],
  ['3/4 số xã đã hoàn thành'],
  ['34/34 tỉnh, thành phố'],
  ['xếp thứ 5/34'],
  ['1/3 số hộ dân'],
  ['trực 24/24 giờ'],
  ['trực 24/7'],
  ['sẵn sàng hoạt động 24/24h'],
  // Streets, squares, holidays named by a date.
  ['đường 3/2'],
  ['phố 19/5'],
  ['Quảng trường 30/4'],
  ['Cách mạng Tháng Tám'],
  ['Phường Cách mạng tháng Tám'],
  // Numbers.
  ['GRDP tăng 11,81%'],
  ['đạt 197.810 tỷ đồng'],
  ['ước đạt 97.471 tỷ đồng, đạt 118,8%'],
  ['7.1. Đồng chí Chủ tịch'],
  ['1.1.1 Nhiệm vụ chung'],
  ['2.1.2. Kiểm soát'],
  ['phiên bản 2.0'],
  ['Điều 12.3.15'],
  ['tỷ lệ 1:20'],
  ['tăng trưởng 02 con số'],
  ['tăng trưởng hai con số'],
  ['03 nhiệm vụ trọng tâm'],
  // Invalid dates.
  ['30/02/2026'],
  ['32/1/2026'],
  ['tháng 13'],
  ['31/4/2026'],
  ['ngày 29/02/2026'],
  ['3/15/2026'],
  // Words that are not dates here.
  ['năm nhiệm vụ trọng tâm'],
  ['đứng thứ hai cả nước'],
  ['thứ hai cả nước về thu hút FDI'],
  ['xếp thứ ba toàn quốc'],
  ['quý vị đại biểu'],
  ['những kinh nghiệm quý báu'],
  ['không thường xuyên'],
  ['chi thường xuyên'],
  ['kinh phí thường xuyên'],
  ['ngay sau khi có kết quả'],
  ['ngay từ đầu'],
  ['ngay tại cơ sở'],
  ['tính khẩn trương'],
  ['đã kéo dài hàng tháng nay'],
  ['trong 30 ngày qua'],
  ['ngày lễ, ngày tết'],
  ['nửa năm'],
  ['gồm 30 ngày'],
  ['trong thời gian tới'],
  ['trong những năm tới'],
  ['mất khoảng 2 giờ'],
  ['khóa XIII'],
  ['lần thứ 13'],
  ['Giai đoạn I'],
  ['46/2024-2025'],
  ['các mặt hàng tháng trước'],
  ['làm việc 8 giờ/ngày']
]

export const TABLES: Table[] = [
  {name: 'decoys', reference: '2026-06-02', rows: DECOYS}
]

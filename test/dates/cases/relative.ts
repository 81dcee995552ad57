/**
 * Relative spans and periods, immediacy, recurring work, Tết.
 */
import type {Table} from '../table.js'

export const RELATIVE: Table['rows'] = [
  ['trong thời hạn 30 ngày', ['trong thời hạn 30 ngày', '2026-06-02', '2026-07-02', 'relative', 'before']],
  ['trong vòng mười lăm ngày', ['trong vòng mười lăm ngày', '2026-06-02', '2026-06-17', 'relative', 'before']],
  ['trong vòng 10 ngày', ['trong vòng 10 ngày', '2026-06-02', '2026-06-12', 'relative', 'before']],
  ['trong 05 ngày', ['trong 05 ngày', '2026-06-02', '2026-06-07', 'relative', 'before']],
  ['trong thời hạn 15 (mười lăm) ngày', ['trong thời hạn 15 (mười lăm) ngày', '2026-06-02', '2026-06-17', 'relative', 'before']],
  ['trong thời hạn hai mươi ngày', ['trong thời hạn hai mươi ngày', '2026-06-02', '2026-06-22', 'relative', 'before']],
  ['trong vòng ba mươi ngày', ['trong vòng ba mươi ngày', '2026-06-02', '2026-07-02', 'relative', 'before']],
  ['trong vòng 10 ngày làm việc', ['trong vòng 10 ngày làm việc', '2026-06-02', '2026-06-16', 'relative', 'before']],
  ['chậm nhất 07 ngày làm việc', ['chậm nhất 07 ngày làm việc', '2026-06-02', '2026-06-11', 'relative', 'before']],
  [
    'trong vòng 10 ngày làm việc kể từ ngày 10/6/2026',
    ['trong vòng 10 ngày làm việc kể từ ngày 10/6/2026', '2026-06-10', '2026-06-24', 'relative', 'before']
  ],
  ['trong thời hạn 15 ngày kể từ ngày ký', ['trong thời hạn 15 ngày kể từ ngày ký', '2026-06-02', '2026-06-17', 'relative', 'before']],
  [
    'trong thời hạn 30 ngày, kể từ ngày ký ban hành Quyết định này',
    ['trong thời hạn 30 ngày, kể từ ngày ký ban hành Quyết định này', '2026-06-02', '2026-07-02', 'relative', 'before']
  ],
  [
    'trong vòng 10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ',
    ['trong vòng 10 ngày làm việc', null, null, 'relative', 'before']
  ],
  ['không quá 3 tháng', ['không quá 3 tháng', '2026-06-02', '2026-09-02', 'relative', 'before']],
  ['trong 2 tuần', ['trong 2 tuần', '2026-06-02', '2026-06-16', 'relative', 'before']],
  ['trong vòng 24 giờ', ['trong vòng 24 giờ', null, null, 'relative', 'before']],
  ['5 năm tới', ['5 năm tới', '2026-06-02', '2031-06-02', 'relative', null]],
  ['trong tuần này', ['trong tuần này', '2026-06-01', '2026-06-07', 'relative', 'by-end-of-period']],
  ['tuần tới', ['tuần tới', '2026-06-08', '2026-06-14', 'relative', null]],
  ['tháng này', ['tháng này', '2026-06-01', '2026-06-30', 'relative', null]],
  ['trong tháng tới', ['trong tháng tới', '2026-07-01', '2026-07-31', 'relative', 'by-end-of-period']],
  ['quý này', ['quý này', '2026-04-01', '2026-06-30', 'relative', null]],
  ['năm nay', ['năm nay', '2026-01-01', '2026-12-31', 'relative', null]],
  ['trong năm nay', ['trong năm nay', '2026-01-01', '2026-12-31', 'relative', 'by-end-of-period']],
  ['năm tới', ['năm tới', '2027-01-01', '2027-12-31', 'relative', null]]
]

export const IMMEDIATE: Table['rows'] = [
  ['thực hiện ngay', ['ngay', '2026-06-02', null, 'relative', 'other']],
  ['Đồng thời, thực hiện ngay các biện pháp hỗ trợ', ['ngay', '2026-06-02', null, 'relative', 'other']],
  ['triển khai ngay', ['ngay', '2026-06-02', null, 'relative', 'other']],
  ['dừng ngay lập tức', ['ngay lập tức', '2026-06-02', null, 'relative', 'other']],
  ['(1) Khẩn trương ban hành Quyết định về khung số lượng', ['Khẩn trương', '2026-06-02', null, 'relative', 'other']],
  ['Bộ Công Thương khẩn trương thực hiện nhiệm vụ', ['khẩn trương', '2026-06-02', null, 'relative', 'other']],
  ['thực hiện ngay trong tháng 3 năm 2020', ['ngay trong tháng 3 năm 2020', '2020-03-01', '2020-03-31', 'period', 'by-end-of-period']]
]

export const RECURRING: Table['rows'] = [
  ['hằng tháng', ['hằng tháng', null, null, 'recurring', null, 'hằng tháng']],
  ['hàng tháng', ['hàng tháng', null, null, 'recurring', null, 'hằng tháng']],
  ['định kỳ hằng quý', ['định kỳ hằng quý', null, null, 'recurring', null, 'hằng quý']],
  ['hằng năm', ['hằng năm', null, null, 'recurring', null, 'hằng năm']],
  ['Hàng năm, chủ động xây dựng kế hoạch', ['Hàng năm', null, null, 'recurring', null, 'hằng năm']],
  ['mỗi năm', ['mỗi năm', null, null, 'recurring', null, 'hằng năm']],
  ['hằng tuần', ['hằng tuần', null, null, 'recurring', null, 'hằng tuần']],
  ['thường xuyên', ['thường xuyên', null, null, 'recurring', null, 'thường xuyên']],
  ['Thường xuyên kiểm tra, đánh giá tình hình', ['Thường xuyên', null, null, 'recurring', null, 'thường xuyên']],
  ['định kỳ 6 tháng', ['định kỳ 6 tháng', null, null, 'recurring', null, 'định kỳ 6 tháng']],
  ['định kỳ sáu tháng một lần', ['định kỳ sáu tháng một lần', null, null, 'recurring', null, 'định kỳ 6 tháng']],
  ['kiểm tra định kỳ và đột xuất', ['định kỳ', null, null, 'recurring', null, 'định kỳ']],
  ['phiên họp Chính phủ thường kỳ hàng tháng', ['thường kỳ hàng tháng', null, null, 'recurring', null, 'hằng tháng']],
  ['trước ngày 20 hằng tháng', ['trước ngày 20 hằng tháng', null, null, 'recurring', 'before', 'hằng tháng']],
  ['trước ngày 20 hàng tháng để tổng hợp', ['trước ngày 20 hàng tháng', null, null, 'recurring', 'before', 'hằng tháng']],
  ['Định kỳ ngày 25 hằng tháng, cơ quan chủ trì', ['Định kỳ ngày 25 hằng tháng', null, null, 'recurring', 'on', 'hằng tháng']],
  ['trước ngày 15/12 hằng năm', ['trước ngày 15/12 hằng năm', null, null, 'recurring', 'before', 'hằng năm']],
  ['định kỳ hàng năm (trước ngày 10/12)', ['định kỳ hàng năm (trước ngày 10/12)', null, null, 'recurring', 'before', 'hằng năm']],
  ['báo cáo hằng tháng (trước ngày 25)', ['hằng tháng (trước ngày 25)', null, null, 'recurring', 'before', 'hằng tháng']],
  ['định kỳ hằng tháng, chậm nhất ngày 5', ['định kỳ hằng tháng, chậm nhất ngày 5', null, null, 'recurring', 'before', 'hằng tháng']],
  [
    'duy trì kiểm tra thường xuyên, định kỳ trong suốt mùa mưa.',
    ['thường xuyên', null, null, 'recurring', null, 'thường xuyên'],
    ['định kỳ', null, null, 'recurring', null, 'định kỳ'],
    ['trong suốt mùa mưa', null, null, 'period', 'other']
  ]
]

export const TET: Table['rows'] = [
  ['Tết Nguyên đán Bính Ngọ 2026', ['Tết Nguyên đán Bính Ngọ 2026', '2026-02-17', null, 'date', null]],
  ['Tết Nguyên đán năm 2027', ['Tết Nguyên đán năm 2027', '2027-02-06', null, 'date', null]],
  ['Tết Nguyên đán 2030', ['Tết Nguyên đán 2030', '2030-02-02', null, 'date', null]],
  ['Tết Nguyên đán', ['Tết Nguyên đán', '2027-02-06', null, 'date', null]],
  ['Tết Bính Ngọ', ['Tết Bính Ngọ', '2026-02-17', null, 'date', null]],
  ['Tết Dương lịch 2027', ['Tết Dương lịch 2027', '2027-01-01', null, 'date', null]],
  ['trước Tết Nguyên đán', ['trước Tết Nguyên đán', '2027-02-06', null, 'deadline', 'before']]
]

export const TABLES: Table[] = [
  {name: 'relative', reference: '2026-06-02', rows: RELATIVE},
  {name: 'immediacy', reference: '2026-06-02', rows: IMMEDIATE},
  {name: 'recurring', reference: '2026-06-02', rows: RECURRING},
  {name: 'Tết', reference: '2026-06-02', rows: TET}
]

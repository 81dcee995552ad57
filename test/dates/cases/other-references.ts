/**
 * The same kinds of phrase read against other reference dates: a 2020 directive, and a document issued
 * in late December (years left out roll over to the next year for deadlines).
 */
import type {Table} from '../table.js'

export const DIRECTIVE_2020: Table['rows'] = [
  ['báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020', ['trong tháng 3 năm 2020', '2020-03-01', '2020-03-31', 'period', 'by-end-of-period']],
  ['trong tháng 3', ['trong tháng 3', '2020-03-01', '2020-03-31', 'period', 'by-end-of-period']],
  ['trước ngày 15/3', ['trước ngày 15/3', '2020-03-15', null, 'deadline', 'before']],
  ['trước ngày 20 hàng tháng', ['trước ngày 20 hàng tháng', null, null, 'recurring', 'before', 'hằng tháng']],
  ['trong Quý I và Quý II năm 2020', ['trong Quý I', '2020-01-01', '2020-03-31', 'period', 'by-end-of-period'], ['Quý II năm 2020', '2020-04-01', '2020-06-30', 'period', null]],
  ['Chỉ thị số 05/CT-TTg ngày 28 tháng 01 năm 2020', ['ngày 28 tháng 01 năm 2020', '2020-01-28', null, 'date', null]],
  ['kéo dài thời gian hỗ trợ đến hết năm 2020', ['đến hết năm 2020', '2020-01-01', '2020-12-31', 'period', 'by-end-of-period']],
  ['trong năm nay', ['trong năm nay', '2020-01-01', '2020-12-31', 'relative', 'by-end-of-period']],
  ['trong vòng 10 ngày', ['trong vòng 10 ngày', '2020-03-04', '2020-03-14', 'relative', 'before']],
  ['trong thời hạn 05 ngày làm việc', ['trong thời hạn 05 ngày làm việc', '2020-03-04', '2020-03-11', 'relative', 'before']],
  ['Tết Nguyên đán Canh Tý', ['Tết Nguyên đán Canh Tý', '2020-01-25', null, 'date', null]],
  ['giai đoạn 2021 - 2025', ['giai đoạn 2021 - 2025', '2021-01-01', '2025-12-31', 'period', null]]
]

export const LATE_DECEMBER: Table['rows'] = [
  ['trước ngày 10/1', ['trước ngày 10/1', '2026-01-10', null, 'deadline', 'before']],
  ['trước ngày 15/12', ['trước ngày 15/12', '2025-12-15', null, 'deadline', 'before']],
  ['trước ngày 30/11', ['trước ngày 30/11', '2025-11-30', null, 'deadline', 'before']],
  ['trước ngày 10/11', ['trước ngày 10/11', '2026-11-10', null, 'deadline', 'before']],
  ['ngày 5/1', ['ngày 5/1', '2026-01-05', null, 'date', null]],
  ['trong tháng 1', ['trong tháng 1', '2026-01-01', '2026-01-31', 'period', 'by-end-of-period']],
  ['trong quý I', ['trong quý I', '2026-01-01', '2026-03-31', 'period', 'by-end-of-period']],
  ['Tết Nguyên đán', ['Tết Nguyên đán', '2026-02-17', null, 'date', null]],
  ['trước Tết Dương lịch', ['trước Tết Dương lịch', '2026-01-01', null, 'deadline', 'before']],
  ['tháng tới', ['tháng tới', '2026-01-01', '2026-01-31', 'relative', null]],
  ['tuần tới', ['tuần tới', '2025-12-22', '2025-12-28', 'relative', null]],
  ['năm tới', ['năm tới', '2026-01-01', '2026-12-31', 'relative', null]],
  ['quý tới', ['quý tới', '2026-01-01', '2026-03-31', 'relative', null]],
  ['cuối tháng tới', ['cuối tháng tới', '2026-01-21', '2026-01-31', 'period', 'by-end-of-period']],
  ['trong vòng 10 ngày làm việc', ['trong vòng 10 ngày làm việc', '2025-12-20', '2026-01-02', 'relative', 'before']],
  ['từ ngày 29/12 đến ngày 02/01/2026', ['từ ngày 29/12 đến ngày 02/01/2026', '2025-12-29', '2026-01-02', 'period', null]],
  ['từ ngày 28/12/2025 đến hết ngày 1/1/2026', ['từ ngày 28/12/2025 đến hết ngày 1/1/2026', '2025-12-28', '2026-01-01', 'period', null]]
]

export const TABLES: Table[] = [
  {name: 'a 2020 directive', reference: '2020-03-04', rows: DIRECTIVE_2020},
  {name: 'late December', reference: '2025-12-20', rows: LATE_DECEMBER}
]

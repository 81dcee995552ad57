/**
 * Full dates in every separator, dates written in words, dates without a year, times joined to dates.
 */
import type {Table} from '../table.js'

export const FULL_DATES: Table['rows'] = [
  ['30/6/2026', ['30/6/2026', '2026-06-30', null, 'date', null]],
  ['30-6-2026', ['30-6-2026', '2026-06-30', null, 'date', null]],
  ['30.6.2026', ['30.6.2026', '2026-06-30', null, 'date', null]],
  ['30/06/2026', ['30/06/2026', '2026-06-30', null, 'date', null]],
  ['05/02/2026', ['05/02/2026', '2026-02-05', null, 'date', null]],
  ['1/1/2027', ['1/1/2027', '2027-01-01', null, 'date', null]],
  ['30/6/26', ['30/6/26', '2026-06-30', null, 'date', null]],
  ['30-6-26', ['30-6-26', '2026-06-30', null, 'date', null]],
  ['2026-06-30', ['2026-06-30', '2026-06-30', null, 'date', null]],
  ['29/02/2024', ['29/02/2024', '2024-02-29', null, 'date', null]],
  ['Ngày 02/6/2026, Ban Thường vụ Thành ủy tổ chức Hội nghị', ['Ngày 02/6/2026', '2026-06-02', null, 'date', null]],
  ['Kết luận số 18-KL/TW, ngày 02/4/2026 của Ban Chấp hành Trung ương', ['ngày 02/4/2026', '2026-04-02', null, 'date', null]],
  ['Nghị định số 300/2025/NĐ-CP, ngày 17/11/2025 của Chính phủ', ['ngày 17/11/2025', '2025-11-17', null, 'date', null]],
  ['Quyết định số 123/QĐ-UBND ngày 15/01/2026', ['ngày 15/01/2026', '2026-01-15', null, 'date', null]],
  ['Hà Nội, ngày 28 tháng 4 năm 2026', ['ngày 28 tháng 4 năm 2026', '2026-04-28', null, 'date', null]],
  ['ngày 30 tháng 6 năm 2026', ['ngày 30 tháng 6 năm 2026', '2026-06-30', null, 'date', null]],
  ['ngày 05 tháng 02 năm 2026', ['ngày 05 tháng 02 năm 2026', '2026-02-05', null, 'date', null]],
  ['Ngày 19 tháng 12 năm 2025, Sở Công Thương có văn bản', ['Ngày 19 tháng 12 năm 2025', '2025-12-19', null, 'date', null]],
  ['Chỉ thị số 10/CT-TTg ngày 25 tháng\n02 năm 2020', ['ngày 25 tháng\n02 năm 2020', '2020-02-25', null, 'date', null]],
  ['Hà Nội, ngày 28\n\ntháng 4\n\nnăm 2026', ['ngày 28\n\ntháng 4\n\nnăm 2026', '2026-04-28', null, 'date', null]],
  ['Số: 41037\nNgày: 06/06/2026', ['06/06/2026', '2026-06-06', null, 'date', null]],
  ['tổ chức đại hội vào ngày 09/4/2025 theo Tờ trình', ['ngày 09/4/2025', '2025-04-09', null, 'date', null]],
  ['thứ Hai, ngày 15/6/2026', ['thứ Hai, ngày 15/6/2026', '2026-06-15', null, 'date', null]],
  ['Thời gian dự kiến: ngày 11/9/2026 (thứ Sáu).', ['ngày 11/9/2026', '2026-09-11', null, 'date', null]],
  ['ngày 10/6 và ngày 15/6/2027', ['ngày 10/6', '2027-06-10', null, 'date', null], ['ngày 15/6/2027', '2027-06-15', null, 'date', null]],
  ['các ngày 02/6/2026 và 03/6/2026', ['ngày 02/6/2026', '2026-06-02', null, 'date', null], ['03/6/2026', '2026-06-03', null, 'date', null]]
]

export const WITHOUT_YEAR: Table['rows'] = [
  ['Ngày 28/5, Thường trực Thành ủy làm việc', ['Ngày 28/5', '2026-05-28', null, 'date', null]],
  ['ngày 19/5', ['ngày 19/5', '2026-05-19', null, 'date', null]],
  ['ngày 15 tháng 3', ['ngày 15 tháng 3', '2026-03-15', null, 'date', null]],
  ['ngày 20/12', ['ngày 20/12', '2025-12-20', null, 'date', null]],
  ['trước ngày 10/12', ['trước ngày 10/12', '2026-12-10', null, 'deadline', 'before']],
  ['trước ngày 10/3', ['trước ngày 10/3', '2027-03-10', null, 'deadline', 'before']],
  ['trước ngày 20/5', ['trước ngày 20/5', '2026-05-20', null, 'deadline', 'before']],
  ['chậm nhất ngày 15/7', ['chậm nhất ngày 15/7', '2026-07-15', null, 'deadline', 'before']],
  ['hoàn thành trong ngày 10/6', ['hoàn thành trong ngày 10/6', '2026-06-10', null, 'deadline', 'on']],
  ['(trước ngày 10/12)', ['trước ngày 10/12', '2026-12-10', null, 'deadline', 'before']]
]

export const TIMES: Table['rows'] = [
  ['17 giờ ngày 10/7/2026', ['17 giờ ngày 10/7/2026', '2026-07-10T17:00', null, 'date', null]],
  ['trước 17 giờ ngày 10/7/2026', ['trước 17 giờ ngày 10/7/2026', '2026-07-10T17:00', null, 'deadline', 'before']],
  ['lúc 14h30 ngày 5/6/2026', ['lúc 14h30 ngày 5/6/2026', '2026-06-05T14:30', null, 'date', null]],
  ['vào lúc 8 giờ 00 phút, ngày 04/6/2026', ['lúc 8 giờ 00 phút, ngày 04/6/2026', '2026-06-04T08:00', null, 'date', null]],
  ['8h00, thứ Năm, ngày 4/6/2026', ['8h00, thứ Năm, ngày 4/6/2026', '2026-06-04T08:00', null, 'date', null]],
  ['ngày 10/6/2026 lúc 9h30', ['ngày 10/6/2026 lúc 9h30', '2026-06-10T09:30', null, 'date', null]],
  ['14 giờ 30 phút ngày 12/6/2026', ['14 giờ 30 phút ngày 12/6/2026', '2026-06-12T14:30', null, 'date', null]],
  ['Thời gian: 8h00', ['8h00', '2026-06-02T08:00', null, 'date', null]],
  ['bắt đầu lúc 17h', ['lúc 17h', '2026-06-02T17:00', null, 'date', null]],
  ['họp lúc 14 giờ 30 phút', ['lúc 14 giờ 30 phút', '2026-06-02T14:30', null, 'date', null]],
  ['15:30 ngày 3/6/2026', ['15:30 ngày 3/6/2026', '2026-06-03T15:30', null, 'date', null]],
  ['chậm nhất 17h00 ngày 15/6/2026', ['chậm nhất 17h00 ngày 15/6/2026', '2026-06-15T17:00', null, 'deadline', 'before']],
  ['Thời gian ký: 16.04.2024 10:45:54 +07:00', ['16.04.2024 10:45', '2024-04-16T10:45', null, 'date', null]]
]

export const TABLES: Table[] = [
  {name: 'full dates', reference: '2026-06-02', rows: FULL_DATES},
  {name: 'dates without a year', reference: '2026-06-02', rows: WITHOUT_YEAR},
  {name: 'times', reference: '2026-06-02', rows: TIMES}
]

/**
 * Deadline keywords and how they read (`due`).
 */
import type {Table} from '../table.js'

export const DEADLINES: Table['rows'] = [
  ['trước ngày 30/6/2026', ['trước ngày 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['Các nhiệm vụ trên hoàn thành trước ngày 30/6/2026.', ['hoàn thành trước ngày 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['ban hành gửi Ban Chỉ đạo Trung ương trước ngày 05/6/2026.', ['trước ngày 05/6/2026', '2026-06-05', null, 'deadline', 'before']],
  ['hoàn thành **trước ngày 12/6/2026**.', ['trước ngày 12/6/2026', '2026-06-12', null, 'deadline', 'before']],
  ['chậm nhất ngày 15/7/2026', ['chậm nhất ngày 15/7/2026', '2026-07-15', null, 'deadline', 'before']],
  ['chậm nhất là ngày 15/7/2026', ['chậm nhất là ngày 15/7/2026', '2026-07-15', null, 'deadline', 'before']],
  ['chậm nhất đến ngày 30/9/2025', ['chậm nhất đến ngày 30/9/2025', '2025-09-30', null, 'deadline', 'before']],
  ['muộn nhất ngày 20/6/2026', ['muộn nhất ngày 20/6/2026', '2026-06-20', null, 'deadline', 'before']],
  ['hạn chót 30/6/2026', ['hạn chót 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['Hạn chót: ngày 30/6/2026', ['Hạn chót: ngày 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['Thời hạn: trước ngày 15/6/2026', ['Thời hạn: trước ngày 15/6/2026', '2026-06-15', null, 'deadline', 'before']],
  ['Thời hạn hoàn thành: 30/6/2026', ['Thời hạn hoàn thành: 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['với thời hạn trước ngày 05 tháng 02 năm 2026.', ['thời hạn trước ngày 05 tháng 02 năm 2026', '2026-02-05', null, 'deadline', 'before']],
  ['hạn 30/6/2026', ['hạn 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['xong trước 30/6/2026', ['xong trước 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['(hoàn thành trước 30/6/2026)', ['hoàn thành trước 30/6/2026', '2026-06-30', null, 'deadline', 'before']],
  ['xong trước ngày 01/01/2030', ['xong trước ngày 01/01/2030', '2030-01-01', null, 'deadline', 'before']],
  ['phấn đấu hoàn thành trước ngày\n30/4/2026', ['hoàn thành trước ngày\n30/4/2026', '2026-04-30', null, 'deadline', 'before']],
  ['hoạt động ngay trước thời điểm 30/4/2026 phục vụ thoát nước', ['trước thời điểm 30/4/2026', '2026-04-30', null, 'deadline', 'before']],
  ['trước ngày 15 tháng\n3 năm 2020 để tổng hợp', ['trước ngày 15 tháng\n3 năm 2020', '2020-03-15', null, 'deadline', 'before']],
  ['trình Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2020.', ['trước ngày 20 tháng 3 năm 2020', '2020-03-20', null, 'deadline', 'before']],
  ['Trước ngày\n01/7/2024', ['Trước ngày\n01/7/2024', '2024-07-01', null, 'deadline', 'before']],
  ['đến ngày 31/12/2026', ['đến ngày 31/12/2026', '2026-12-31', null, 'deadline', 'before']],
  ['gia hạn đến hết ngày 31/7/2026', ['đến hết ngày 31/7/2026', '2026-07-31', null, 'deadline', 'before']],
  ['trong ngày 10/6/2026', ['trong ngày 10/6/2026', '2026-06-10', null, 'deadline', 'on']],
  ['hoàn thành ngày 30/6/2026', ['hoàn thành ngày 30/6/2026', '2026-06-30', null, 'deadline', 'on']],
  ['hoàn thành vào ngày 30/6/2026', ['hoàn thành vào ngày 30/6/2026', '2026-06-30', null, 'deadline', 'on']],
  ['kết thúc ngày 15/8/2026', ['kết thúc ngày 15/8/2026', '2026-08-15', null, 'deadline', 'on']],
  ['tổ chức vào ngày 20/6/2026', ['ngày 20/6/2026', '2026-06-20', null, 'date', null]],
  ['có hiệu lực kể từ ngày 01/7/2026', ['kể từ ngày 01/7/2026', '2026-07-01', null, 'date', 'other']],
  ['sau ngày 30/6/2026', ['sau ngày 30/6/2026', '2026-06-30', null, 'date', 'other']],
  ['trước Tết Nguyên đán Bính Ngọ 2026', ['trước Tết Nguyên đán Bính Ngọ 2026', '2026-02-17', null, 'deadline', 'before']],
  ['trước mùa mưa năm 2026', ['trước mùa mưa năm 2026', null, null, 'period', 'before']],
  ['(hoàn thành trước mùa mưa năm 2026)', ['hoàn thành trước mùa mưa năm 2026', null, null, 'period', 'before']],
  ['trong suốt mùa mưa', ['trong suốt mùa mưa', null, null, 'period', 'other']],
  [
    'báo cáo kết quả trước ngày 15/6/2026; hoàn thành trước ngày 30/6/2026',
    ['trước ngày 15/6/2026', '2026-06-15', null, 'deadline', 'before'],
    ['hoàn thành trước ngày 30/6/2026', '2026-06-30', null, 'deadline', 'before']
  ],
  [
    'Giao Sở Nội vụ chủ trì, hoàn thành trong tháng 7/2026; báo cáo UBND thành phố trước ngày 15/8/2026.',
    ['hoàn thành trong tháng 7/2026', '2026-07-01', '2026-07-31', 'period', 'by-end-of-period'],
    ['trước ngày 15/8/2026', '2026-08-15', null, 'deadline', 'before']
  ]
]

export const TABLES: Table[] = [
  {name: 'deadline keywords', reference: '2026-06-02', rows: DEADLINES}
]

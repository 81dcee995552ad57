/**
 * Months, quarters, halves and parts of years, years and terms, ranges.
 */
import type {Table} from '../table.js'

export const MONTHS: Table['rows'] = [
  ['tháng 7/2026', ['tháng 7/2026', '2026-07-01', '2026-07-31', 'period', null]],
  ['tháng 02/2027', ['tháng 02/2027', '2027-02-01', '2027-02-28', 'period', null]],
  ['tháng 2/2028', ['tháng 2/2028', '2028-02-01', '2028-02-29', 'period', null]],
  ['tháng 7 năm 2026', ['tháng 7 năm 2026', '2026-07-01', '2026-07-31', 'period', null]],
  ['tháng 12-2026', ['tháng 12-2026', '2026-12-01', '2026-12-31', 'period', null]],
  ['tháng 10/2026', ['tháng 10/2026', '2026-10-01', '2026-10-31', 'period', null]],
  ['trong tháng 7/2026', ['trong tháng 7/2026', '2026-07-01', '2026-07-31', 'period', 'by-end-of-period']],
  ['trong tháng 7 năm 2026', ['trong tháng 7 năm 2026', '2026-07-01', '2026-07-31', 'period', 'by-end-of-period']],
  ['báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.', ['trong tháng 3 năm 2020', '2020-03-01', '2020-03-31', 'period', 'by-end-of-period']],
  ['Xong trong tháng 5/2026', ['Xong trong tháng 5/2026', '2026-05-01', '2026-05-31', 'period', 'by-end-of-period']],
  ['trong tháng 8', ['trong tháng 8', '2026-08-01', '2026-08-31', 'period', 'by-end-of-period']],
  ['trong tháng 3', ['trong tháng 3', '2027-03-01', '2027-03-31', 'period', 'by-end-of-period']],
  ['tháng 6 năm nay', ['tháng 6 năm nay', '2026-06-01', '2026-06-30', 'period', null]],
  ['tháng 3 năm tới', ['tháng 3 năm tới', '2027-03-01', '2027-03-31', 'period', null]],
  ['trước tháng 7/2026', ['trước tháng 7/2026', '2026-07-01', '2026-07-31', 'period', 'before']],
  ['tháng 7 và tháng 8 năm 2026', ['tháng 7', '2026-07-01', '2026-07-31', 'period', null], ['tháng 8 năm 2026', '2026-08-01', '2026-08-31', 'period', null]]
]

export const QUARTERS: Table['rows'] = [
  ['Quý I năm 2026', ['Quý I năm 2026', '2026-01-01', '2026-03-31', 'period', null]],
  ['quý III/2026', ['quý III/2026', '2026-07-01', '2026-09-30', 'period', null]],
  ['Quý II/2026', ['Quý II/2026', '2026-04-01', '2026-06-30', 'period', null]],
  ['quý 3 năm 2025', ['quý 3 năm 2025', '2025-07-01', '2025-09-30', 'period', null]],
  ['Quý IV/2025', ['Quý IV/2025', '2025-10-01', '2025-12-31', 'period', null]],
  ['quý 4-2026', ['quý 4-2026', '2026-10-01', '2026-12-31', 'period', null]],
  ['trong Quý II năm 2024', ['trong Quý II năm 2024', '2024-04-01', '2024-06-30', 'period', 'by-end-of-period']],
  ['xong trong quý II năm 2026', ['xong trong quý II năm 2026', '2026-04-01', '2026-06-30', 'period', 'by-end-of-period']],
  ['trước quý III/2026', ['trước quý III/2026', '2026-07-01', '2026-09-30', 'period', 'before']],
  ['trong quý IV', ['trong quý IV', '2026-10-01', '2026-12-31', 'period', 'by-end-of-period']],
  ['Quý I và Quý II năm 2020', ['Quý I', '2020-01-01', '2020-03-31', 'period', null], ['Quý II năm 2020', '2020-04-01', '2020-06-30', 'period', null]],
  ['Thời gian thực hiện: từ quý II/2026.', ['từ quý II/2026', '2026-04-01', '2026-06-30', 'period', 'other']],
  ['Quý I năm 2026, tốc độ tăng trưởng kinh tế đạt 8,5%', ['Quý I năm 2026', '2026-01-01', '2026-03-31', 'period', null]]
]

export const PARTS_OF_YEARS: Table['rows'] = [
  ['6 tháng đầu năm 2026', ['6 tháng đầu năm 2026', '2026-01-01', '2026-06-30', 'period', null]],
  ['05 tháng đầu năm', ['05 tháng đầu năm', '2026-01-01', '2026-05-31', 'period', null]],
  ['9 tháng đầu năm 2025', ['9 tháng đầu năm 2025', '2025-01-01', '2025-09-30', 'period', null]],
  ['6 tháng cuối năm 2026', ['6 tháng cuối năm 2026', '2026-07-01', '2026-12-31', 'period', null]],
  ['sáu tháng đầu năm nay', ['sáu tháng đầu năm nay', '2026-01-01', '2026-06-30', 'period', null]],
  ['trong 6 tháng đầu năm 2026', ['trong 6 tháng đầu năm 2026', '2026-01-01', '2026-06-30', 'period', 'by-end-of-period']],
  ['nửa đầu năm 2026', ['nửa đầu năm 2026', '2026-01-01', '2026-06-30', 'period', null]],
  ['Thu ngân sách nhà nước 05 tháng đầu năm 2026 ước đạt 97.471 tỷ đồng', ['05 tháng đầu năm 2026', '2026-01-01', '2026-05-31', 'period', null]],
  ['cuối năm', ['cuối năm', '2026-10-01', '2026-12-31', 'period', 'by-end-of-period']],
  ['cuối năm 2026', ['cuối năm 2026', '2026-10-01', '2026-12-31', 'period', 'by-end-of-period']],
  ['trước cuối năm 2026', ['trước cuối năm 2026', '2026-10-01', '2026-12-31', 'period', 'by-end-of-period']],
  ['đầu năm 2027', ['đầu năm 2027', '2027-01-01', '2027-03-31', 'period', null]],
  ['giữa năm 2026', ['giữa năm 2026', '2026-04-01', '2026-09-30', 'period', null]],
  ['cuối tháng 6', ['cuối tháng 6', '2026-06-21', '2026-06-30', 'period', 'by-end-of-period']],
  ['đầu tháng 7', ['đầu tháng 7', '2026-07-01', '2026-07-10', 'period', null]],
  ['đầu tháng 7/2026', ['đầu tháng 7/2026', '2026-07-01', '2026-07-10', 'period', null]],
  ['giữa tháng 8', ['giữa tháng 8', '2026-08-11', '2026-08-20', 'period', null]],
  ['hạ tuần tháng 7', ['hạ tuần tháng 7', '2026-07-21', '2026-07-31', 'period', 'by-end-of-period']],
  ['cuối tháng này', ['cuối tháng này', '2026-06-21', '2026-06-30', 'period', 'by-end-of-period']],
  ['cuối quý III/2026', ['cuối quý III/2026', '2026-09-01', '2026-09-30', 'period', 'by-end-of-period']],
  ['từ giữa năm 2020', ['từ giữa năm 2020', '2020-04-01', '2020-09-30', 'period', 'other']]
]

export const YEARS: Table['rows'] = [
  ['năm 2025', ['năm 2025', '2025-01-01', '2025-12-31', 'period', null]],
  ['Năm 2025, GRDP thành phố tăng 11,81%', ['Năm 2025', '2025-01-01', '2025-12-31', 'period', null]],
  ['trong năm 2026', ['trong năm 2026', '2026-01-01', '2026-12-31', 'period', 'by-end-of-period']],
  ['Hoàn thành trong năm 2026', ['Hoàn thành trong năm 2026', '2026-01-01', '2026-12-31', 'period', 'by-end-of-period']],
  ['đến năm 2030', ['đến năm 2030', '2030-01-01', '2030-12-31', 'period', 'by-end-of-period']],
  ['đến hết năm 2020', ['đến hết năm 2020', '2020-01-01', '2020-12-31', 'period', 'by-end-of-period']],
  ['tầm nhìn đến năm 2045', ['đến năm 2045', '2045-01-01', '2045-12-31', 'period', 'by-end-of-period']],
  ['trước năm 2030', ['trước năm 2030', '2030-01-01', '2030-12-31', 'period', 'before']],
  ['nhiệm kỳ 2025 - 2030', ['nhiệm kỳ 2025 - 2030', '2025-01-01', '2030-12-31', 'period', null]],
  ['nhiệm kỳ 2026 - 2031', ['nhiệm kỳ 2026 - 2031', '2026-01-01', '2031-12-31', 'period', null]],
  ['nhiệm kỳ (2025 - 2030)', ['nhiệm kỳ (2025 - 2030)', '2025-01-01', '2030-12-31', 'period', null]],
  ['đại hội nhiệm kỳ V (2024 - 2029)', ['nhiệm kỳ V (2024 - 2029)', '2024-01-01', '2029-12-31', 'period', null]],
  ['giai đoạn 2026-2030', ['giai đoạn 2026-2030', '2026-01-01', '2030-12-31', 'period', null]],
  ['giai đoạn\n2021-2025', ['giai đoạn\n2021-2025', '2021-01-01', '2025-12-31', 'period', null]],
  ['thời kỳ 2021–2030', ['thời kỳ 2021–2030', '2021-01-01', '2030-12-31', 'period', null]],
  ['trong giai đoạn 2021 - 2025', ['trong giai đoạn 2021 - 2025', '2021-01-01', '2025-12-31', 'period', 'by-end-of-period']],
  ['Chiến lược phát triển giáo dục 2021 - 2030', ['2021 - 2030', '2021-01-01', '2030-12-31', 'period', null]],
  ['năm học 2025 - 2026', ['năm học 2025 - 2026', '2025-09-01', '2026-05-31', 'period', null]],
  ['3 năm (2021 - 2023)', ['(2021 - 2023)', '2021-01-01', '2023-12-31', 'period', null]],
  ['kế hoạch năm 2019 và năm 2020', ['năm 2019', '2019-01-01', '2019-12-31', 'period', null], ['năm 2020', '2020-01-01', '2020-12-31', 'period', null]],
  ['giai đoạn 2021 - 2030, tầm nhìn đến năm 2050', ['giai đoạn 2021 - 2030', '2021-01-01', '2030-12-31', 'period', null], ['đến năm 2050', '2050-01-01', '2050-12-31', 'period', 'by-end-of-period']]
]

export const RANGES: Table['rows'] = [
  ['từ ngày 10/5/2026 đến hết ngày 14/5/2026', ['từ ngày 10/5/2026 đến hết ngày 14/5/2026', '2026-05-10', '2026-05-14', 'period', null]],
  ['từ ngày 1/6 đến ngày 15/6/2026', ['từ ngày 1/6 đến ngày 15/6/2026', '2026-06-01', '2026-06-15', 'period', null]],
  ['từ ngày 11/9/2026 đến ngày 20/9/2026', ['từ ngày 11/9/2026 đến ngày 20/9/2026', '2026-09-11', '2026-09-20', 'period', null]],
  ['10-11/6/2026', ['10-11/6/2026', '2026-06-10', '2026-06-11', 'period', null]],
  ['ngày 10 - 11/6/2026', ['ngày 10 - 11/6/2026', '2026-06-10', '2026-06-11', 'period', null]],
  ['từ ngày 10 đến ngày 15/6/2026', ['từ ngày 10 đến ngày 15/6/2026', '2026-06-10', '2026-06-15', 'period', null]],
  ['Ngày 23 và 24 tháng 3 năm 2024, Thủ tướng Chính phủ', ['Ngày 23 và 24 tháng 3 năm 2024', '2024-03-23', '2024-03-24', 'period', null]],
  ['từ ngày 10 đến hết ngày 14 tháng 5 năm 2026', ['từ ngày 10 đến hết ngày 14 tháng 5 năm 2026', '2026-05-10', '2026-05-14', 'period', null]],
  ['30/6/2026 - 02/7/2026', ['30/6/2026 - 02/7/2026', '2026-06-30', '2026-07-02', 'period', null]],
  ['từ năm 2021 đến năm 2025', ['từ năm 2021 đến năm 2025', '2021-01-01', '2025-12-31', 'period', null]],
  ['(từ tháng 02/2026 đến tháng 01/2027)', ['từ tháng 02/2026 đến tháng 01/2027', '2026-02-01', '2027-01-31', 'period', null]],
  ['từ tháng 6 đến tháng 8/2026', ['từ tháng 6 đến tháng 8/2026', '2026-06-01', '2026-08-31', 'period', null]],
  ['từ ngày 11/9 đến hết năm 2026', ['từ ngày 11/9 đến hết năm 2026', '2026-09-11', '2026-12-31', 'period', null]],
  ['từ nay đến ngày 30/6/2026', ['từ nay đến ngày 30/6/2026', '2026-06-02', '2026-06-30', 'period', 'before']],
  ['từ nay đến cuối năm', ['từ nay đến cuối năm', '2026-06-02', '2026-12-31', 'period', 'by-end-of-period']],
  ['từ nay đến năm 2030', ['từ nay đến năm 2030', '2026-06-02', '2030-12-31', 'period', 'by-end-of-period']],
  ['từ ngày 01/7/2025', ['từ ngày 01/7/2025', '2025-07-01', null, 'date', 'other']]
]

export const TABLES: Table[] = [
  {name: 'months', reference: '2026-06-02', rows: MONTHS},
  {name: 'quarters', reference: '2026-06-02', rows: QUARTERS},
  {name: 'parts of years and months', reference: '2026-06-02', rows: PARTS_OF_YEARS},
  {name: 'years and terms', reference: '2026-06-02', rows: YEARS},
  {name: 'ranges', reference: '2026-06-02', rows: RANGES}
]

/**
 * Tết Nguyên đán: the first day of the first lunar month, in Vietnam.
 *
 * Source: computed with Hồ Ngọc Đức's algorithm for the Vietnamese lunar calendar
 * (“Âm lịch Việt Nam”, https://www.informatik.uni-leipzig.de/~duc/amlich/, `convertLunar2Solar(1, 1, year, 0, 7)`
 * with the time zone of Vietnam, UTC+7). The Vietnamese date differs from the Chinese one (UTC+8) in 2030:
 * 2 February, not 3 February.
 */
export const TET_NGUYEN_DAN: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08'
}

/** Heavenly stems (can), in cycle order from Giáp; year 4 AD was Giáp Tý. */
export const CAN = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'] as const
/** Earthly branches (chi), in cycle order from Tý. */
export const CHI = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'] as const

/**
 * Find the year named by a can–chi pair (`Bính Ngọ`) closest to `around`.
 * @param can
 *   Heavenly stem, any case.
 * @param chi
 *   Earthly branch, any case (`tị` is read as `tỵ`).
 * @param around
 *   Year to search around (the reference year).
 * @returns
 *   The year, or `null` for an invalid pair.
 */
export function yearOfCanChi(can: string, chi: string, around: number): number | null {
  const stem = CAN.indexOf(can.toLowerCase() as (typeof CAN)[number])
  const branch = CHI.indexOf(chi.toLowerCase().replace('tị', 'tỵ') as (typeof CHI)[number])
  if (stem < 0 || branch < 0) return null
  for (let distance = 0; distance <= 30; distance++) {
    for (const year of [around + distance, around - distance]) {
      if ((((year - 4) % 10) + 10) % 10 === stem && (((year - 4) % 12) + 12) % 12 === branch) return year
    }
  }
  return null
}

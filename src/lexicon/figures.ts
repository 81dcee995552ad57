/**
 * Word tables for figures (DOMAIN.md §5): units, scale words and the words around a quantity. Data, not
 * code: the matcher (`figures/find.ts`) builds its patterns from these.
 */

/** What kind of quantity a unit measures. */
export type UnitKind =
  | 'currency'
  | 'percent'
  | 'points'
  | 'area'
  | 'length'
  | 'volume'
  | 'flow'
  | 'mass'
  | 'power'
  | 'energy'
  | 'count'
  | 'ratio'

export interface UnitSpec {
  /** Normalised unit reported in `FigureMatch.unit`. */
  readonly unit: string
  readonly kind: UnitKind
  /** Match the written form ignoring case (words); symbols such as `m`, `MW`, `USD` are case-sensitive. */
  readonly words?: true
  /**
   * The written form is not this unit when the next syllable is one of these (`3 đồng chí` is three
   * comrades, `tấn công` is "attack").
   */
  readonly notBefore?: readonly string[]
}

/**
 * Written unit → normalised unit. Keys are matched longest first, must end at a word boundary, and
 * must follow the number (optionally after a scale word).
 *
 * Counted units (`kind: 'count'`: lượt, hồ sơ, doanh nghiệp) are measurements only with evidence — see
 * `findFigures`. `lần` (times) counts only after `gấp` ("gấp 2,5 lần"), since `3 lần` is usually how
 * often something happens. Plain counts of things (`06 thành phố`, `11 năm`, `30 xã`, `220 điểm`) have no
 * entry and are never figures; `điểm` alone is a count of places, only `điểm phần trăm` is a unit.
 */
export const UNIT_TABLE: Readonly<Record<string, UnitSpec>> = {
  // Currency
  'đồng': {
    unit: 'VND',
    kind: 'currency',
    words: true,
    notBefore: [
      'chí', 'bộ', 'thời', 'bằng', 'hành', 'nghiệp', 'ý', 'tình', 'đều', 'loạt', 'chủ', 'bào', 'minh',
      'phạm', 'hồ', 'cấp', 'phục', 'lòng', 'dạng', 'nhất', 'thuận', 'tâm', 'cảm', 'ca', 'hương', 'môn',
      'đội', 'khởi', 'lúa', 'ruộng', 'nát', 'thau', 'sở', 'tộc', 'trinh', 'diễn', 'hóa', 'hoá', 'vốn'
    ]
  },
  'VNĐ': {unit: 'VND', kind: 'currency'},
  'VND': {unit: 'VND', kind: 'currency'},
  'vnđ': {unit: 'VND', kind: 'currency'},
  'vnd': {unit: 'VND', kind: 'currency'},
  'đ': {unit: 'VND', kind: 'currency'},
  'USD': {unit: 'USD', kind: 'currency'},
  'đô la Mỹ': {unit: 'USD', kind: 'currency', words: true},
  'đô-la Mỹ': {unit: 'USD', kind: 'currency', words: true},
  'đô la': {unit: 'USD', kind: 'currency', words: true},
  'đô-la': {unit: 'USD', kind: 'currency', words: true},
  'EUR': {unit: 'EUR', kind: 'currency'},
  'euro': {unit: 'EUR', kind: 'currency', words: true},
  // Percentages
  '%': {unit: '%', kind: 'percent'},
  '％': {unit: '%', kind: 'percent'},
  'phần trăm': {unit: '%', kind: 'percent', words: true},
  'điểm phần trăm': {unit: 'percentage points', kind: 'points', words: true},
  'điểm %': {unit: 'percentage points', kind: 'points', words: true},
  // Area
  'ha': {unit: 'ha', kind: 'area'},
  'héc-ta': {unit: 'ha', kind: 'area', words: true},
  'héc ta': {unit: 'ha', kind: 'area', words: true},
  'hécta': {unit: 'ha', kind: 'area', words: true},
  'hec-ta': {unit: 'ha', kind: 'area', words: true},
  'm2': {unit: 'm2', kind: 'area'},
  'm²': {unit: 'm2', kind: 'area'},
  'km2': {unit: 'km2', kind: 'area'},
  'km²': {unit: 'km2', kind: 'area'},
  // Length
  'km': {unit: 'km', kind: 'length'},
  'm': {unit: 'm', kind: 'length'},
  'cm': {unit: 'cm', kind: 'length'},
  'mm': {unit: 'mm', kind: 'length'},
  // Volume and flow
  'm3': {unit: 'm3', kind: 'volume'},
  'm³': {unit: 'm3', kind: 'volume'},
  'lít': {unit: 'lít', kind: 'volume', words: true},
  'm3/s': {unit: 'm3/s', kind: 'flow'},
  'm³/s': {unit: 'm3/s', kind: 'flow'},
  'm3/h': {unit: 'm3/h', kind: 'flow'},
  'm³/h': {unit: 'm3/h', kind: 'flow'},
  'mm/h': {unit: 'mm/h', kind: 'flow'},
  // Mass
  'tấn': {unit: 'tấn', kind: 'mass', words: true, notBefore: ['công']},
  'kg': {unit: 'kg', kind: 'mass'},
  // Power and energy
  'kW': {unit: 'kW', kind: 'power'},
  'MW': {unit: 'MW', kind: 'power'},
  'GW': {unit: 'GW', kind: 'power'},
  'kVA': {unit: 'kVA', kind: 'power'},
  'KVA': {unit: 'kVA', kind: 'power'},
  'MVA': {unit: 'MVA', kind: 'power'},
  'kWh': {unit: 'kWh', kind: 'energy'},
  'MWh': {unit: 'MWh', kind: 'energy'},
  'GWh': {unit: 'GWh', kind: 'energy'},
  // Counted units (need evidence of measurement, see UnitKind 'count')
  'lượt': {unit: 'lượt', kind: 'count', words: true},
  'hồ sơ': {unit: 'hồ sơ', kind: 'count', words: true},
  'doanh nghiệp': {unit: 'doanh nghiệp', kind: 'count', words: true},
  // Multiples, only after "gấp"
  'lần': {unit: 'times', kind: 'ratio', words: true}
}

/** Scale word → power of ten. Written between number and unit: `105 nghìn tỷ đồng`, `5,4 tỷ USD`. */
export const SCALE_TABLE: Readonly<Record<string, number>> = {
  'nghìn': 3,
  'ngàn': 3,
  'triệu': 6,
  'tỷ': 9,
  'tỉ': 9,
  'nghìn tỷ': 12,
  'ngàn tỷ': 12,
  'nghìn tỉ': 12,
  'ngàn tỉ': 12,
  'triệu tỷ': 15,
  'triệu tỉ': 15
}

/**
 * Qualifiers written right before the number; any of them makes the figure approximate and is part of
 * `raw`. Estimates may carry `đạt` and a bound: `ước đạt`, `dự kiến đạt khoảng`, `ước tính trên`.
 */
export const ESTIMATE_WORDS = ['ước tính', 'ước', 'dự kiến', 'sơ bộ'] as const
export const BOUND_WORDS = ['gần', 'khoảng', 'trên', 'hơn', 'xấp xỉ', 'chừng', 'ngót'] as const

/** `hơn` after these is comparative ("cao hơn 5%": higher by 5%), not "over". */
export const COMPARATIVES = [
  'cao', 'thấp', 'nhiều', 'ít', 'lớn', 'nhỏ', 'nhanh', 'chậm', 'tốt', 'kém', 'sớm', 'muộn', 'rộng', 'hẹp'
] as const

/** A number right after these words is a rank, never a quantity: `thứ 3`, `top 5`, `tốp 10`. */
export const RANK_WORDS = ['thứ', 'top', 'tốp', 'hạng'] as const

/**
 * Counted units are measurements when the number has a scale word, is 1.000 or more, is qualified, or
 * follows one of these verbs ("tiếp nhận 523 hồ sơ", "đón 120 lượt"); leading-zero counts
 * ("03 doanh nghiệp") never are.
 */
export const COUNT_VERBS = [
  'đạt', 'tiếp nhận', 'giải quyết', 'xử lý', 'đón', 'phục vụ', 'thu hút', 'thành lập mới', 'thành lập',
  'đăng ký', 'đăng ký mới', 'cấp', 'tăng', 'giảm', 'có thêm'
] as const

/** Predicate words that end the subject of a figure's clause ("GRDP thành phố | tăng 11,81%"). */
export const PREDICATES = [
  'đạt', 'tăng', 'giảm', 'bằng', 'chiếm', 'vượt', 'là', 'ở mức', 'lên', 'xuống', 'gấp', 'còn',
  'không vượt quá', 'không quá', 'vượt quá', 'dưới', 'tối đa', 'tối thiểu', 'tương đương', 'tương ứng'
] as const

/** Predicate words followed by these syllables are nouns, not predicates (`tăng trưởng`, `giảm nghèo`). */
export const PREDICATE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  'tăng': ['trưởng', 'cường', 'ca', 'giá'],
  'giảm': ['nghèo', 'thiểu', 'nhẹ', 'giá', 'sút', 'tải'],
  'bằng': ['cách', 'nguồn', 'hình', 'phương', 'chứng', 'khen', 'lái'],
  'còn': ['lại']
}

/** Words linking clauses, dropped from the start of a subject ("; trong đó thu nội địa đạt …"). */
export const CONNECTORS = [
  'trong đó', 'và', 'còn', 'riêng', 'đồng thời', 'đặc biệt là', 'nhất là', 'đối với', 'về', 'với', 'trong',
  'tuy nhiên', 'ngoài ra', 'theo đó', 'cụ thể', 'cụ thể là', 'mà', 'trước hết là', 'trước hết', 'là',
  'so với'
] as const

/**
 * Words that open a relation written after the figure ("134,2% dự toán", "29,6% so với năm 2024",
 * "118,8% kế hoạch"). Matched without diacritics so OCR damage ("kê hoạch") still counts.
 */
export const RELATION_HEADS = [
  'so với', 'so cùng kỳ', 'dự toán', 'kế hoạch', 'chỉ tiêu', 'mục tiêu', 'cùng kỳ', 'tổng'
] as const

/** Words that end a relation phrase: the next clause begins. */
export const RELATION_STOPS = [
  'và', 'đứng', 'tăng', 'giảm', 'đạt', 'bằng', 'chiếm', 'vượt', 'trong', 'nhưng', 'là', 'xếp', 'cao', 'thấp'
] as const

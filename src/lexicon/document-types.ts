/**
 * Document types: name ↔ abbreviation, from NĐ 30/2020 Appendix III (State) and HD 36-HD/VPTW (Party),
 * DOMAIN.md §1.1–1.2. The type line (`THÔNG BÁO`) gives the name; the symbol (`/KH-UBND`, `-TB/TU`) the code.
 */
import {foldKey} from '../text/fold.js'

export interface DocumentTypeEntry {
  /** Name in running-text case, e.g. `Thông báo`. */
  name: string
  /** Its abbreviation in State symbols; null for a công văn. */
  state: string | null
  /** Its abbreviation in Party symbols, when the Party uses this type. */
  party?: string
  /** Other codes seen in symbols for this type (older or variant spellings). */
  aliases?: string[]
}

export const documentTypes: readonly DocumentTypeEntry[] = [
  {name: 'Nghị quyết', state: 'NQ', party: 'NQ'},
  {name: 'Quyết định', state: 'QĐ', party: 'QĐ'},
  {name: 'Chỉ thị', state: 'CT', party: 'CT'},
  {name: 'Kết luận', state: 'KL', party: 'KL'},
  {name: 'Quy chế', state: 'QC', party: 'QC'},
  {name: 'Quy định', state: 'QyĐ', party: 'QĐ', aliases: ['QĐi']},
  {name: 'Thông cáo', state: 'TC'},
  {name: 'Thông báo', state: 'TB', party: 'TB'},
  {name: 'Thông tri', state: null, party: 'TT'},
  {name: 'Thông tư', state: 'TT'},
  {name: 'Thông tư liên tịch', state: 'TTLT'},
  {name: 'Nghị định', state: 'NĐ'},
  {name: 'Hướng dẫn', state: 'HD', party: 'HD'},
  {name: 'Chương trình', state: 'CTr', party: 'CTr'},
  {name: 'Kế hoạch', state: 'KH', party: 'KH'},
  {name: 'Phương án', state: 'PA'},
  {name: 'Đề án', state: 'ĐA', party: 'ĐA'},
  {name: 'Dự án', state: 'DA'},
  {name: 'Báo cáo', state: 'BC', party: 'BC'},
  {name: 'Biên bản', state: 'BB', party: 'BB'},
  {name: 'Tờ trình', state: 'TTr', party: 'TTr'},
  {name: 'Hợp đồng', state: 'HĐ'},
  {name: 'Công điện', state: 'CĐ'},
  {name: 'Bản ghi nhớ', state: 'BGN', aliases: ['GN']},
  {name: 'Bản thỏa thuận', state: 'BTT', aliases: ['TTh']},
  {name: 'Giấy ủy quyền', state: 'GUQ', aliases: ['UQ']},
  {name: 'Giấy mời', state: 'GM'},
  {name: 'Giấy giới thiệu', state: 'GGT'},
  {name: 'Giấy nghỉ phép', state: 'GNP', aliases: ['NP']},
  {name: 'Phiếu gửi', state: 'PG'},
  {name: 'Phiếu chuyển', state: 'PC'},
  {name: 'Phiếu báo', state: 'PB'},
  // A công văn has no type code (NĐ 30, HD 36): the Party's symbols letter it CV all the same.
  {name: 'Công văn', state: null, aliases: ['CV']}
]

/** Type names by their folded key (`THONG BAO`), so OCR that drops marks (`QUYET ĐỊNH`) still matches. */
const byFoldedName = new Map<string, DocumentTypeEntry>(
  documentTypes.map((entry) => [foldKey(entry.name), entry] as const)
)

/**
 * The type a type line names.
 *
 * @param text
 *   The type line as written, e.g. `THÔNG BÁO`.
 * @returns
 *   The entry, or null.
 */
export function typeByName(text: string): DocumentTypeEntry | null {
  return byFoldedName.get(foldKey(text).replace(/\s+/gu, ' ').trim()) ?? null
}

/** Folded names, longest first (to find a name at the end of a line). */
export const foldedTypeNames: readonly string[] = [...byFoldedName.keys()].sort((a, b) => b.length - a.length)

/**
 * The type a symbol's code stands for.
 *
 * @param code
 *   Code as written, e.g. `QĐ`, `TB`.
 * @param system
 *   `party` for hyphen-style symbols (`123-TB/TU`), else `state`.
 * @returns
 *   The entry, or null when the code is not a type code (a công văn's issuer code, e.g. `VPCP`).
 */
export function typeByCode(code: string, system: 'state' | 'party'): DocumentTypeEntry | null {
  const own = documentTypes.find((entry) => (system === 'party' ? entry.party : entry.state) === code)
  if (own) return own
  return (
    documentTypes.find(
      (entry) => entry.state === code || entry.party === code || (entry.aliases?.includes(code) ?? false)
    ) ?? null
  )
}

/**
 * Whether a code is one the entry uses (in either system or as a variant).
 *
 * @param entry
 *   Type.
 * @param code
 *   Code from a symbol.
 * @returns
 *   Whether it fits.
 */
export function codeFits(entry: DocumentTypeEntry, code: string): boolean {
  return entry.state === code || entry.party === code || (entry.aliases?.includes(code) ?? false)
}

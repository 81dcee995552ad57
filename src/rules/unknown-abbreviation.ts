/**
 * Warn when a routing-table row is neither a known title with a name (`PCT V.T.Phụng`) nor a known
 * unit (`P. TH`): the follow-up cannot be given to anyone. The table is
 * src/lexicon/abbreviations.ts; an office adds its own units with the option `known`
 * (`["warning", {"known": ["P. QLĐT"]}]`). Examples: fixtures/rules/unknown-abbreviation/.
 */
import {abbreviationKey, readRoutingUnit} from '../extract/header/abbreviations.js'
import {defineRule} from './rule.js'
import {quote} from './support/notice.js'

export default defineRule({
  id: 'unknown-abbreviation',
  severity: 'warning',
  description: 'Every routing-table row is a known title or unit abbreviation (option `known` adds more)',
  descriptionVi: 'Mỗi dòng của bảng phân phối là chức danh hoặc đơn vị viết tắt đã biết (tùy chọn `known` bổ sung thêm)',
  options: {defaults: {known: [] as string[]}, schema: (zod) => zod.strictObject({known: zod.array(zod.string().min(1)).max(1000)})},
  check(notice, report, {options}) {
    const known = new Set(options.known.map((entry) => abbreviationKey(entry)))
    for (const row of notice.routing) {
      if (readRoutingUnit(row.unit).title !== null) continue
      const unit = row.unit.replace(/\s+/gu, ' ').trim()
      // A configured entry may be the whole row or its title before the official's name (a few words at most).
      const words = unit.split(' ').slice(0, 6)
      if (known.has(abbreviationKey(unit)) || words.some((_, count) => known.has(abbreviationKey(words.slice(0, count + 1).join(' '))))) continue
      const entry = quote(unit)
      report(
        {
          en: `Unexpected unknown routing entry “${entry}”, expected a title or unit from the abbreviation table (such as “PCT”, “P. TH”) or one listed in the option \`known\``,
          vi: `Không nhận ra “${entry}” trong bảng phân phối; cần dùng chức danh hoặc đơn vị có trong bảng viết tắt (như “PCT”, “P. TH”) hoặc khai báo thêm trong tùy chọn \`known\``
        },
        row.position
      )
    }
  }
})

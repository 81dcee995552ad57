/**
 * Warn when no signature block is found: the copy may be a draft, or its last page is missing.
 * Examples: fixtures/rules/missing-signature/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'missing-signature',
  severity: 'warning',
  description: 'The notice ends with a signature block (authority, title, name)',
  descriptionVi: 'Văn bản kết thúc bằng phần chữ ký (thẩm quyền, chức vụ, họ tên người ký)',
  check(notice, report) {
    if (notice.signature !== null) return
    report(
      {
        en: 'Unexpected notice without a signature block, expected the signer’s title and name after “Nơi nhận”',
        vi: 'Không tìm thấy phần chữ ký; cần có chức vụ và họ tên người ký sau phần “Nơi nhận” (văn bản có thể là dự thảo hoặc thiếu trang cuối)'
      },
      null
    )
  }
})

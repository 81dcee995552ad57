/**
 * Warn when no signature block is found: the copy may be a draft, or its last page is missing.
 * Examples: fixtures/rules/missing-signature/.
 */
import {defineRule} from './rule.js'

export default defineRule({
  id: 'missing-signature',
  severity: 'warning',
  description: 'The notice ends with a signature block (authority, title, name)',
  check(notice, report) {
    if (notice.signature !== null) return
    report('Unexpected notice without a signature block, expected the signer’s title and name after “Nơi nhận”', null)
  }
})

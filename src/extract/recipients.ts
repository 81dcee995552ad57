/**
 * Closing → recipients: the `Nơi nhận:` list, one string per item, without the leading `- ` and the
 * trailing `;`, `,` or `.`. An item wrapped over lines is joined; an annotation on its own line or after
 * the `;` (`(để b/c)`) is appended to the item before it. Signature lines interleaved with the list
 * (authority, title, name) are left out.
 */
import {defineExtractor} from './extractor.js'
import {analyzeClosing} from './header/closing.js'

export default defineExtractor({
  key: 'recipients',
  extract(context) {
    return analyzeClosing(context).recipients
  }
})

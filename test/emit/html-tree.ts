/**
 * Test helper: reads back what the HTML page shows of a notice's source: the text (entities decoded, tags
 * dropped) and every highlight with the source words it covers, its pieces joined. Only for the page's
 * own markup (`<div class="source">` holds nothing but text and `<mark>` elements).
 */

export interface ReadMark {
  /** `data-mark`, shared by the pieces of one mark. */
  key: string
  kind: string
  id: string | null
  tip: string
  /** Source offsets of the first piece's start and the last piece's end. */
  start: number
  end: number
  /** The words covered, pieces joined. */
  text: string
  pieces: number
}

const entities: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'"}

export function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/gu, (entity) => entities[entity] ?? entity)
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)="([^"]*)"/gu)) found[match[1] ?? ''] = unescapeHtml(match[2] ?? '')
  return found
}

/** The inside of notice `index`'s source element. */
export function sourceHtml(page: string, index = 0): string {
  const open = `<article id="n${index}">`
  const at = page.indexOf(open)
  if (at < 0) throw new Error(`no article n${index}`)
  const start = page.indexOf('<div class="source" lang="vi">', at)
  if (start < 0) throw new Error(`no source in article n${index}`)
  const from = start + '<div class="source" lang="vi">'.length
  return page.slice(from, page.indexOf('</div>', from))
}

/** The source text as shown, and its marks by `data-mark`. */
export function readSource(page: string, index = 0): {text: string; marks: Map<string, ReadMark>} {
  const html = sourceHtml(page, index)
  const marks = new Map<string, ReadMark>()
  const open: ReadMark[] = []
  let text = ''
  for (const token of html.matchAll(/<mark ([^>]*)>|<\/mark>|[^<]+/gu)) {
    if (token[0] === '</mark>') {
      const closed = open.pop()
      if (!closed) throw new Error('unbalanced </mark>')
      closed.end = text.length
    } else if (token[1] !== undefined) {
      const found = attributes(token[1])
      const key = found['data-mark'] ?? ''
      const mark = marks.get(key) ?? {key, kind: (found['class'] ?? '').replace(/^k-/u, ''), id: null, tip: found['data-tip'] ?? '', start: text.length, end: text.length, text: '', pieces: 0}
      if (found['id']) mark.id = found['id']
      mark.pieces++
      marks.set(key, mark)
      open.push(mark)
    } else {
      const words = unescapeHtml(token[0])
      for (const mark of new Set(open)) mark.text += words
      text += words
    }
  }

  if (open.length > 0) throw new Error('unclosed <mark>')
  return {text, marks}
}

/**
 * Writes `\p{sc=Latn}` and `\p{No}` in the bundle's regular expressions as the ranges of code points they
 * stand for. V8 looks a property up in ICU each time it parses a pattern that names one, and it parses each
 * pattern twice (when it is built and when it first runs): with a few hundred patterns the lookups cost far
 * more than reading ranges. The sources keep `\p{…}`, which says what
 * is meant; the ranges are computed here from the Node that builds the bundle (and runs it), so they are the
 * same sets by construction, whatever Unicode version its ICU has.
 *
 * Only where the rewrite is certain to mean the same:
 * - a regular expression literal: inside a class the ranges go in as they are, outside one in a class of
 *   their own (`[…]`);
 * - a string or a piece of a template (a pattern built from parts): only inside a class that opens in that
 *   same piece, since a part's context in the whole pattern is not known here.
 * `\p{sc=Latn}` stays as written in a literal with the `i` flag: V8 closes ranges under case folding one by
 * one, which costs more than the lookup, and does not do so for a property. Tagged templates (`String.raw`)
 * are left alone.
 */
import ts from 'typescript'

/** The properties spelled out. */
const PROPERTIES = ['sc=Latn', 'No']

/** A code point as a regular expression escape (`\u{…}` beyond the BMP, which needs the `u` flag). */
export const unicodeEscape = (code) => (code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`)

/**
 * The code points of a property as the inside of a class (`\u0041-\u005a\u0061-\u007a…`), for the `u` flag.
 *
 * @param {string} property e.g. `sc=Latn`
 * @returns {string}
 */
export function rangesOf(property) {
  const member = new RegExp(`^\\p{${property}}$`, 'u')
  let ranges = ''
  let start = -1
  for (let code = 0; code <= 0x110000; code++) {
    const inside = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && member.test(String.fromCodePoint(code))
    if (inside && start < 0) start = code
    if (!inside && start >= 0) {
      ranges += unicodeEscape(start) + (code - 1 > start ? `-${unicodeEscape(code - 1)}` : '')
      start = -1
    }
  }

  return ranges
}

/**
 * Rewrites one pattern source.
 *
 * @param {string} source the pattern, or a piece of one
 * @param {{whole: boolean, ignoreCase: boolean, ranges: Map<string, string>}} how
 *   `whole`: the complete pattern of a literal (else a piece, see the module comment)
 * @returns {string}
 */
export function spellOut(source, {whole, ignoreCase, ranges}) {
  let result = ''
  let inClass = false
  let index = 0
  while (index < source.length) {
    const char = source[index]
    if (char === '\\') {
      const property = /^\\p\{([^}]*)\}/.exec(source.slice(index, index + 16))
      const spelled = property && !(ignoreCase && property[1] === 'sc=Latn') ? ranges.get(property[1]) : undefined
      if (property && spelled !== undefined && (inClass || whole)) {
        result += inClass ? spelled : `[${spelled}]`
        index += property[0].length
      } else {
        // An escape: the character after the backslash is never a class bracket.
        result += source.slice(index, index + 2)
        index += 2
      }

      continue
    }

    if (inClass ? char === ']' : char === '[') inClass = !inClass
    result += char
    index++
  }

  return result
}

/** Writes a string as a template literal's raw text would (a carriage return escaped: raw, it would read as a line feed). */
const asTemplateText = (text) => text.replace(/\\|`|\$\{/g, (found) => `\\${found}`).replaceAll('\r', '\\r')

/** The kinds of string a pattern may be built from, with how each opens and closes (a string is rewritten as JSON). */
const pieceDelimiters = new Map([
  [ts.SyntaxKind.StringLiteral, ['"', '"']],
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral, ['`', '`']],
  [ts.SyntaxKind.TemplateHead, ['`', '${']],
  [ts.SyntaxKind.TemplateMiddle, ['}', '${']],
  [ts.SyntaxKind.TemplateTail, ['}', '`']]
])

/** `\p{…}` of one of {@link PROPERTIES}. */
const named = new RegExp(`\\\\p\\{(?:${PROPERTIES.join('|')})\\}`)

/** The ranges of each property, computed once (a walk over every code point). */
let ranges

/**
 * Rewrites a whole script.
 *
 * @param {string} code JavaScript
 * @returns {{code: string, rewritten: number}}
 */
export function spellOutClasses(code) {
  ranges ??= new Map(PROPERTIES.map((property) => [property, rangesOf(property)]))
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const edits = []
  const visit = (node) => {
    const delimiters = pieceDelimiters.get(node.kind)
    let replacement = null
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file)
      const slash = text.lastIndexOf('/')
      const flags = text.slice(slash + 1)
      // Without `u`, `\p{No}` is the letters p{No}; `v` classes nest, which the scanner does not follow.
      if (named.test(text) && flags.includes('u')) {
        replacement = `/${spellOut(text.slice(1, slash), {whole: true, ignoreCase: flags.includes('i'), ranges})}/${flags}`
      }
    } else if (delimiters && named.test(node.text) && !inTaggedTemplate(node)) {
      // A piece's flags are not known here: every pattern of src/ that names a property has `u`
      // (test/build/spell-out-classes.test.ts checks it).
      const [open, close] = delimiters
      const spelled = spellOut(node.text, {whole: false, ignoreCase: false, ranges})
      replacement = open === '"' ? JSON.stringify(spelled) : `${open}${asTemplateText(spelled)}${close}`
    }

    if (replacement !== null && replacement !== node.getText(file)) edits.push({start: node.getStart(file), end: node.getEnd(), replacement})
    ts.forEachChild(node, visit)
  }

  visit(file)
  let result = code
  for (const {start, end, replacement} of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + replacement + result.slice(end)
  return {code: result, rewritten: edits.length}
}

function inTaggedTemplate(node) {
  let parent = node.parent
  while (parent && (parent.kind === ts.SyntaxKind.TemplateSpan || parent.kind === ts.SyntaxKind.TemplateExpression)) parent = parent.parent
  return parent?.kind === ts.SyntaxKind.TaggedTemplateExpression
}


/**
 * A look-ahead for the characters a match can start with, put in front of a pattern so that V8 skips
 * the other positions at once. Our patterns open with a look-behind such as
 * `(?<![\p{sc=Latn}\d\p{No}])`; when what follows starts with a literal (`tháng\s+…`) V8 searches for
 * that literal by itself, but when it starts with a digit, a class or optional words
 * (`(?:(?:vào\s+)?lúc\s+)?\d…`) V8 runs the Unicode look-behind at every position of the text. With
 * `(?=[vl\d])` in front it tests one character first: three to five times faster on the date parsers,
 * which run over every task's text.
 *
 * The look-ahead only restates what the pattern already requires, so matches, groups and offsets do not
 * change. The characters are found by reading the pattern (its FIRST set); where the reading is not
 * sure (a pattern that can match nothing, `.`, a negated class, a back-reference), the pattern is left
 * as it is.
 */
import {WORD_START} from './word-boundary.js'

/** What a piece of pattern can start with: class items (ready to go between `[` and `]`), or null for anything. */
interface First {
  items: string[] | null
  /** Whether the piece can match the empty string. */
  nullable: boolean
  /** Whether every way through it starts with a literal character (after assertions). */
  literal: boolean
}

/**
 * Puts the look-ahead in front of a pattern for the `u` flag.
 *
 * @param source
 *   Pattern source, written for the `u` flag (with or without `i`, `g`, `y`).
 * @returns
 *   `(?=[…])` + source, or source unchanged when its first characters cannot be told for sure.
 */
export function withFirstChars(source: string): string {
  let first: First
  try {
    const reader = new Reader(source)
    first = reader.alternation()
    if (reader.index !== source.length) return source
  } catch {
    return source
  }

  // V8 already skips ahead to a literal start (`tháng`, `(?:tuần|quý)`) by itself, faster than a class
  // check at every position would.
  if (first.literal || first.nullable || first.items === null || first.items.length === 0) return source
  const head = `(?=[${[...new Set(first.items)].join('')}])`
  // The same word-start test, with the common case (an ASCII letter or digit before) decided first.
  return source.startsWith(WORD_START) ? `${head}(?<![a-zA-Z\\d])${source}` : head + source
}

/**
 * A `u` flag regular expression with the look-ahead of {@link withFirstChars}.
 *
 * @param source
 *   Pattern source.
 * @param flags
 *   Flags; must include `u`.
 * @returns
 *   The compiled expression.
 */
export function fastRegExp(source: string, flags: string): RegExp {
  return new RegExp(flags.includes('u') ? withFirstChars(source) : source, flags)
}

/** `\u{…}`, `\uXXXX`, `\xXX`. */
const UNICODE_ESCAPE = /^\\u(?:\{([\da-fA-F]{1,6})\}|([\da-fA-F]{4}))|^\\x([\da-fA-F]{2})/

/** Gives up on anything it does not know. */
class Unsure extends Error {}

const ZERO_WIDTH: First = {items: [], nullable: true, literal: true}
const ANY: First = {items: null, nullable: false, literal: false}

/** Recursive descent over the pattern syntax our code uses (ECMAScript, `u` flag). */
class Reader {
  index = 0
  constructor(private readonly source: string) {}

  /** Alternatives separated by `|`, up to `)` or the end. */
  alternation(): First {
    let result = this.sequence()
    while (this.source[this.index] === '|') {
      this.index++
      result = union(result, this.sequence())
    }

    return result
  }

  /** Terms up to `|`, `)` or the end: what the first term that must consume a character can start with. */
  private sequence(): First {
    const items: string[] = []
    let known = true
    let nullable = true
    let literal = true
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      if (!nullable) {
        // The rest of the sequence cannot start a match.
        this.skipSequence()
        break
      }

      const term = this.term()
      if (term.items === null) known = false
      else items.push(...term.items)
      // A zero-width term leaves the question to the next one; an optional one gives a second start.
      if (term !== ZERO_WIDTH) literal &&= term.literal && !term.nullable
      nullable = term.nullable
    }

    return {items: known ? items : null, nullable, literal: literal && !nullable}
  }

  /** Moves to the `|` or `)` that ends the current sequence, past groups, classes and escapes. */
  private skipSequence(): void {
    const source = this.source
    let depth = 0
    for (; this.index < source.length; this.index++) {
      const char = source[this.index]
      if (char === '\\') this.index++
      else if (char === '[') {
        for (this.index++; this.index < source.length && source[this.index] !== ']'; this.index++) {
          if (source[this.index] === '\\') this.index++
        }
      } else if (char === '(') depth++
      else if (char === ')') {
        if (depth === 0) return
        depth--
      } else if (char === '|' && depth === 0) return
    }
  }

  /** An atom and its quantifier. */
  private term(): First {
    const atom = this.atom()
    const char = this.source[this.index]
    let optional = false
    if (char === '?' || char === '*') {
      optional = true
      this.index++
    } else if (char === '+') {
      this.index++
    } else if (char === '{') {
      const match = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.index, this.index + 24))
      if (!match) throw new Unsure()
      optional = Number(match[1]) === 0
      this.index += match[0].length
    } else {
      return atom
    }

    if (this.source[this.index] === '?') this.index++
    return optional ? {items: atom.items, nullable: true, literal: false} : atom
  }

  private atom(): First {
    const source = this.source
    const char = source[this.index]
    if (char === '(') return this.group()
    if (char === '[') return this.characterClass()
    if (char === '\\') return this.escape()
    if (char === '^' || char === '$') {
      this.index++
      return ZERO_WIDTH
    }

    if (char === '.') {
      this.index++
      return ANY
    }

    if (char === '*' || char === '+' || char === '?' || char === '{' || char === '}' || char === ']') throw new Unsure()
    const code = source.codePointAt(this.index) ?? 0
    this.index += code > 0xffff ? 2 : 1
    return {items: [literal(code)], nullable: false, literal: true}
  }

  private group(): First {
    const rest = this.source.slice(this.index, this.index + 4)
    const lookaround = /^\(\?<?[=!]/.exec(rest)
    if (lookaround) {
      this.index += lookaround[0].length
      this.alternation()
      this.close()
      return ZERO_WIDTH
    }

    if (rest.startsWith('(?:')) this.index += 3
    else if (rest.startsWith('(?<')) {
      const end = this.source.indexOf('>', this.index)
      if (end === -1) throw new Unsure()
      this.index = end + 1
    } else if (rest.startsWith('(?')) throw new Unsure()
    else this.index++
    const inner = this.alternation()
    this.close()
    return inner
  }

  private close(): void {
    if (this.source[this.index] !== ')') throw new Unsure()
    this.index++
  }

  /** `[…]`: its items, re-written so that they can sit next to others in one class. */
  private characterClass(): First {
    const source = this.source
    this.index++
    const negated = source[this.index] === '^'
    if (negated) this.index++
    const items: string[] = []
    while (source[this.index] !== ']') {
      if (this.index >= source.length) throw new Unsure()
      const from = this.classAtom()
      if (source[this.index] === '-' && source[this.index + 1] !== ']') {
        this.index++
        const to = this.classAtom()
        if (typeof from !== 'number' || typeof to !== 'number') throw new Unsure()
        items.push(`${literal(from)}-${literal(to)}`)
      } else {
        items.push(typeof from === 'number' ? literal(from) : from)
      }
    }

    this.index++
    if (items.length === 0) throw new Unsure()
    return negated ? ANY : {items, nullable: false, literal: false}
  }

  /** One character of a class (its code point) or a class escape (`\d`, `\p{sc=Latn}`: as written). */
  private classAtom(): number | string {
    const source = this.source
    if (source[this.index] !== '\\') {
      const code = source.codePointAt(this.index) ?? 0
      this.index += code > 0xffff ? 2 : 1
      return code
    }

    const escape = this.escapeAt()
    if (escape.kind === 'char') return escape.code
    if (escape.kind === 'class') return escape.text
    throw new Unsure()
  }

  private escape(): First {
    const escape = this.escapeAt()
    if (escape.kind === 'char') return {items: [literal(escape.code)], nullable: false, literal: true}
    if (escape.kind === 'class') return {items: [escape.text], nullable: false, literal: false}
    return ZERO_WIDTH
  }

  /** The escape at `index` (a backslash): a character, a class escape or an assertion (`\b`). */
  private escapeAt(): {kind: 'char'; code: number} | {kind: 'class'; text: string} | {kind: 'assertion'} {
    const source = this.source
    const next = source[this.index + 1] ?? ''
    const property = /^\\[pP]\{[A-Za-z_=]+\}/.exec(source.slice(this.index, this.index + 64))
    if (property) {
      this.index += property[0].length
      return {kind: 'class', text: property[0]}
    }

    if ('dDsSwW'.includes(next) && next !== '') {
      this.index += 2
      return {kind: 'class', text: `\\${next}`}
    }

    if (next === 'b' || next === 'B') {
      this.index += 2
      return {kind: 'assertion'}
    }

    const controls: Record<string, number> = {n: 10, r: 13, t: 9, f: 12, v: 11}
    const control = controls[next]
    if (control !== undefined) {
      this.index += 2
      return {kind: 'char', code: control}
    }

    const unicode = UNICODE_ESCAPE.exec(source.slice(this.index, this.index + 12))
    if (unicode) {
      this.index += unicode[0].length
      const code = Number.parseInt(unicode[1] ?? unicode[2] ?? unicode[3] ?? '', 16)
      // A surrogate pair written as two `\uXXXX` is one character under the `u` flag: not read here.
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsure()
      return {kind: 'char', code}
    }

    // Under the `u` flag only syntax characters (and `-` in a class) may be escaped.
    if (next !== '' && '^$\\.*+?()[]{}|/-'.includes(next)) {
      this.index += 2
      return {kind: 'char', code: next.charCodeAt(0)}
    }

    throw new Unsure()
  }
}

function union(a: First, b: First): First {
  return {
    items: a.items === null || b.items === null ? null : [...a.items, ...b.items],
    nullable: a.nullable || b.nullable,
    literal: a.literal && b.literal
  }
}

/** A character as a class item that means itself anywhere in a class. */
function literal(code: number): string {
  return `\\u{${code.toString(16)}}`
}

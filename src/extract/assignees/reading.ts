/**
 * One text being read for assignees: its words, the clause starts, and what the frames found so far.
 * Frames add names through it, so a name is found once and never inside another.
 */
import type {Assignee} from '../../model/schema.js'
import {addressing, modals} from '../../lexicon/actions.js'
import {formsOfAddress} from '../../lexicon/bodies.js'
import {PhraseTable, type Word, wordsOf} from '../../text/words.js'
import {bareNoun, bracketsAbbreviation, readName} from './name.js'

export type Role = Assignee['role']

/** A name read: its words `from`..`to`, and where it stands in the text (-1 when it is not written as such). */
export type Found = {name: string; role: Role; from: number; to: number; at: number}

/** "đồng chí" before an office-holder's title: a form of address, not part of the name. */
const address = new PhraseTable(formsOfAddress)
/** Adverbs between a subject and its role word. */
const adverbs = new PhraseTable(modals)

/** Words whose object a name is, never a subject: "của X", "báo cáo X", "theo X". */
const addressed = new PhraseTable(addressing)
/** How far back a name that a word may be inside of is looked for, in words. */
const maxInside = 6

/** How far back a list of names is looked for, in words. */
const maxListReach = 16

export class Reading {
  readonly words: readonly Word[]
  readonly found: Found[] = []
  /** Word indexes where a clause starts: the text's start and after ".", ";", ":", "(". */
  readonly clauseStarts: number[] = [0]

  constructor(readonly text: string) {
    this.words = wordsOf(text)
    this.words.forEach((word, index) => {
      // "(2) các bộ, ngành …": an enumeration's number closes with ")"; "…, thì các cấp ủy …": "thì" opens
      // the main clause after a condition; "Đài Truyền hình Việt Nam (VTV)": brackets round an
      // abbreviation open none.
      const named = word.text === '(' && bracketsAbbreviation(this.words, index)
      const opens = word.mark ? (/^[.;:(]$/u.test(word.text) && !named) || closesItemNumber(this.words, index) : word.lower === 'thì'
      if (opens && index + 1 < this.words.length) this.clauseStarts.push(index + 1)
    })
  }

  /** The name of words `from`..`to` as written. */
  nameOf(from: number, to: number): string {
    const skip = address.match(this.words, from)
    const first = this.words[skip > 0 && this.words[from + skip]?.capital ? from + skip : from]
    const last = this.words[to - 1]
    if (!first || !last) return ''
    const name = this.text.slice(first.start, last.end)
    // 'Sở "Tài chính"': a quote opened inside the name closes with it.
    const close = this.text[last.end] ?? ''
    return (close === '"' && (name.split('"').length % 2 === 0)) || (close === '”' && name.includes('“') && !name.includes('”')) ? name + close : name
  }

  /** Adds a name unless it is found already, overlaps one found, is empty or only a bare noun ("cơ quan"). */
  add(from: number, to: number, role: Role): boolean {
    if (to <= from || this.covered(from, to) || bareNoun(this.words, from, to)) return false
    const name = this.nameOf(from, to)
    if (name.length < 2 || this.found.some((item) => item.name === name)) return false
    const names = members(name)
    const at = names.length > 1 ? -1 : this.text.indexOf(name, this.words[from]?.start ?? 0)
    for (const each of names) this.found.push({name: each, role, from, to, at})
    return true
  }

  /** Whether words `from`..`to` overlap a name found. */
  covered(from: number, to = from + 1): boolean {
    // Loops here and in clauseStart, not some/findLast: frames ask at every word, and a callback closing
    // over the word's index is an allocation each time.
    for (const item of this.found) if (from < item.to && to > item.from) return true
    return false
  }

  /** The clause start at or before word `at`. */
  clauseStart(at: number): number {
    for (let index = this.clauseStarts.length - 1; index >= 0; index--) {
      const start = this.clauseStarts[index] as number
      if (start <= at) return start
    }

    return 0
  }

  /**
   * The name that ends right before word `at`, read from the clause's start, from after a comma of a
   * fronted phrase ("Sau mỗi đợt …, cơ sở đào tạo thực hiện"), or from after an introducing word.
   *
   * @returns
   *   Index of its first word, or -1.
   */
  subjectBefore(at: number, anywhere = false): number {
    const start = this.clauseStart(at)
    for (let from = start; from < at; from++) {
      const previous = this.words[from - 1]
      const boundary = from === start || (previous?.mark && previous.text === ',' && !this.inList(from))
      // Before a role word a capital name may follow words without a mark between ("… công tác xây dựng
      // Đảng Ban Xây dựng Đảng phối hợp …": the line break was the boundary).
      // Not after "của", "báo cáo", "theo" …: the name there is an object ("văn bản của Thường trực … chỉ đạo").
      const named =
        anywhere &&
        this.words[from]?.capital &&
        (!previous?.capital || /^[IVXLC]+$|^\d/u.test(previous.text)) &&
        addressed.matchBefore(this.words, from) === 0
      if (!boundary && !named) continue
      if (readName(this.words, from) === at && (boundary || !this.nameAcross(from, maxInside))) return from
    }

    return -1
  }

  /**
   * Where the subject of the word at `at` ends: before the adverbs that stand between them ("… khẩn
   * trương tiếp tục | chủ trì"), a colon and an item's number ("Bộ Tài chính: (1) | Chủ trì").
   */
  backOver(at: number): number {
    let end = at
    for (let step = 1; step > 0 && end > 0; end -= step) {
      step = adverbs.matchBefore(this.words, end) || (closesItemNumber(this.words, end - 1) ? 3 : this.words[end - 1]?.text === ':' ? 1 : 0)
    }

    return end
  }

  /** Whether the word after a comma continues a list of names begun before it ("của từng cơ quan, đơn vị"). */
  inList(at: number): boolean {
    return this.nameAcross(at, maxListReach)
  }

  /** Whether word `at` is inside a name that starts at most `reach` words before it ("Thường trực | Thành ủy"). */
  private nameAcross(at: number, reach: number): boolean {
    for (let from = Math.max(this.clauseStart(at), at - reach); from < at; from++) {
      if (readName(this.words, from) > at) return true
    }

    return false
  }

  /** Each place a phrase of the table starts, in text order, the phrases not overlapping: [index, length]. */
  *occurrences(table: PhraseTable): Generator<[number, number]> {
    for (let index = 0; index < this.words.length; index++) {
      const length = table.match(this.words, index)
      if (length === 0) continue
      yield [index, length]
      index += length - 1
    }
  }
}

/** Whether `words[close]` closes an item's number in brackets: "(2)", "(b)". */
function closesItemNumber(words: readonly Word[], close: number): boolean {
  return words[close]?.text === ')' && /^\d{1,2}$|^[a-zđ]$/u.test(words[close - 1]?.text ?? '') && words[close - 2]?.text === '('
}

/**
 * "các Bộ: Công an, Tài chính, Nông nghiệp và Môi trường và các cơ quan liên quan" names each Bộ, then the
 * rest; "và" may stand inside a member's name, so only commas part them.
 */
function members(name: string): string[] {
  const colon = name.indexOf(':')
  const head = name.slice(0, colon).trim().split(' ')
  if (colon < 0 || head.length !== 2 || head[0]?.toLowerCase() !== 'các' || !/^\p{Lu}/u.test(head[1] ?? '')) return [name]
  let list = name.slice(colon + 1).trim()
  const rest = Math.max(list.lastIndexOf(' và các '), list.lastIndexOf(' và những '))
  const others = rest > 0 ? [list.slice(rest + ' và '.length)] : []
  if (rest > 0) list = list.slice(0, rest)
  return [...list.split(',').map((member) => `${head[1]} ${member.trim()}`), ...others]
}

/** A shape of sentence that assigns: reads the names it gives and their roles. */
export interface Frame {
  /** What it reads, for tracing. */
  name: string
  read(reading: Reading): void
}

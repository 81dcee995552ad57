/**
 * Which sections hold tasks and which hold the assessment (results, shortcomings): decided from the
 * headings of the parts, since the same numbering carries both in a Thông báo kết luận.
 */
import {answering, asking, assigning, chairing, directing, past} from '../../lexicon/actions.js'
import {determiners} from '../../lexicon/bodies.js'
import {
  assessmentHeadings,
  assessmentItemHeadings,
  assigningHeadings,
  assigningItemHeadings,
  courtesies,
  headingLeadWords,
  lookBacks
} from '../../lexicon/structure.js'
import type {Section} from '../../parse/sections.js'
import {deglue} from '../../text/deglue.js'
import {PhraseTable, type Word, wordsOf} from '../../text/words.js'
import {opensByAddressing, readAssignees} from '../assignees/index.js'

const assessmentWords = new PhraseTable(assessmentHeadings)
const assigningWords = new PhraseTable(assigningHeadings)
const assessmentItemWords = new PhraseTable(assessmentItemHeadings)
const assigningItemWords = new PhraseTable(assigningItemHeadings)
const leadWords = new PhraseTable(headingLeadWords)

/** Whether a part (a top-level section) is an assessment part. */
export function isAssessment(section: Section): boolean {
  const words = wordsOf(section.head?.text ?? '')
  return assessmentWords.findIn(words) >= 0 && assigningWords.findIn(words) < 0
}

/** Whether a numbered item's heading speaks of work to do ("3. Phương hướng, nhiệm vụ, giải pháp"). */
export function assignsByHeading(section: Section): boolean {
  const heading = headingOf(section)
  return heading !== '' && assigningItemWords.findIn(wordsOf(heading)) >= 0
}

/**
 * Whether a numbered item is an assessment: its heading opens with an assessment word ("1. Kết quả đạt
 * được: …", "2. Tình hình thực hiện" over its sub-items, "a) Những hạn chế, tồn tại:") and assigns
 * nothing. Only a heading counts, so "1. Tiếp tục đánh giá kết quả …" and "c) Hạn chế khoan giếng mới …"
 * are still work to do.
 */
export function isAssessmentItem(section: Section): boolean {
  const heading = headingOf(section)
  if (heading === '') return false
  const words = wordsOf(heading)
  return assessmentItemWords.match(words, leadWords.match(words, 0)) > 0 && assigningItemWords.findIn(words) < 0
}

/**
 * An item's heading: its text up to a colon, or a line of its own over sub-items; '' when it has none
 * (a first line of a wrapped paragraph is no heading: "b) Căn cứ vào⏎tình hình thực tế, rà soát …").
 */
function headingOf(section: Section): string {
  const head = section.head?.text ?? ''
  const colon = head.indexOf(':')
  if (colon > 0 && colon <= 100) return head.slice(0, colon)
  return section.body.length === 0 && section.children.length > 0 && head.length <= 100 ? head : ''
}

const assigningWordsInText = new PhraseTable(assigning)
const directingWords = new PhraseTable(directing)
const answers = new PhraseTable(answering)
const groupArticles = new PhraseTable([...determiners, 'mọi'])
const directives = new PhraseTable([...assigning, ...chairing, ...answering])
const courtesy = new PhraseTable(courtesies)
const asks = new PhraseTable(asking)
const pastWords = new PhraseTable(past)
const looksBack = new PhraseTable(lookBacks)

/**
 * Whether a paragraph outside the numbered items assigns work: it opens with a directive word or a body
 * ("Giao …", "Ủy ban nhân dân … chủ trì"), makes someone accountable, or assigns in passing ("…, giao Sở
 * Tài chính …", "Sở Công Thương yêu cầu các đơn vị …").
 */
export function assigns(text: string): boolean {
  const deglued = deglue(text)
  const words = wordsOf(deglued)
  // Those addressed assign when the paragraph has them act ("Ủy ban nhân dân các xã chủ trì …"), not when
  // it describes them ("Các cơ sở vật chất … còn hạn chế").
  const opens =
    assigningWordsInText.match(words, 0) > 0 || directingWords.match(words, 0) > 0 || (opensByAddressing(deglued) && readAssignees(text).length > 0)
  return (opens || inPassing(words) || answers.findIn(words) >= 0) && !background(deglued, words)
}

/**
 * A directive word in passing, before the body it addresses: a name ("giao Sở Tài chính") or a group
 * ("yêu cầu các đơn vị …", "đề nghị toàn thể …"); not the noun ("theo yêu cầu của …", "được giao,").
 */
function inPassing(words: readonly Word[]): boolean {
  for (let at = assigningWordsInText.findIn(words); at >= 0; at = assigningWordsInText.findIn(words, at + 1)) {
    const next = words[at + assigningWordsInText.match(words, at)]
    if (next && !next.mark && (next.capital || groupArticles.match(words, at + assigningWordsInText.match(words, at)) > 0)) return true
  }

  return false
}

/**
 * Background, not work to do: what happened before ("Ngày 12/5/2026, UBND tỉnh đã ban hành …", "Sở Tài
 * chính đã báo cáo …"), or thanks. A paragraph is background when it opens with a date or a look back and
 * says "đã", or says "đã" before it asks anything of anyone.
 */
function background(text: string, words: readonly Word[]): boolean {
  // Thanks alone ("Trân trọng./."); "… cảm ơn và rất mong Quý cơ quan phối hợp …" still asks.
  const thanks = courtesy.findIn(words) >= 0 || (words[0]?.lower === 'trân' && words[1]?.lower === 'trọng' && words.slice(2).every((word) => word.mark))
  if (thanks && asks.findIn(words) < 0) return true
  const said = pastWords.findIn(words)
  if (said < 0) return false
  const dated = (words[0]?.lower === 'ngày' && /^\d/u.test(words[1]?.text ?? '')) || looksBack.match(words, 0) > 0
  if (dated) return true
  const asked = directives.findIn(words)
  return asked < 0 || said < asked
}

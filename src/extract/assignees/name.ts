/**
 * The noun phrase that names a body or an office-holder: an opening (a determiner, then an organisation's
 * head noun, a group noun or a title), then its complements, up to the verb, role word or clause mark
 * that ends it. "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | chịu trách nhiệm …",
 * "Sở Xây dựng | xây dựng kế hoạch", "Cục Kết cấu hạ tầng xây dựng | tham mưu …".
 */
import {activityQualifiers, determiners, groupNouns, nameComplements, notBodies, officeTitles, organisationHeads, personWords, placeWords, localGovernments} from '../../lexicon/bodies.js'
import {nameEnders, nameVerbs, neverInNames, predicateMarkers, roleWords as roles} from '../../lexicon/actions.js'
import {PhraseTable, type Word} from '../../text/words.js'

const heads = new PhraseTable(organisationHeads)
const groups = new PhraseTable(groupNouns)
const titles = new PhraseTable(officeTitles)
const persons = new PhraseTable(personWords)
const articles = new PhraseTable(determiners)
const complements = new PhraseTable(nameComplements)
const places = new PhraseTable(placeWords)
const committees = new PhraseTable(localGovernments)
const activities = new PhraseTable(activityQualifiers)
const falseHeads = new PhraseTable(notBodies)
const enders = new PhraseTable(nameEnders)
const weakEnders = new PhraseTable(nameVerbs)
const strongEnders = new PhraseTable([...roles, ...predicateMarkers])
const predicates = new PhraseTable(predicateMarkers)
const roleWords = new PhraseTable(neverInNames)

/** Longest name read, in words. */
const maxWords = 64

/** Whether a word is an abbreviation of a body ("UBND", "HĐND", "BCĐ"): two or more capitals. */
function abbreviation(word: Word | undefined): boolean {
  return word !== undefined && !word.mark && /^\p{Lu}{2,}/u.test(word.text)
}

/** Whether the bracket at `open` holds only an abbreviation: "(VTV)". */
export function bracketsAbbreviation(words: readonly Word[], open: number): boolean {
  return abbreviation(words[open + 1]) && words[open + 2]?.text === ')'
}

/**
 * Length of the opening of a name at `at` (determiner and head), 0 when none starts there.
 *
 * @param words
 *   Words of the text.
 * @param at
 *   Index of the first word.
 */
function nameOpening(words: readonly Word[], at: number): number {
  const first = words[at]
  // "Hội nghị", "Báo chí" begin no name; "báo chí" in a list ("các cơ quan thông tấn, báo chí") is one.
  if (!first || first.mark || (first.capital && falseHeads.match(words, at) > 0)) return 0
  const article = articles.match(words, at)
  const index = at + article
  const word = words[index]
  if (!word || word.mark) return 0
  const group = groups.match(words, index)
  const head = word.capital || abbreviation(word) ? Math.max(heads.match(words, index), titles.match(words, index)) : 0
  const length = Math.max(group, head)
  if (length === 0) return 0
  const verb = enders.match(words, index)
  if (article === 0 && verb >= length) {
    // "Thường trực HĐND", "Lãnh đạo UBND tỉnh": a title that is also a verb heads a name when a name
    // follows; "Tổ chức, cá nhân …": a noun that is also a verb heads a list of nouns.
    const next = words[index + length]
    const titled = head === length && next && !next.mark && (next.capital || abbreviation(next) || complements.match(words, index + length) > 0)
    const listed = group === length && next && (next.text === ',' || next.lower === 'và') && groups.match(words, index + length + 1) > enders.match(words, index + length + 1)
    if (!titled && !listed) return 0
  }

  return article + length
}

/** "các Bộ: Công an, Tài chính": the colon after a plural body names its members, it does not end the name. */
function listsMembers(words: readonly Word[], at: number, colon: number): boolean {
  const article = articles.match(words, at)
  return article > 0 && at + article + groups.match(words, at + article) === colon && words[colon + 1]?.capital === true
}

/**
 * A lone common noun in lower case ("tỉnh giản biên chế", "xã hội có thể"): it begins no name without
 * "các" or a proper name after it.
 */
function loneNoun(words: readonly Word[], at: number, opening: number): boolean {
  const first = words[at]
  const after = words[at + opening]
  if (opening !== 1 || !first || first.capital || abbreviation(first) || groups.match(words, at) !== 1) return false
  return !(after && !after.mark && (after.capital || abbreviation(after)))
}

/**
 * Length of the list member a comma or "và" leads to ("các cấp ủy, tổ chức đảng", "Sở Tài chính và các
 * đơn vị"); "tổ chức" is a noun in "các cơ quan, tổ chức" and a verb in "các đơn vị, tổ chức quán triệt":
 * a noun when the list goes on or a verb or complement follows it.
 */
function member(words: readonly Word[], at: number): number {
  const group = groups.match(words, at)
  if (group > 0 && !words[at]?.capital) {
    if (group > enders.match(words, at)) return group
    const next = words[at + group]
    const noun = !next || next.mark || next.lower === 'và' || enders.match(words, at + group) > 0 || complements.match(words, at + group) > 0
    return noun ? group : 0
  }

  return nameOpening(words, at)
}

/** Whether a word after a comma or "và" goes on with the name: another body, a place, a proper name. */
function continues(words: readonly Word[], at: number): boolean {
  const word = words[at]
  if (!word || word.mark) return false
  if (member(words, at) > 0 || complements.match(words, at) > 0) return true
  return (word.capital || abbreviation(word)) && strongEnders.match(words, at) === 0 && falseHeads.match(words, at) === 0
}

/**
 * Reads a name that starts at `at`.
 *
 * @param words
 *   Words of the text.
 * @param at
 *   Index of the word the name would start with.
 * @returns
 *   Index after its last word, or -1 when no name starts there.
 */
export function readName(words: readonly Word[], at: number): number {
  // The frames ask for the same starts again and again (subjects, lists, boundaries): each is read once.
  let known = read.get(words)
  if (!known) read.set(words, (known = new Map()))
  let end = known.get(at)
  if (end === undefined) known.set(at, (end = nameFrom(words, at)))
  return end
}

/** Names read, by text (its words) and start. */
const read = new WeakMap<readonly Word[], Map<number, number>>()

function nameFrom(words: readonly Word[], at: number): number {
  const person = personName(words, at)
  if (person > 0) return person
  const opening = nameOpening(words, at)
  if (opening === 0 || loneNoun(words, at, opening)) return -1
  let index = at + opening
  let end = index
  // After a place ("… Quân sự tỉnh"), a capital verb begins the next sentence ("Chỉ đạo lực lượng …").
  let afterPlace = false
  let placed = false
  while (index < words.length && index - at < maxWords) {
    const word = words[index] as Word
    const joins = word.mark ? /^[,\-–&+/]$/u.test(word.text) || (word.text === ':' && listsMembers(words, at, index)) : word.lower === 'và' || word.lower === 'cùng'
    if (joins) {
      if (!continues(words, index + 1)) break
      // The next member of the list: "các cấp ủy, tổ chức đảng", "Sở Tài chính và các đơn vị".
      const next = member(words, index + 1)
      index += 1 + next
      if (next > 0) end = index
      afterPlace = placed = false
      continue
    }

    // "Đài Truyền hình Việt Nam (VTV)": an abbreviation in brackets after a name is part of it.
    if (word.text === '(' && bracketsAbbreviation(words, index)) {
      index += 3
      end = index
      continue
    }

    if (word.mark) break

    if (roleWords.match(words, index) > 0) break
    if (word.capital || abbreviation(word)) {
      // "Sở Xây dựng", "Sở Kế hoạch và Đầu tư": a capital takes the whole phrase it starts; but a capital
      // verb after a name's lower-case word begins the next sentence ("… Quân sự tỉnh | Chỉ đạo …").
      const verb = enders.match(words, index)
      if (verb > 0 && afterPlace) break
      index += Math.max(1, verb, complements.match(words, index))
      end = index
      afterPlace = false
      continue
    }

    const article = articles.match(words, index)
    if (article > 0) {
      // "Ủy ban nhân dân các xã": a determiner inside a name only before a body ("… tỉnh các giải pháp" ends).
      if (nameOpening(words, index) === 0) break
      index += nameOpening(words, index)
      end = index
      continue
    }

    const complement = complements.match(words, index)
    const verb = enders.match(words, index)
    if (complement > 0 && complement >= verb) {
      index += complement
      end = index
      afterPlace = placed = places.match(words, index - complement) > 0
      continue
    }

    // After its place ("… trên địa bàn Thành phố"), a name has ended: an unknown word is the verb.
    if (placed && verb === 0 && !weakEnders.match(words, index) && word.lower !== 'của') break

    // "các cơ quan, đơn vị của Trung ương", "các cơ quan báo chí của Thành phố".
    const next = words[index + 1]
    if (word.lower === 'của' && next && !next.mark && (next.capital || complements.match(words, index + 1) > 0) && groupEnds(words, end)) {
      index++
      continue
    }

    // "Trung tâm quản lý hạ tầng …", "Ban quản lý dự án …": a field's verb right after the head names it.
    const field = weakEnders.match(words, index)
    if (field > 0 && field >= verb && index === at + opening && heads.match(words, at) === opening) {
      index += field
      end = index
      continue
    }

    // "các đơn vị khai thác khoáng sản | nghiêm túc thực hiện": an activity after a common noun says which.
    const activity = activities.match(words, index)
    if (activity > 0 && groupEnds(words, end)) {
      const stop = activityEnd(words, index + activity)
      if (stop > index + activity) {
        index = end = stop
        break
      }
    }

    if (verb > 0) {
      // "các tổ chức, cá nhân được cấp giấy phép khai thác … phải lập …", "đơn vị tổ chức theo ngành dọc
      // chủ trì": after a common noun, a verb phrase up to the predicate qualifies the noun.
      const predicate = groupEnds(words, end) ? qualifierEnd(words, index) : -1
      if (predicate > 0) {
        end = predicate
        break
      }

      // A verb that names a field ("hạ tầng xây dựng") belongs to the name when a role word or modal follows.
      const weak = weakEnders.match(words, index)
      // So does one that ends a heading ("7. Cục Kinh tế - Quản lý đầu tư xây dựng").
      const following = words[index + weak]
      const ends = at === 0 && (!following || following.text === ':')
      if (weak >= verb && (ends || (following && !following.mark && strongEnders.match(words, index + weak) > 0))) {
        end = index + weak
      }

      break
    }

    index++
    end = index
  }

  return end
}

/** Longest qualifier read after a common noun, in words. */
const maxQualifier = 14

/** Whether the name read up to `end` ends with a common noun in lower case ("… các tổ chức, cá nhân"). */
function groupEnds(words: readonly Word[], end: number): boolean {
  for (let length = 1; length <= 4 && end - length >= 0; length++) {
    if (groups.match(words, end - length) === length && !words[end - length]?.capital) return true
  }

  return false
}

/**
 * Where a qualifier that starts at `at` ends: before the predicate marker that follows it in the clause
 * ("… khai thác, thu hồi khoáng sản | phải lập"), or, for a participle ("được cấp giấy phép …"), at the
 * clause's end; -1 when the verb is the predicate itself.
 */
function qualifierEnd(words: readonly Word[], at: number): number {
  const participle = words[at]?.lower === 'được'
  for (let index = at + 1; index < words.length && index - at <= maxQualifier; index++) {
    const word = words[index] as Word
    if (word.mark && word.text !== ',') return participle ? index : -1
    if (word.lower === 'và' || articles.match(words, index) > 0) return -1
    // "được phân công chủ trì …": the role word right after the participle's verb is part of it.
    if (predicates.match(words, index) > 0 && !(participle && index - at <= 3)) return words[index - 1]?.text === ',' ? -1 : index
    // "… được cấp giấy phép khai thác khoáng sản | báo cáo …": past the participle's own verb, a verb that
    // names no field is the predicate.
    const verb = enders.match(words, index)
    if (participle && index > at + 2 && verb > 0 && weakEnders.match(words, index) < verb && words[index - 1]?.text !== ',') return index
  }

  return participle && at + maxQualifier >= words.length ? words.length : -1
}

/** Longest activity's object read after a common noun, in words. */
const maxActivity = 8

/** Where the object of an activity after a common noun ends: at the next verb, modal or mark. */
function activityEnd(words: readonly Word[], at: number): number {
  let index = at
  while (index < words.length && index - at < maxActivity) {
    const word = words[index] as Word
    if (word.mark || word.lower === 'và' || (enders.match(words, index) > 0 && complements.match(words, index) === 0)) break
    index += Math.max(1, complements.match(words, index))
  }

  return index
}

/** "Ông Nguyễn Văn A - Phó Trưởng đoàn", "đồng chí Trần B, Phó Chủ tịch UBND tỉnh": a person and the post. */
function personName(words: readonly Word[], at: number): number {
  const opening = persons.match(words, at)
  if (opening === 0 || !words[at + opening]?.capital) return 0
  let index = at + opening
  while (words[index]?.capital && !words[index]?.mark && titles.match(words, index) === 0) index++
  const mark = words[index]
  if (mark?.mark && /^[,\-–]$/u.test(mark.text) && titles.match(words, index + 1) > 0) {
    const post = readName(words, index + 1)
    if (post > 0) return post
  }

  if (titles.match(words, index) > 0) return readName(words, index)
  return index > at + opening ? index : 0
}

/** Whether the name at `at`..`end` is only a bare group noun ("cơ quan", "đơn vị"), too vague to be someone. */
export function bareNoun(words: readonly Word[], at: number, end: number): boolean {
  // "Quý cơ quan" is the addressee; "cơ sở đào tạo" is specific enough to act.
  const length = end - at
  if (articles.match(words, at) > 0 || groups.match(words, at) !== length || length > 2 || words[at]?.lower === 'quý') return false
  // "Tỉnh chủ động …": a capital head alone is the body it heads.
  return !(words[at]?.capital && heads.match(words, at) === length)
}

/**
 * Whether a text opens by addressing those who must act, as a paragraph that assigns does: an
 * office-holder ("Thủ trưởng các cơ quan …", "Chánh Văn phòng …"), a plural ("Các sở, ngành …") or the
 * people's committees ("Ủy ban nhân dân các xã …"); not one body described ("Ban Thường vụ đánh giá cao …").
 */
export function addressesOpening(words: readonly Word[]): boolean {
  return readName(words, 0) > 0 && (isOfficial(words, 0) || articles.match(words, 0) > 0 || committees.match(words, 0) > 0)
}

/** Whether a determiner ("các", "những", "mỗi" …) stands at `at`. */
export function hasArticle(words: readonly Word[], at: number): boolean {
  return articles.match(words, at) > 0
}

/** Whether a word is a title of an office-holder (a person directs; a body told to direct is responsible). */
export function isOfficial(words: readonly Word[], at: number): boolean {
  return titles.match(words, at + articles.match(words, at)) > 0 || persons.match(words, at) > 0
}

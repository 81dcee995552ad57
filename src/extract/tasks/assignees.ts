/**
 * Task text → who is named in it and in which role: the official who directs (“Đồng chí … chỉ đạo”),
 * the body in charge (“X chủ trì”, “Cơ quan chủ trì: X”), those who cooperate (“phối hợp với Y”), and
 * bodies named as responsible without a finer role (“Giao X …”, “X chịu trách nhiệm …”, “X:” headings).
 */
import type {Assignee} from '../../model/schema.js'

type Named = Omit<Assignee, 'inherited'>

/**
 * Verbs that end a body's name. Case matters: verbs are lower case in running text, while the same words
 * start names in capitals ("Sở Xây dựng", "Sở Kế hoạch và Đầu tư").
 */
const verbs = [
  'chủ trì', 'phối hợp', 'tham mưu', 'chỉ đạo', 'lãnh đạo', 'nghiên cứu', 'xây dựng', 'khẩn trương', 'tổ chức',
  'thực hiện', 'triển khai', 'rà soát', 'có ý kiến', 'báo cáo', 'hướng dẫn', 'theo dõi', 'kiểm tra', 'đôn đốc',
  'tiếp tục', 'xem xét', 'trình', 'ban hành', 'hoàn thành', 'chịu trách nhiệm', 'có trách nhiệm', 'làm việc',
  'tiếp thu', 'chủ động', 'đề xuất', 'tăng cường', 'đẩy mạnh', 'quán triệt', 'thẩm định', 'xử lý', 'giải quyết',
  'cung cấp', 'bố trí', 'căn cứ', 'khắc phục', 'quản lý', 'giám sát', 'lập', 'phê duyệt', 'tập trung', 'thống nhất',
  'là cơ quan', 'là đơn vị', 'là đầu mối', 'để', 'thông báo', 'gửi', 'cập nhật', 'tổng hợp', 'hoàn thiện', 'sớm',
  'kịp thời', 'nghiêm túc', 'rà', 'thẩm tra', 'tuyên truyền', 'phổ biến', 'ưu tiên', 'bảo đảm', 'đảm bảo', 'sắp xếp',
  'tiếp nhận', 'nắm', 'trực tiếp', 'bám sát', 'nêu cao', 'phát huy', 'chấp hành', 'nâng cao', 'quan tâm', 'thực thi', 'tham gia', 'thường xuyên', 'định kỳ', 'trước', 'trong', 'theo', 'về việc', 'về'
]

/** Posts of officials: only a person directs ("Giao Phó Thủ tướng … chỉ đạo"); a body told to direct is responsible. */
const official = /^(?:Phó |Thủ tướng|Bộ trưởng|Chủ tịch|Bí thư|Giám đốc|Trưởng|Chánh|Đồng chí|đồng chí)/u

/**
 * First words of the names of bodies and officials, to tell a subject heading from an action heading; not
 * when they begin a verb or a noun instead ("Ban hành", "Báo cáo", "Tổng hợp", "Hội nghị", "Phòng chống").
 */
const bodyWord =
  /^(?:Tỉnh|Thành phố|(?:Các|Những)\s+(?:sở|Sở|ban|Ban|ngành|bộ|Bộ|cơ quan|đơn vị|địa phương|cấp|tổ chức|doanh nghiệp|xã|phường|đồng chí|Ủy ban|UBND|hội|Hội|đoàn thể|chi bộ|đảng ủy|tỉnh|thành phố|trường|tập đoàn|công ty|chủ đầu tư|lực lượng|thành viên|ngân hàng|Bộ|Tổng)|Sở|Bộ|Ban(?!\s+hành)|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Văn phòng|Công an|Bộ Chỉ huy|Quân|Ngân hàng|Bảo hiểm|Kho bạc|Thuế|Cục|Chi cục|Tổng(?!\s+(?:hợp|kết))|Tập đoàn|Đài|Báo(?!\s+cáo)|Trường(?!\s+hợp)|Viện|Hội(?!\s+nghị)|Liên đoàn|Mặt trận|Đoàn(?!\s+kết)|Đảng ủy|Đảng uỷ|Thành ủy|Tỉnh ủy|Chủ tịch|Giám đốc|Thủ trưởng|Chánh|Trung tâm|Phòng(?!\s+(?:chống|ngừa|tránh))|Chủ đầu tư|Người đứng đầu|Cấp ủy|Đồng chí|Thanh tra|Lãnh đạo)(?![\p{L}\p{N}])/u

// After "các"/"và" the same words are nouns of a name ("các tổ chức chính trị - xã hội").
const verbPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?<!(?:các|và|cơ quan,?)\\s)(?:${verbs.join('|')})(?![\\p{L}\\p{N}])`, 'u')

/** Longest name read, and most names read in one semicolon list. */
const MAX_NAME = 200
const MAX_LISTED = 12

/** Cuts a name at the first verb or clause punctuation; null when nothing name-like is left. */
function cutName(text: string): string | null {
  let end = text.length
  const verb = verbPattern.exec(text)
  if (verb) end = Math.min(end, verb.index)
  // "các Bộ: Công an, Tài chính, …" lists the members of a collective: the colon does not end the name.
  const collective = /(?:các|Các)\s+(?:Bộ|Sở|bộ|sở|cơ quan|đơn vị|tỉnh|thành phố|địa phương|ngành|Ban)\s*:\s*$/u
  const colon = text.indexOf(':')
  const bounded = colon > 0 && collective.test(text.slice(0, colon + 1)) ? text.slice(0, colon) + ' ' + text.slice(colon + 1) : text
  if (bounded !== text) {
    const name = cutName(bounded)
    return name ? text.slice(0, name.length) : null
  }

  const stop = /[;.:()]|,\s+(?=\p{Ll})(?!\s*(?:ban|ngành|cơ quan|đơn vị|địa phương|sở|xã|phường|đặc khu|huyện|tỉnh|thành phố|cá nhân|các)(?![\p{L}\p{N}]))/u.exec(text)
  if (stop) end = Math.min(end, stop.index)
  const name = text.slice(0, end).replace(/(?<![\s,])[\s,]+$/u, '').replace(/^[\s,]+/u, '')
  if (name.length < 2 || name.length > MAX_NAME || !/\p{L}/u.test(name)) return null
  return name
}

/** "Cơ quan chủ trì: X" and its variants; group 1 the role word, group 2 the value up to the clause end. */
const field = /(?:(?:Cơ quan|Đơn vị|Chủ thể)\s*)?(chủ trì|phối hợp)(?:\s+thực hiện)?\s*:\s*([^;.\n]{2,300})/giu

/**
 * What may stand right before a subject: a clause start, a sentence-initial "Giao"/"Đề nghị"/"Yêu cầu", or
 * a lower-case "giao"/"chỉ đạo". A capital "Giao" inside a sentence is part of a name ("Bộ Giao thông").
 */
const introducer =
  /(?:(?:^|[.;:]\s+)(?:Giao|Đề nghị|Yêu cầu)\s+|(?<![\p{L}\p{N}])(?:giao|đề nghị|yêu cầu|chỉ đạo|lãnh đạo)\s+|[.;:]\s+|^)/gu

/** A subject right before a verb: the text back to the clause start or to a word that introduces it. */
function subjectBefore(text: string, at: number): string | null {
  return subjectAt(text, at)?.name ?? null
}

/** The subject before `at` and where its clause starts. */
function subjectAt(text: string, at: number): {name: string | null; from: number} | null {
  const offset = Math.max(0, at - 320)
  const before = text.slice(offset, at)
  const starts = [
    ...before.matchAll(introducer)
  ]
  const last = starts.at(-1)
  // No clause start in reach: the window begins inside a name (a list of officials runs long), not at it.
  if (!last && offset > 0) return null
  const from = last ? (last.index ?? 0) + last[0].length : 0
  const candidate = before.slice(from).trim()
  if (!candidate || /^\p{Ll}/u.test(candidate) || /^(?:Cơ quan|Đơn vị)$/u.test(candidate)) return null
  return {name: cutName(candidate), from: offset + from}
}

/**
 * The subjects of "chịu trách nhiệm": the one right before it and those listed before that, one per
 * semicolon ("Chánh Văn phòng UBND Thành phố; Giám đốc các Sở, …; Chủ tịch UBND các xã … chịu trách
 * nhiệm thi hành Quyết định này"), as long as each is only a name.
 */
function accountableBefore(text: string, at: number): string[] {
  const subject = subjectAt(text, at)
  if (!subject?.name) return []
  const names = [subject.name]
  let end = subject.from
  // Each step reads one name back (at most MAX_NAME characters), and a list has at most MAX_LISTED of
  // them: a match costs the same however long the text before it.
  while (names.length < MAX_LISTED && /;\s*$/u.test(text.slice(Math.max(0, end - 3), end))) {
    const stop = text.lastIndexOf(';', end - 1)
    let start = stop
    while (start > 0 && stop - start <= MAX_NAME && !';.:'.includes(text[start - 1] ?? '')) start--
    const segment = text.slice(start, stop).trim()
    if (stop - start > MAX_NAME || !bodyWord.test(segment) || cutName(segment) !== segment) break
    names.unshift(segment)
    end = start
  }

  return names
}

/**
 * Reads the assignees named in one task's own text.
 *
 * @param text
 *   The task's own text, whitespace folded.
 * @returns
 *   Named bodies and officials with their roles, without duplicates, in text order.
 */
export function readAssignees(text: string): Named[] {
  const found: Array<Named & {at: number}> = []
  const add = (name: string | null, role: Named['role'], at: number): void => {
    if (name && !found.some((item) => item.name === name && item.role === role)) found.push({name, role, at})
  }

  /** Whether a place in the text lies inside a name already found (after "Giao" etc.). */
  const insideFound = (at: number): boolean =>
    found.some((item) => {
      const start = text.indexOf(item.name, Math.max(0, item.at - 5))
      return start >= 0 && at > start && at < start + item.name.length
    })

  // Đồng chí <posts> [lãnh đạo <body>] chỉ đạo [<body> chủ trì]
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:Đồng chí|đồng chí|Đ\/c)\s{1,4}(\p{Lu}[^.;:]{2,200}?)\s{1,4}(?:lãnh đạo\s{1,4}([^.;:]{2,160}?)\s{1,4})?chỉ đạo(?![\p{L}\p{N}])/gu)) {
    add(match[1]?.trim() ?? null, 'directing', match.index)
    if (match[2]) add(cutName(match[2]), 'lead', match.index + match[0].indexOf(match[2]))
  }

  // Labelled fields of plans: "Cơ quan chủ trì: X", "Đơn vị phối hợp thực hiện: Y" (the whole value, commas included)
  for (const match of text.matchAll(field)) {
    const role = match[1]?.toLowerCase() === 'phối hợp' ? 'support' : 'lead'
    const value = (match[2] ?? '').replace(/(?<![\s,])[\s,]+$/u, '').trim()
    if (value.length >= 2 && /\p{L}/u.test(value)) add(value, role, match.index)
  }

  // X chủ trì / X là cơ quan chủ trì; not the noun "(phân công) cơ quan chủ trì soạn thảo" nor the passive
  // "(đơn vị) được giao chủ trì", whose subject is not the words before them.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:là (?:cơ quan|đơn vị) )?chủ trì(?![\p{L}\p{N}])(?!(?:\s+thực hiện)?\s*:)/gu)) {
    if (/(?:[Cc]ơ quan|[Đđ]ơn vị|được(?: phân công| giao)?)\s+$/u.test(text.slice(Math.max(0, match.index - 20), match.index))) continue
    add(subjectBefore(text, match.index), 'lead', match.index)
  }

  // phối hợp với Y
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[Pp]hối hợp (?:chặt chẽ )?(?:với )?(?=\S)/gu)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 300)
    if (/^\p{Lu}|^(?:các|cơ quan|đơn vị)/u.test(rest)) add(cutName(rest), 'support', match.index)
  }

  // Giao / Yêu cầu / Đề nghị X <verb>
  for (const match of text.matchAll(/(?:(?:^|[.;:]\s+)(?:Giao|Yêu cầu|Đề nghị)|(?<![\p{L}\p{N}])(?:giao|yêu cầu|đề nghị))\s+(?=\p{Lu}|các |Các )/gu)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 300)
    const name = cutName(rest)
    // "Giao Phó Thủ tướng … (trực tiếp) chỉ đạo": the official directs.
    const directs =
      name !== null &&
      official.test(name) &&
      /^\s*(?:trực tiếp\s+)?chỉ đạo(?![\p{L}\p{N}])/u.test(rest.slice(name.length))
    if (name && !found.some((item) => item.name === name)) add(name, directs ? 'directing' : 'responsible', match.index)
  }

  // A clause whose subject is a body followed by its action: "Về …: Bộ Công Thương khẩn trương tổng hợp …"
  for (const match of text.matchAll(/(?:^|[.;:]\s+)(?=\p{Lu})/gu)) {
    const clause = text.slice(match.index + match[0].length, match.index + match[0].length + 200)
    if (!bodyWord.test(clause) || /^Đồng chí/u.test(clause) || insideFound(match.index + match[0].length)) continue
    const name = cutName(clause)
    const next = clause.slice(name?.length ?? 0).trimStart()
    if (name && name.length > 90) continue
    // chủ trì / phối hợp / chỉ đạo have rules of their own, with finer roles.
    if (!name || verbPattern.exec(next)?.index !== 0 || /^(?:chủ trì|phối hợp|chỉ đạo|lãnh đạo|là cơ quan|là đơn vị)/u.test(next)) continue
    if (!found.some((item) => item.name === name)) add(name, 'responsible', match.index)
  }

  // X chịu trách nhiệm / X có trách nhiệm
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:chịu|có) trách nhiệm(?![\p{L}\p{N}])/gu)) {
    for (const name of accountableBefore(text, match.index)) {
      if (!found.some((item) => item.name === name)) add(name, 'responsible', text.lastIndexOf(name, match.index))
    }
  }

  return found.sort((a, b) => a.at - b.at).map(({name, role}) => ({name, role}))
}

/**
 * Reads a heading that is only a subject ("Các cấp ủy, địa phương, cơ quan, đơn vị:", "Sở Xây dựng"):
 * the body named is responsible for the items under it.
 *
 * @param head
 *   First line of a task, label removed, whitespace folded.
 * @returns
 *   The body as responsible, or null.
 */
export function readSubjectHeading(head: string): Named | null {
  const heading = /^([^.:]{2,200}):?$/u.exec(head)
  const name = heading?.[1]?.trim()
  if (!name || verbPattern.test(name) || !bodyWord.test(name)) return null
  return {name, role: 'responsible'}
}

/** Whether a text opens with the name of a body or an official ("Bộ …", "Sở …", "Chủ tịch …"). */
export function startsWithBody(text: string): boolean {
  return bodyWord.test(text)
}

/**
 * The iCalendar building blocks, table-driven: folding at 75 octets between graphemes, TEXT and
 * parameter escaping, durations and the `--remind` list, dates, and the strict checker itself (it must
 * catch what it claims to catch, or the calendar tests prove nothing).
 */
import {Buffer} from 'node:buffer'
import {describe, expect, it} from 'vitest'
import {OptionValueError} from '../../src/emit/emitter.js'
import {alarms, parseReminders, remindersOption, triggerDuration} from '../../src/emit/ics/alarms.js'
import {escapeParameter, escapeText, escapeTextList} from '../../src/emit/ics/escape.js'
import {fold} from '../../src/emit/ics/fold.js'
import {property} from '../../src/emit/ics/line.js'
import {nextDay, parseWhen} from '../../src/emit/ics/when.js'
import {checkCalendar} from './ics-checker.js'

const octets = (text: string): number => Buffer.byteLength(text)
const graphemes = (text: string): string[] => Array.from(new Intl.Segmenter('vi', {granularity: 'grapheme'}).segment(text), (part) => part.segment)

describe('fold', () => {
  const cases: Array<{name: string; line: string}> = [
    {name: 'ASCII', line: `DESCRIPTION:${'a'.repeat(300)}`},
    {name: 'Vietnamese NFC (2- and 3-octet letters)', line: `SUMMARY:${'Đồng chí Phó Bí thư Thường trực Thành ủy chỉ đạo Ban Tổ chức '.repeat(6)}`},
    {name: 'Vietnamese NFD (letters with two combining marks)', line: `SUMMARY:${'Nghị quyết số 18 về tinh gọn bộ máy '.normalize('NFD').repeat(8)}`},
    {name: 'emoji ZWJ sequences (25 octets each)', line: `SUMMARY:${'x👩‍👩‍👧‍👦'.repeat(20)}`},
    {name: 'escapes near every boundary', line: `DESCRIPTION:${escapeText('a,b;c\\d\ne'.repeat(40))}`}
  ]

  for (const {name, line} of cases) {
    it(`keeps ${name} intact and every line within 75 octets`, () => {
      const lines = fold(line)
      expect(lines.length).toBeGreaterThan(1)
      for (const physical of lines) expect(octets(physical)).toBeLessThanOrEqual(75)
      for (const physical of lines.slice(1)) expect(physical.startsWith(' ')).toBe(true)
      expect(lines[0] + lines.slice(1).map((physical) => physical.slice(1)).join('')).toBe(line)
      expect(checkCalendar(calendarAround(lines))).toEqual([])
    })
  }

  it('fills lines: no fold before 75 octets unless the next grapheme does not fit', () => {
    const lines = fold(`SUMMARY:${'ệ'.repeat(100)}`)
    // "SUMMARY:" is 8 octets, then 3-octet letters: 8 + 22 × 3 = 74, the 23rd would make 77.
    expect(octets(lines[0] ?? '')).toBe(74)
    expect(octets(lines[1] ?? '')).toBe(1 + 24 * 3)
  })

  it('splits a grapheme longer than a whole line only between its code points', () => {
    const line = `SUMMARY:ae${'\u0301'.repeat(60)}z`
    const lines = fold(line)
    for (const physical of lines) expect(octets(physical)).toBeLessThanOrEqual(75)
    expect(lines.join('')).not.toContain('\uFFFD')
    expect(checkCalendar(calendarAround(lines))).toEqual(['line 4: a fold splits a grapheme cluster'])
  })

  it('folds a line of standalone characters (code by code) where the segmenter would', () => {
    const line = `DESCRIPTION:${'Đồng chí Phó Bí thư chỉ đạo “Ban Tổ chức” — 50%\\, trước ngày 30/6. '.repeat(8)}`
    // The emoji at the end sends the whole line through the segmenter; the lines before it must not change.
    const fast = fold(line)
    const segmented = fold(`${line}👍`)
    expect(fast.length).toBeGreaterThan(5)
    expect(segmented.slice(0, fast.length - 1)).toEqual(fast.slice(0, -1))
  })

  it('leaves a short line alone', () => {
    expect(fold('SUMMARY:ngắn')).toEqual(['SUMMARY:ngắn'])
    expect(fold(`X:${'a'.repeat(73)}`)).toEqual([`X:${'a'.repeat(73)}`])
  })

  it('does not split an NFD letter from its marks', () => {
    const line = `SUMMARY:${'ệ'.normalize('NFD').repeat(40)}`
    const lines = fold(line)
    for (const physical of lines.slice(1)) expect(graphemes(physical.slice(1))[0]).toBe('ệ'.normalize('NFD'))
  })
})

describe('escapeText', () => {
  const cases: Array<[string, string]> = [
    ['Sở Nội vụ, Sở Tài chính', 'Sở Nội vụ\\, Sở Tài chính'],
    ['a;b', 'a\\;b'],
    ['C:\\thư mục', 'C:\\\\thư mục'],
    ['dòng 1\ndòng 2\r\ndòng 3\rdòng 4', 'dòng 1\\ndòng 2\\ndòng 3\\ndòng 4'],
    ['tab\tstays', 'tab\tstays'],
    ['bell\u0007 and NUL\u0000 go', 'bell and NUL go'],
    ['"quotes" and colons: fine', '"quotes" and colons: fine']
  ]
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(escapeText(input)).toBe(expected))
  }

  it('escapes inside each CATEGORIES value, joining values with bare commas', () => {
    expect(escapeTextList(['Phó Bí thư Thành ủy, Chủ tịch UBND', 'Sở Y tế'])).toBe('Phó Bí thư Thành ủy\\, Chủ tịch UBND,Sở Y tế')
  })
})

describe('escapeParameter (RFC 6868)', () => {
  const cases: Array<[string, string]> = [
    ['Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh'],
    ['DATE', 'DATE'],
    ['Sở Nội vụ, Hà Nội', '"Sở Nội vụ, Hà Nội"'],
    ['a:b', '"a:b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', "say ^'hi^'"],
    ['2^3', '2^^3'],
    ['two\nlines', 'two^nlines'],
    ['both: "x"\n^', `"both: ^'x^'^n^^"`]
  ]
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(escapeParameter(input)).toBe(expected))
  }

  it('goes through property() for every parameter', () => {
    expect(property('X-TEST', 'v', {'X-NAME': 'Ban "A", Hải Phòng'})).toEqual([`X-TEST;X-NAME="Ban ^'A^', Hải Phòng":v`])
  })
})

describe('reminders', () => {
  const valid: Array<[string, string[]]> = [
    ['3d,1d', ['-P3D', '-P1D']],
    ['7d, 1d', ['-P7D', '-P1D']],
    ['1w', ['-P7D']],
    ['2h', ['-PT2H']],
    ['30m', ['-PT30M']],
    ['1d12h', ['-P1DT12H']],
    ['1d30m', ['-P1DT30M']],
    ['90m', ['-PT1H30M']],
    ['0d', ['PT0S']],
    ['1w,7d,1D', ['-P7D', '-P1D']]
  ]
  for (const [list, durations] of valid) {
    it(`${list} → ${durations.join(', ')}`, () => {
      expect(parseReminders(list).map((reminder) => triggerDuration(reminder.minutes))).toEqual(durations)
    })
  }

  for (const bad of ['3x', '', '1d,,2d', 'd', '-1d', '1.5d', '1h1d', '7 ngày', '12345678h']) {
    it(`refuses ${JSON.stringify(bad)} with a usage message`, () => {
      expect(() => parseReminders(bad)).toThrow(OptionValueError)
      expect(() => parseReminders(bad)).toThrow(/expected reminders like 7d,1d/)
    })
  }

  it('reads what commander hands over: parsed list, unparsed default, --no-remind, nothing', () => {
    expect(remindersOption([{minutes: 60}])).toEqual([{minutes: 60}])
    expect(remindersOption('3d,1d')).toEqual([{minutes: 4320}, {minutes: 1440}])
    expect(remindersOption(false)).toEqual([])
    expect(remindersOption(undefined)).toEqual([{minutes: 4320}, {minutes: 1440}])
  })

  it('writes VALARMs relative to DUE for to-dos', () => {
    expect(alarms([{minutes: 1440}], 'Hạn', 'END')).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=END:-P1D',
      'DESCRIPTION:Hạn (còn 1 ngày)',
      'END:VALARM'
    ])
  })
})

describe('dates', () => {
  const cases: Array<[string, ReturnType<typeof parseWhen>]> = [
    ['2026-06-05', {kind: 'date', date: '20260605'}],
    ['2026-07-10T17:00', {kind: 'time', dateTime: '20260710T170000'}],
    ['2026-02-30', null],
    ['2026-07-10T24:00', null],
    ['10/7/2026', null]
  ]
  for (const [value, expected] of cases) {
    it(value, () => expect(parseWhen(value)).toEqual(expected))
  }

  it('finds the next day across months, years and leap days', () => {
    expect(['20260630', '20261231', '20280228', '20270228'].map((date) => nextDay(date))).toEqual(['20260701', '20270101', '20280229', '20270301'])
  })
})

describe('the strict checker catches', () => {
  const good = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//VI', 'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20260605', 'SUMMARY:ok', 'END:VEVENT', 'END:VCALENDAR']
  const crlf = (lines: string[]): string => lines.map((line) => `${line}\r\n`).join('')
  const replace = (from: string, to: string[]): string[] => good.flatMap((line) => (line === from ? to : [line]))
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['bare LF', good.join('\n') + '\n', /LF without CR/],
    ['a line of 76 octets', crlf(replace('SUMMARY:ok', [`SUMMARY:${'a'.repeat(68)}`])), /76 octets/],
    ['a split UTF-8 sequence', Buffer.concat([Buffer.from(crlf(good.slice(0, 7))), Buffer.from('SUMMARY:\xe1\xbb\r\n \x87\r\n', 'latin1'), Buffer.from(crlf(good.slice(8)))]), /not valid UTF-8/],
    ['a split grapheme', crlf(replace('SUMMARY:ok', ['SUMMARY:e', ' \u0302\u0323'])), /splits a grapheme/],
    ['a split escape', crlf(replace('SUMMARY:ok', ['SUMMARY:a\\', ' ,b'])), /splits an escape/],
    ['an unescaped comma', crlf(replace('SUMMARY:ok', ['SUMMARY:a,b'])), /unescaped comma/],
    ['an unescaped semicolon', crlf(replace('SUMMARY:ok', ['SUMMARY:a;b'])), /unescaped semicolon/],
    ['a bad escape', crlf(replace('SUMMARY:ok', ['SUMMARY:a\\b'])), /backslash/],
    ['an invalid duration', crlf(replace('SUMMARY:ok', ['SUMMARY:ok', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P3DT', 'DESCRIPTION:x', 'END:VALARM'])), /not a DURATION/],
    ['a TZID without VTIMEZONE', crlf(replace('DTSTART;VALUE=DATE:20260605', ['DTSTART;TZID=Asia/Ho_Chi_Minh:20260605T170000'])), /has no VTIMEZONE/],
    ['an unquoted comma in a parameter', crlf(replace('SUMMARY:ok', ['SUMMARY;X-A=a,b:ok'])), /expected “:”/],
    ['a stray caret', crlf(replace('SUMMARY:ok', ['SUMMARY;X-A=a^b:ok'])), /caret/],
    ['a missing UID', crlf(good.filter((line) => line !== 'UID:1')), /expected one UID/],
    ['unbalanced components', crlf(good.filter((line) => line !== 'END:VEVENT')), /closes VEVENT|unclosed/],
    ['a to-do alarm relative to a missing DTSTART', crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VTODO', 'UID:1', 'DTSTAMP:20260101T000000Z', 'DUE;VALUE=DATE:20260605', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P1D', 'DESCRIPTION:x', 'END:VALARM', 'END:VTODO', 'END:VCALENDAR']), /needs a DTSTART/],
    ['a repeating to-do without DTSTART', crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VTODO', 'UID:1', 'DTSTAMP:20260101T000000Z', 'DUE;VALUE=DATE:20260605', 'RRULE:FREQ=WEEKLY', 'END:VTODO', 'END:VCALENDAR']), /expected one DTSTART/],
    ['a DUE not after DTSTART', crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VTODO', 'UID:1', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20260605', 'DUE;VALUE=DATE:20260605', 'END:VTODO', 'END:VCALENDAR']), /DUE not after DTSTART/],
    ['a rule without FREQ', crlf(replace('SUMMARY:ok', ['RRULE:BYDAY=FR', 'SUMMARY:ok'])), /no valid FREQ/],
    ['a date-time UNTIL on an all-day start', crlf(replace('SUMMARY:ok', ['RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z', 'SUMMARY:ok'])), /UNTIL is not of DTSTART/],
    ['UNTIL with COUNT', crlf(replace('SUMMARY:ok', ['RRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20261231', 'SUMMARY:ok'])), /UNTIL and COUNT/]
  ]
  it('nothing in a clean calendar', () => expect(checkCalendar(crlf(good))).toEqual([]))
  for (const [name, input, problem] of cases) {
    it(name, () => expect(checkCalendar(input).join('\n')).toMatch(problem))
  }
})

function calendarAround(lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', ...lines, 'END:VCALENDAR'].map((line) => `${line}\r\n`).join('')
}

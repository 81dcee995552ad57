/**
 * A strict checker of iCalendar bytes for the tests, independent of the emitter's code: CRLF line ends,
 * physical lines of at most 75 octets that each decode as UTF-8 on their own, folds only between grapheme
 * clusters and never inside a `\x` escape, the content-line grammar, TEXT and parameter escaping, DURATION
 * syntax, balanced components, required properties, ordered start and end, RRULE syntax with an UNTIL
 * of DTSTART's type, and a VTIMEZONE for every TZID. Returns the problems found (empty when the calendar
 * is clean), so tests can also show it catches broken input.
 */
import {Buffer} from 'node:buffer'

export interface ContentLine {
  name: string
  parameters: Array<[string, string]>
  value: string
  /** 1-based physical line where it starts. */
  line: number
}

const textProperties = new Set(['SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'X-WR-CALNAME', 'NAME', 'LOCATION', 'COMMENT'])
const listProperties = new Set(['CATEGORIES'])
const durationPattern = /^[+-]?P(?:\d+W|\d+D(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))$/
const graphemes = new Intl.Segmenter('vi', {granularity: 'grapheme'})
const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * @param input
 *   The calendar as bytes (or a string, encoded as UTF-8 first).
 * @returns
 *   One message per problem.
 */
export function checkCalendar(input: Uint8Array | string): string[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)
  const problems: string[] = []
  const physical = splitCrlf(bytes, problems)
  const logical = unfold(physical, problems)
  const lines = logical.flatMap((entry) => {
    const parsed = parseContentLine(entry.text, entry.line)
    if (typeof parsed === 'string') {
      problems.push(parsed)
      return []
    }

    return [parsed]
  })
  for (const line of lines) problems.push(...checkValue(line))
  problems.push(...checkStructure(lines))
  return problems
}

function splitCrlf(bytes: Buffer, problems: string[]): string[] {
  const lines: string[] = []
  let start = 0
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]
    if (byte === 0x0a && bytes[index - 1] !== 0x0d) problems.push(`line ${lines.length + 1}: LF without CR`)
    if (byte === 0x0d && bytes[index + 1] !== 0x0a) problems.push(`line ${lines.length + 1}: CR without LF`)
    if (byte === 0x0a) {
      const end = bytes[index - 1] === 0x0d ? index - 1 : index
      lines.push(decodeLine(bytes.subarray(start, end), lines.length + 1, problems))
      start = index + 1
    }
  }

  if (start !== bytes.length) problems.push('the last line does not end with CRLF')
  return lines
}

function decodeLine(bytes: Buffer, line: number, problems: string[]): string {
  if (bytes.length > 75) problems.push(`line ${line}: ${bytes.length} octets, more than 75`)
  try {
    return decoder.decode(bytes)
  } catch {
    problems.push(`line ${line}: not valid UTF-8 on its own (a fold split a character)`)
    return bytes.toString('utf8')
  }
}

/** Joins continuation lines, checking that each fold falls between graphemes and outside an escape. */
function unfold(physical: string[], problems: string[]): Array<{text: string; line: number}> {
  const logical: Array<{text: string; line: number; folds: number[]}> = []
  for (const [index, text] of physical.entries()) {
    const previous = logical.at(-1)
    if (text.startsWith(' ') || text.startsWith('\t')) {
      if (!previous) {
        problems.push(`line ${index + 1}: continuation without a line before it`)
        continue
      }

      previous.folds.push(previous.text.length)
      previous.text += text.slice(1)
    } else {
      if (text === '') problems.push(`line ${index + 1}: empty line`)
      logical.push({text, line: index + 1, folds: []})
    }
  }

  for (const entry of logical) {
    const boundaries = new Set([0, entry.text.length])
    for (const {index} of graphemes.segment(entry.text)) boundaries.add(index)
    for (const fold of entry.folds) {
      if (!boundaries.has(fold)) problems.push(`line ${entry.line}: a fold splits a grapheme cluster`)
      const trailingBackslashes = /\\*$/.exec(entry.text.slice(0, fold))?.[0].length ?? 0
      if (trailingBackslashes % 2 === 1) problems.push(`line ${entry.line}: a fold splits an escape sequence`)
    }
  }

  return logical
}

/** `name *(";" param) ":" value`, with quoted or safe parameter values (RFC 5545 §3.1). */
function parseContentLine(text: string, line: number): ContentLine | string {
  const name = /^[A-Za-z0-9-]+/.exec(text)?.[0]
  if (!name) return `line ${line}: no property name in “${text.slice(0, 30)}”`
  let index = name.length
  const parameters: Array<[string, string]> = []
  while (text[index] === ';') {
    const key = /^[A-Za-z0-9-]+/.exec(text.slice(index + 1))?.[0]
    if (!key || text[index + 1 + key.length] !== '=') return `line ${line}: bad parameter in ${name}`
    index += key.length + 2
    let value: string
    if (text[index] === '"') {
      const end = text.indexOf('"', index + 1)
      if (end === -1) return `line ${line}: unterminated quoted parameter in ${name}`
      value = text.slice(index + 1, end)
      index = end + 1
    } else {
      value = /^[^";:,]*/.exec(text.slice(index))?.[0] ?? ''
      index += value.length
    }

    if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(value)) return `line ${line}: control character in parameter ${key}`
    if (!caretsEscaped(value)) return `line ${line}: caret not escaped as RFC 6868 wants in parameter ${key}`
    parameters.push([key.toUpperCase(), value])
  }

  if (text[index] !== ':') return `line ${line}: expected “:” after ${name}`
  return {name: name.toUpperCase(), parameters, value: text.slice(index + 1), line}
}

/** Every `^` starts one of the RFC 6868 escapes `^^`, `^n`, `^'`. */
function caretsEscaped(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    if (value[index] !== '^') continue
    if (!/[\^n']/.test(value[index + 1] ?? '')) return false
    index++
  }

  return true
}

function checkValue(line: ContentLine): string[] {
  const problems: string[] = []
  const where = `line ${line.line} (${line.name})`
  if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(line.value)) problems.push(`${where}: control character in the value`)
  if (textProperties.has(line.name)) {
    for (let index = 0; index < line.value.length; index++) {
      const character = line.value[index]
      if (character === '\\') {
        if (!/[\\;,nN]/.test(line.value[index + 1] ?? '')) problems.push(`${where}: backslash not followed by \\ ; , or n`)
        index++
      } else if (character === ';') {
        problems.push(`${where}: unescaped semicolon`)
      } else if (character === ',' && !listProperties.has(line.name)) {
        problems.push(`${where}: unescaped comma`)
      }
    }

    if (listProperties.has(line.name) && splitList(line.value).some((item) => item === '')) problems.push(`${where}: empty list item`)
  }

  if (line.name === 'TRIGGER' && !line.parameters.some(([key, value]) => key === 'VALUE' && value === 'DATE-TIME')) {
    if (!durationPattern.test(line.value)) problems.push(`${where}: “${line.value}” is not a DURATION`)
  }

  if (line.name === 'DURATION' && !durationPattern.test(line.value)) problems.push(`${where}: “${line.value}” is not a DURATION`)
  if (line.name === 'DTSTAMP' && !/^\d{8}T\d{6}Z$/.test(line.value)) problems.push(`${where}: DTSTAMP must be a UTC date-time`)
  const isDate = line.parameters.some(([key, value]) => key === 'VALUE' && value === 'DATE')
  if (['DTSTART', 'DTEND', 'DUE'].includes(line.name)) {
    const pattern = isDate ? /^\d{8}$/ : /^\d{8}T\d{6}Z?$/
    if (!pattern.test(line.value)) problems.push(`${where}: “${line.value}” is not a ${isDate ? 'DATE' : 'DATE-TIME'}`)
  }

  return problems
}

/** Splits a TEXT list at unescaped commas. */
export function splitList(value: string): string[] {
  const items = ['']
  for (let index = 0; index < value.length; index++) {
    const character = value[index] ?? ''
    if (character === '\\') {
      items[items.length - 1] += character + (value[index + 1] ?? '')
      index++
    } else if (character === ',') {
      items.push('')
    } else {
      items[items.length - 1] += character
    }
  }

  return items
}

interface Block {
  name: string
  properties: ContentLine[]
  children: Block[]
}

function checkStructure(lines: ContentLine[]): string[] {
  const problems: string[] = []
  const root: Block = {name: '', properties: [], children: []}
  const stack: Block[] = [root]
  for (const line of lines) {
    const top = stack.at(-1) ?? root
    if (line.name === 'BEGIN') {
      const block: Block = {name: line.value.toUpperCase(), properties: [], children: []}
      top.children.push(block)
      stack.push(block)
    } else if (line.name === 'END') {
      if (top.name !== line.value.toUpperCase()) problems.push(`line ${line.line}: END:${line.value} closes ${top.name || 'nothing'}`)
      else stack.pop()
    } else {
      if (top === root) problems.push(`line ${line.line}: property outside any component`)
      top.properties.push(line)
    }
  }

  if (stack.length > 1) problems.push(`unclosed ${stack.at(-1)?.name}`)
  const calendars = root.children
  if (calendars.length !== 1 || calendars[0]?.name !== 'VCALENDAR') return [...problems, 'expected exactly one VCALENDAR']
  const calendar = calendars[0]
  const one = (block: Block, name: string): string | undefined => {
    const found = block.properties.filter((property) => property.name === name)
    if (found.length !== 1) problems.push(`${block.name}: expected one ${name}, found ${found.length}`)
    return found[0]?.value
  }

  if (one(calendar, 'VERSION') !== '2.0') problems.push('VCALENDAR: VERSION must be 2.0')
  one(calendar, 'PRODID')
  const zones = new Set(calendar.children.filter((child) => child.name === 'VTIMEZONE').map((zone) => one(zone, 'TZID')))
  const kinds = new Set(calendar.children.map((child) => child.name).filter((name) => name !== 'VTIMEZONE'))
  if (kinds.has('VEVENT') && kinds.has('VTODO')) problems.push('VEVENT and VTODO in one calendar')
  const uids = new Set<string>()
  const visit = (block: Block): void => {
    for (const property of block.properties) {
      for (const [key, value] of property.parameters) {
        if (key === 'TZID' && !zones.has(value)) problems.push(`line ${property.line}: TZID=${value} has no VTIMEZONE`)
      }
    }

    for (const child of block.children) visit(child)
  }

  visit(calendar)
  for (const component of calendar.children.filter((child) => child.name === 'VEVENT' || child.name === 'VTODO')) {
    const uid = one(component, 'UID')
    if (uid !== undefined && uids.has(uid)) problems.push(`UID ${uid} appears twice`)
    if (uid !== undefined) uids.add(uid)
    one(component, 'DTSTAMP')
    const rrule = component.properties.find((property) => property.name === 'RRULE')
    // A repeating to-do has a DTSTART (RFC 5545 §3.8.2.4) and needs no DUE.
    one(component, component.name === 'VEVENT' || rrule ? 'DTSTART' : 'DUE')
    if (rrule) problems.push(...checkRule(component, rrule))
    for (const alarm of component.children) {
      if (alarm.name !== 'VALARM') problems.push(`${component.name}: unexpected ${alarm.name}`)
      one(alarm, 'ACTION')
      one(alarm, 'TRIGGER')
      one(alarm, 'DESCRIPTION')
      const trigger = alarm.properties.find((property) => property.name === 'TRIGGER')
      const related = trigger?.parameters.find(([key]) => key === 'RELATED')?.[1] ?? 'START'
      if (component.name === 'VTODO' && related === 'START' && !component.properties.some((property) => property.name === 'DTSTART')) {
        problems.push('VTODO: an alarm relative to START needs a DTSTART')
      }
    }

    const start = component.properties.find((property) => property.name === 'DTSTART')?.value
    const end = component.properties.find((property) => property.name === 'DTEND')?.value
    const due = component.properties.find((property) => property.name === 'DUE')?.value
    if (start && end && end <= start) problems.push(`${component.name} ${uid}: DTEND not after DTSTART`)
    if (start && due && due <= start) problems.push(`${component.name} ${uid}: DUE not after DTSTART`)
  }

  return problems
}

const frequencies = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])

/**
 * RFC 5545 §3.3.10: one FREQ, parts not repeated, UNTIL of DTSTART's value type (a DATE for an all-day
 * start, UTC for a zoned one), never both UNTIL and COUNT.
 */
function checkRule(component: Block, rrule: ContentLine): string[] {
  const problems: string[] = []
  const where = `line ${rrule.line} (RRULE)`
  const parts = rrule.value.split(';').map((part) => part.split('='))
  const names = parts.map(([name]) => name ?? '')
  if (parts.some((part) => part.length !== 2 || !/^[A-Z]+$/.test(part[0] ?? '') || part[1] === '')) problems.push(`${where}: malformed rule part`)
  if (new Set(names).size !== names.length) problems.push(`${where}: a rule part repeats`)
  const value = (name: string): string | undefined => parts.find(([key]) => key === name)?.[1]
  if (!frequencies.has(value('FREQ') ?? '')) problems.push(`${where}: no valid FREQ`)
  if (value('UNTIL') !== undefined && value('COUNT') !== undefined) problems.push(`${where}: UNTIL and COUNT together`)
  const start = component.properties.find((property) => property.name === 'DTSTART')
  const until = value('UNTIL')
  if (start && until !== undefined) {
    const isDate = start.parameters.some(([key, parameter]) => key === 'VALUE' && parameter === 'DATE')
    if (isDate ? !/^\d{8}$/.test(until) : !/^\d{8}T\d{6}Z$/.test(until)) problems.push(`${where}: UNTIL is not of DTSTART's value type`)
  }

  return problems
}

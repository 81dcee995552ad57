/**
 * `directive dates TEXT`: what the date engine finds in a phrase, to check how a deadline will be read,
 * and the dates written in it that do not exist (`30/02/2026`), which the engine rightly does not read:
 * said with the reason, rather than left as "no dates found".
 */
import type {Command} from 'commander'
import {findDates} from '../dates/index.js'
import {findInvalidDates} from '../dates/invalid.js'
import {normalizeDocument} from '../read/normalize.js'
import {SourceMap} from '../source/source-map.js'
import {todayInVietnam} from '../pipeline.js'
import {isoDateArgument} from './arguments.js'
import type {CliIo} from './io.js'

interface DatesFlags {
  ref?: string
  json?: boolean
}

export function registerDates(program: Command, io: CliIo): void {
  program
    .command('dates')
    .description('show the dates, deadlines and periods the date engine finds in TEXT')
    .argument('<text...>', 'Vietnamese text, e.g. "hoàn thành trước ngày 30/6/2026"')
    .option('--ref <date>', 'reference date YYYY-MM-DD for years left out and relative phrases (default: today in Vietnam)', isoDateArgument)
    .option('--json', 'print a JSON array of {raw, start, end, kind, position} (dates that do not exist are said on stderr)')
    .action((words: string[], flags: DatesFlags) => {
      const text = words.join(' ')
      const reference = flags.ref ?? todayInVietnam(io.now)
      const source = new SourceMap(text, normalizeDocument(text))
      const found = findDates(text, reference).map((mention) => ({
        raw: mention.raw,
        start: mention.start,
        end: mention.end,
        kind: mention.kind,
        position: {start: source.point(mention.index), end: source.point(mention.index + mention.length)}
      }))
      const invalid = findInvalidDates(text).map((date) => `“${date.raw}” is not a valid date: ${date.reason}\n`)
      if (flags.json) {
        io.stdout.write(JSON.stringify(found, null, 2) + '\n')
        for (const line of invalid) io.stderr.write(`directive: ${line}`)
        return
      }

      if (found.length === 0) {
        io.stdout.write(`${invalid.join('')}no dates found (reference ${reference})\n`)
        return
      }

      const rows = found.map((item) => [item.raw, item.kind, item.start ?? '—', item.end ?? '—'])
      const header = ['phrase', 'kind', 'start', 'end']
      const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
      const format = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()
      io.stdout.write([format(header), ...rows.map(format)].join('\n') + `\n${invalid.join('')}(reference ${reference})\n`)
    })
}

/** `directive parse FILE...`: read notices and print them in one of the output formats. */
import {InvalidArgumentError, Option, type Command} from 'commander'
import {OptionValueError} from '../emit/emitter.js'
import {emitters} from '../emit/index.js'
import {InputError} from '../read/input-error.js'
import type {Notice} from '../model/schema.js'
import {CliExit, exitCodes, type CliIo} from './io.js'
import {checkOutput, writeOutput} from './output.js'
import {collect, isoDateArgument, jobsArgument, sizeArgument, stdinOnce} from './arguments.js'
import {isBatch, walks} from './batch-mode.js'
import type {Ignores} from './ignores.js'
import type {Input} from './inputs.js'
import {noticeOptions} from './notice-options.js'
import {encodingChoices} from '../read/encoding-names.js'
import {displayName, namedPath} from '../read/file-name.js'
import {refuseBlank} from '../read/blank.js'
import {chooseFormat, OutputFormatError} from './output-format.js'
import {diagnosticsNote} from './diagnostics-note.js'

interface ParseFlags {
  json?: boolean
  format?: string
  output?: string
  ref?: string
  today?: string
  jobs?: number
  unordered?: boolean
  force?: boolean
  maxSize?: number
  ignore?: string[]
  lang?: string | undefined
  verbose?: boolean
  quiet?: boolean
  ruleSettings?: string | undefined
  [option: string]: unknown
}

export function registerParse(program: Command, io: CliIo): void {
  const command = program
    .command('parse')
    .description('read notices and print the tasks, deadlines and everything else found in them')
    .argument('<file...>', 'text or Markdown notices; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(emitters)))
    .option(
      '-o, --output <file>',
      `write to this file instead of standard output (written whole or not at all; never over an input); without a format flag its extension picks one: ${Object.values(emitters)
        .flatMap((emitter) => emitter.extensions)
        .join(' ')} (another extension is an error; none, or a device such as /dev/stdout: the outline)`
    )
    .option('--force', 'let -o replace an existing file that directive did not write')
    .option('--ref <date>', 'reference date YYYY-MM-DD for relative phrases and dates without a year, when the document gives no date of its own (never today’s)', isoDateArgument)
    .option('--today <date>', 'today’s date YYYY-MM-DD for days left and overdue items (default: today in Vietnam)', isoDateArgument)
    .addOption(new Option('--encoding <name>', 'encoding of the input files: auto detects UTF-8/16 and the legacy TCVN3, VNI, Windows-1258 and VISCII').choices(encodingChoices).default('auto'))
    .option('-j, --jobs <n>', 'batch mode: parse with this many worker threads (default: number of cores)', jobsArgument)
    .option('--unordered', 'batch mode: write each record as soon as it is ready instead of in input order')
    .option('--max-size <size>', 'read at most this much of each input, e.g. 10M or 1G; a larger one is an error (default: 64M)', sizeArgument)
    .option(
      '--ignore <glob>',
      'leave out of directories and globs what this matches, relative to the working directory (repeatable; adds to "ignores" in .directiverc.json, relative to its directory; ESLint flat config semantics, see directive validate --help)',
      collect
    )
    .option('--verbose', 'list every diagnostic on stderr (default for the formats a person reads: one line that counts them)')
    .option('--quiet', 'say nothing on stderr about diagnostics')
  addEmitterOptions(command)
  command
    .addHelpText(
      'after',
      `
Formats:
${Object.values(emitters)
  .map((emitter) => `  ${emitter.format.padEnd(10)} ${emitter.description}`)
  .join('\n')}

Diagnostics (what the rules of directive validate find) are in the JSON model and on the HTML page; for
the other formats stderr gets one line that counts them, --verbose lists them, --quiet says nothing.
They follow --lang: Vietnamese by default, English for JSON unless --lang is given. The rule settings of
the nearest .directiverc.json apply, as in directive validate.

A directory or a glob gives every notice found in it (*.txt, *.md, by path): with --json one NDJSON
record each (batch mode), in another format one output with all of them (an outline or a checklist with a
section per document, one calendar, one CSV, one HTML page). A file found there that is not a notice (no
document type, header or Vietnamese tasks, such as a README) is skipped with a note on stderr (in batch mode its
record is {"file", "ok": false, "skipped"}), and is no failure. An empty file is an input error.`
    )
    .action(async (files: string[], flags: ParseFlags) => {
      const format = formatOf(flags, io)
      const emitter = emitters[format]
      if (!emitter) throw new CliExit(exitCodes.usage)
      stdinOnce(files, io)
      // Machine formats keep English messages unless asked; the formats a person reads are Vietnamese.
      flags.lang = command.getOptionValueSource('lang') === 'cli' ? flags.lang : format === 'json' ? 'en' : 'vi'
      const {commandConfig} = await import('./command-config.js')
      const {settings, ignores} = await commandConfig({ignore: flags.ignore}, io)
      // As JSON: a plain value crosses to the batch workers.
      flags.ruleSettings = settings.size > 0 ? JSON.stringify([...settings]) : undefined
      if (isBatch(files, flags, format, io)) {
        const {runBatch} = await import('./batch.js')
        const code = await runBatch(files, flags, io, ignores)
        if (code !== exitCodes.ok) throw new CliExit(code)
        return
      }

      let failed = false
      // A directory or a glob in a format a person reads: one output with every notice found in it.
      const named: Input[] = walks(files) ? await found(files, ignores, io) : files.map((file) => (file === '-' ? {file} : namedPath(file)))
      failed = named.some((input) => input.problem !== undefined || input.error !== undefined)
      await checkOutput(flags.output, named, flags.force === true, io)
      const {readInput} = await import('../read/read.js')
      const {readNotice, todayInVietnam} = await import('../pipeline.js')
      const {isNotice, notANoticeNote} = await import('../validate/not-a-notice.js')
      const notices: Notice[] = []
      const sources: string[] = []
      const today = flags.today ?? todayInVietnam(io.now)
      for (const {file, path, regularOnly, problem, error} of named) {
        if (problem !== undefined || error !== undefined) continue
        try {
          const bytes = await readInput(file, io.readStdin, {path, maxSize: flags.maxSize, regularOnly})
          const {notice, text} = readNotice(bytes, noticeOptions(file, flags))
          refuseBlank(file, text)
          if (regularOnly && !isNotice(notice, text)) {
            io.stderr.write(`directive: ${notANoticeNote(file)}\n`)
            continue
          }

          notices.push(notice)
          sources.push(text)
        } catch (error) {
          if (!(error instanceof InputError)) throw error
          io.stderr.write(`directive: ${error.message}\n`)
          failed = true
        }
      }

      if (notices.length > 0) {
        const context = {multiple: files.length > 1, today, options: flags, env: io.env ?? {}, sources}
        await writeOutput(emitter.emit(notices, context), flags.output, io)
        if (format !== 'json') io.stderr.write(diagnosticsNote(notices, flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'summary', flags.lang === 'en' ? 'en' : 'vi'))
      }

      // Some documents read and some not: the output is there but incomplete (1); none read: 2.
      if (failed) throw new CliExit(notices.length > 0 ? exitCodes.failed : exitCodes.usage)
    })
}

/** What directories and globs hold (ignores applied); what could not be listed or matched is said on stderr. */
async function found(files: readonly string[], ignores: Ignores | undefined, io: CliIo): Promise<Input[]> {
  const {expandInputs} = await import('./inputs.js')
  const inputs = await expandInputs(files, {ignores})
  for (const input of inputs) {
    const why = input.problem ?? input.error
    if (why !== undefined) io.stderr.write(`directive: ${displayName(input.file)}: ${why}\n`)
  }

  return inputs
}

/** The format asked for (cli/output-format.ts); an `-o` extension that names none is a usage error. */
function formatOf(flags: ParseFlags, io: CliIo): string {
  try {
    return chooseFormat(flags, emitters)
  } catch (error) {
    if (!(error instanceof OutputFormatError)) throw error
    io.stderr.write(`directive: ${error.message}\n`)
    throw new CliExit(exitCodes.usage)
  }
}

/** Adds each format's shortcut and options to the command, once per flag even when formats share one. */
function addEmitterOptions(command: Command): void {
  const seen = new Set(command.options.map((option) => option.long))
  for (const emitter of Object.values(emitters)) {
    if (emitter.shortcut && !seen.has(emitter.shortcut)) {
      command.option(emitter.shortcut, `same as --format ${emitter.format}`)
      seen.add(emitter.shortcut)
    }

    for (const option of emitter.options ?? []) {
      const added = new Option(option.flags, `${option.description} (${emitter.format})`)
      if (seen.has(added.long)) continue
      if (option.parse) added.argParser(usageChecked(option.parse))
      if (option.default !== undefined) added.default(option.default)
      command.addOption(added)
      seen.add(added.long)
    }
  }
}

/** A format's value parser as commander takes it: a value the format refuses is a usage error. */
function usageChecked(parse: (value: string) => unknown): (value: string) => unknown {
  return (value) => {
    try {
      return parse(value)
    } catch (error) {
      if (error instanceof OptionValueError) throw new InvalidArgumentError(error.message)
      throw error
    }
  }
}

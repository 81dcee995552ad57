/** `directive parse FILE...`: read notices and print them in one of the output formats. */
import {Option, type Command} from 'commander'
import {emitters} from '../emit/index.js'
import {readInput} from '../read/read.js'
import {InputError} from '../read/input-error.js'
import {parseNotice, todayInVietnam} from '../pipeline.js'
import type {Notice} from '../model/schema.js'
import {CliExit, exitCodes, type CliIo} from './io.js'
import {writeOutput} from './write-output.js'
import {isoDateArgument} from './arguments.js'

interface ParseFlags {
  json?: boolean
  format?: string
  output?: string
  ref?: string
}

export function registerParse(program: Command, io: CliIo): void {
  program
    .command('parse')
    .description('read notices and print the tasks, deadlines and everything else found in them')
    .argument('<file...>', 'text or Markdown notices; "-" reads standard input')
    .option('--json', 'print the model as JSON (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(emitters)))
    .option('-o, --output <file>', 'write to this file instead of standard output (written whole or not at all)')
    .option('--ref <date>', 'reference date YYYY-MM-DD for dates without a year (default: the document’s own date)', isoDateArgument)
    .addHelpText(
      'after',
      `
Formats:
${Object.values(emitters)
  .map((emitter) => `  ${emitter.format.padEnd(10)} ${emitter.description}`)
  .join('\n')}`
    )
    .action(async (files: string[], flags: ParseFlags) => {
      const emitter = emitters[flags.json ? 'json' : (flags.format ?? 'text')]
      if (!emitter) throw new CliExit(exitCodes.usage)
      const notices: Notice[] = []
      let failed = false
      const today = todayInVietnam(io.now)
      for (const file of files) {
        try {
          const bytes = await readInput(file, io.readStdin)
          notices.push(parseNotice(bytes, {path: file === '-' ? null : file, reference: flags.ref, today}))
        } catch (error) {
          if (!(error instanceof InputError)) throw error
          io.stderr.write(`directive: ${error.message}\n`)
          failed = true
        }
      }

      if (notices.length > 0) await writeOutput(emitter.emit(notices, {multiple: files.length > 1}), flags.output, io)
      if (failed) throw new CliExit(exitCodes.usage)
    })
}

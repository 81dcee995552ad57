/**
 * The command line: a thin shell over the library. Builds the commander program, runs it, and maps what
 * happened to an exit code (0 ok, 1 a document failed, 2 usage error or unreadable input). Never calls
 * process.exit: the bin sets process.exitCode.
 */
import {Command, CommanderError} from 'commander'
import {InputError} from '../read/input-error.js'
import {CliExit, exitCodes, type CliIo, type ExitCode} from './io.js'
import {version} from './version.js'

type Register = (program: Command, io: CliIo) => void

/**
 * The commands, in help order, one line each. Each is imported only when it runs (or for the overall
 * help), so `parse` never loads zod and `--version` loads neither the pipeline nor zod.
 */
const commands: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./parse.js')).registerParse,
  schema: async () => (await import('./schema.js')).registerSchema,
  dates: async () => (await import('./dates.js')).registerDates,
  validate: async () => (await import('./validate.js')).registerValidate
}

/**
 * Runs the CLI.
 *
 * @param io
 *   Arguments (without node and script) and streams.
 * @returns
 *   Exit code.
 */
export async function main(io: CliIo): Promise<ExitCode> {
  const debug = io.argv.includes('--debug')
  const program = new Command('directive')
    .description('Read Vietnamese directive documents (thông báo kết luận, chỉ thị, kế hoạch, công văn) into a model of who must do what by when.')
    .version(version, '-V, --version')
    .option('--debug', 'print stack traces of unexpected errors')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })
    .addHelpText(
      'after',
      `
Exit codes:
  0  success
  1  a document failed validation or could not be parsed, or some of several inputs were unreadable
     (the others are still processed)
  2  usage error, unreadable input (missing file, directory, device, empty file, larger than
     --max-size, binary data, unknown encoding) when no input could be read, -o naming an input or a
     file directive did not write (see --force), or -o with an extension no format has

Examples:
  $ directive parse notice.txt                 readable outline of the tasks
  $ directive parse notice.txt --json          the model as JSON
  $ directive parse a.txt b.md --json -o all.ndjson
  $ cat notice.txt | directive parse - --json
  $ directive dates "hoàn thành trước ngày 30/6/2026" --ref 2026-06-05
  $ directive schema > notice.schema.json`
    )

  for (const register of await commandsFor(io.argv)) register(program, io)
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput())

  try {
    if (io.argv.length === 0) {
      program.outputHelp({error: true})
      return exitCodes.usage
    }

    await program.parseAsync(io.argv, {from: 'user'})
    return exitCodes.ok
  } catch (error) {
    if (error instanceof CliExit) return error.code
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return exitCodes.ok
      }

      return exitCodes.usage
    }

    if (error instanceof InputError) {
      io.stderr.write(`directive: ${error.message}\n`)
      return exitCodes.usage
    }

    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`directive: unexpected error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`)
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return exitCodes.usage
  }
}

/** The command named in argv alone; none for `--version`; all of them for help, no command or a typo. */
async function commandsFor(argv: string[]): Promise<Register[]> {
  // The global options take no value, so the first word that is not an option names the command.
  const name = argv.find((word) => !word.startsWith('-'))
  if (name !== undefined && Object.hasOwn(commands, name)) return [await (commands[name] as () => Promise<Register>)()]
  if (name === undefined && (argv.includes('--version') || argv.includes('-V'))) return []
  return Promise.all(Object.values(commands).map(async (load) => load()))
}

/**
 * `directive validate FILE...`: check notices against the rules and report in a linter's formats.
 * Exit 0 without errors, 1 with an error (or warnings under `--strict` / over `--max-warnings`), 2 for
 * usage errors, a bad configuration, arguments that match no file, or no readable input (some unreadable
 * inputs among readable ones: 1, after the report of the others). Files a walk or a glob finds that are
 * not notices are skipped with a note; when nothing but those was found, nothing was checked: 2.
 */
import {InvalidArgumentError, Option, type Command} from 'commander'
import {reporters} from '../report/index.js'
import {colorLevel, createChalk} from '../report/color.js'
import {rules} from '../rules/index.js'
import {configName} from '../validate/config.js'
import {commandConfig} from './command-config.js'
import {expandValidateInputs} from './validate-inputs.js'
import {totals, validateFiles} from '../validate/validate.js'
import {notANoticeNote} from '../validate/not-a-notice.js'
import {CliExit, exitCodes, type CliIo} from './io.js'
import {checkOutput, writeOutput} from './output.js'
import {version} from './version.js'
import {collect, sizeArgument, stdinOnce} from './arguments.js'

interface ValidateFlags {
  format?: string
  strict?: boolean
  maxWarnings?: number
  config?: string
  rule?: string[]
  ignore?: string[]
  color?: boolean
  output?: string
  force?: boolean
  maxSize?: number
  lang?: 'vi' | 'en'
}

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check notices against the rules and report problems with their positions')
    .argument('<file...>', 'notices, directories (every .txt/.md inside) or quoted globs such as "notices/**/*.txt"; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format (default: stylish, or github when GITHUB_ACTIONS=true)').choices(Object.keys(reporters)))
    .option('--strict', 'exit 1 on warnings too')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', countArgument)
    .option('-c, --config <file>', `configuration file (default: the nearest ${configName} from here upwards)`)
    .option('--rule <id=severity>', 'set a rule to off, info, warning or error (repeatable; wins over the configuration)', collect)
    .option('--ignore <glob>', 'leave out of directories and globs what this matches, relative to the working directory (repeatable; adds to "ignores" in the configuration; see below)', collect)
    .option('--color', 'colour the stylish report even when stdout is not a terminal')
    .option('--no-color', 'never colour the report')
    .option('-o, --output <file>', 'write the report to this file instead of standard output (never over an input)')
    .option('--force', 'let -o replace an existing file that directive did not write')
    .option('--max-size <size>', 'read at most this much of each input, e.g. 10M or 1G; a larger one is an error (default: 64M)', sizeArgument)
    .addOption(new Option('--lang <lang>', 'language of the report: vi or en (default: vi for stylish, en for json, sarif and github; rule ids stay English)').choices(['vi', 'en']))
    .addHelpText(
      'after',
      `
Formats:
${Object.values(reporters)
  .map((reporter) => `  ${reporter.format.padEnd(8)} ${reporter.description}`)
  .join('\n')}

Rules (severity per rule in ${configName}: {"rules": {"<id>": "off" | "info" | "warning" | "error"}}):
${rules.map((rule) => `  ${rule.id.padEnd(30)} ${rule.severity.padEnd(8)} ${rule.description}`).join('\n')}

Ignoring files (ESLint flat config semantics; markdownlint-cli2's "ignores" are alike):
  "ignores" in ${configName}, e.g. {"ignores": ["drafts/", "**/README.md"]}, are relative to the
  directory of that file; --ignore GLOB is relative to the working directory. Nothing is implied in
  front: "README.md" is the one beside the configuration, "**/README.md" any. A pattern that matches a
  directory leaves out all of it; one ending in "/" matches directories only; no negation (!). Only
  what a directory or a glob argument finds is left out: a file named as it is is always checked.

Files that are not notices:
  A file a directory or a glob finds that has no document type, header or Vietnamese tasks (a README) is skipped
  with a note on stderr. Named as it is, it is checked, and the note says it is not a notice.

Exit codes:
  0  no errors (warnings and infos allowed)
  1  an error, or a warning with --strict, or more warnings than --max-warnings, or some inputs
     unreadable (the others are still reported)
  2  usage error, bad configuration, an argument that matches no file (or only ignored ones, or only
     files that are not notices), no readable input, or -o naming an input or a file directive did
     not write (see --force)

Examples:
  $ directive validate notice.txt
  $ directive validate notices/ --strict
  $ directive validate "notices/**/*.md" --format sarif -o directive.sarif
  $ directive validate notices/ --rule task-without-deadline=off --max-warnings 0
  $ directive validate notices/ --ignore "notices/drafts/" --ignore "**/index.md"`
    )
    .action(async (patterns: string[], flags: ValidateFlags) => {
      const env = io.env ?? {}
      stdinOnce(patterns, io)
      const {settings, ignores} = await commandConfig(flags, io)

      const {files, problems, failures: unlisted} = await expandValidateInputs(patterns, {ignores})
      if (problems.length > 0) {
        for (const problem of problems) io.stderr.write(`directive: ${problem}\n`)
        throw new CliExit(exitCodes.usage)
      }

      await checkOutput(flags.output, files, flags.force === true, io)
      const read = flags.maxSize === undefined ? {} : {maxSize: flags.maxSize}
      const format = flags.format ?? (env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish')
      const lang = flags.lang ?? (format === 'stylish' ? 'vi' : 'en')
      const {results, failures: unread, notNotices} = await validateFiles(files, {settings, readStdin: io.readStdin, read, lang})
      for (const {file, skipped} of notNotices) {
        io.stderr.write(`directive: ${notANoticeNote(file, skipped)}\n`)
      }

      // What a walk could not list and what could not be read: both are reported, and neither is a pass.
      const failures = [...unlisted, ...unread.map((failure) => failure.message)]
      for (const failure of failures) io.stderr.write(`directive: ${failure}\n`)
      if (results.length > 0) {
        const reporter = reporters[format]
        if (!reporter) throw new CliExit(exitCodes.usage)
        const toFile = flags.output !== undefined && flags.output !== '-'
        const chalk = createChalk(colorLevel(env, !toFile && io.stdout.isTTY === true, flags.color))
        await writeOutput(reporter.report(results, {rules, chalk, env, version, lang}), flags.output, io)
      }

      if (failures.length > 0 && results.length === 0) throw new CliExit(exitCodes.usage)
      if (results.length === 0) {
        // Checking nothing is never a pass: every file found was skipped.
        io.stderr.write('directive: no notices to check: every file found is not a notice\n')
        throw new CliExit(exitCodes.usage)
      }

      if (failures.length > 0) throw new CliExit(exitCodes.failed)
      const count = totals(results)
      const failed = count.error > 0 || (flags.strict === true && count.warning > 0) || (flags.maxWarnings !== undefined && count.warning > flags.maxWarnings)
      if (failed) throw new CliExit(exitCodes.failed)
    })
}

/** `--max-warnings`: a whole number, 0 or more. */
function countArgument(value: string): number {
  if (!/^\d{1,9}$/u.test(value)) throw new InvalidArgumentError(`expected a whole number of warnings (0 or more), got “${value}”`)
  return Number(value)
}

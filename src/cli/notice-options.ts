/**
 * The options of `directive parse` that change the model, as the pipeline takes them. Shared by the
 * one-by-one path and the batch workers, so a flag added to `parse` reaches both.
 */
import type {ParseOptions} from '../pipeline.js'
import type {RuleSetting} from '../rules/run.js'

/** Parse flags as a worker receives them: plain values only (they cross a thread boundary). */
export interface NoticeFlags {
  ref?: string | undefined
  /** `--encoding`: auto, or the encoding to force. */
  encoding?: string | undefined
  /** `--max-size`: most bytes read from one input (the reader's default when undefined). */
  maxSize?: number | undefined
  /** Language of the diagnostics' messages (`--lang`, resolved by the command: vi or en). */
  lang?: string | undefined
  /** The configuration's rule settings as JSON (`[[id, setting], …]`): a plain value crosses to workers. */
  ruleSettings?: string | undefined
  [option: string]: unknown
}

/**
 * @param file
 *   Path as given ('-' for standard input).
 * @param flags
 *   Parse flags (the model never takes today: it does not depend on when it is made).
 */
export function noticeOptions(file: string, flags: NoticeFlags): ParseOptions {
  const rules = flags.ruleSettings ? new Map(JSON.parse(flags.ruleSettings) as Array<[string, RuleSetting]>) : undefined
  const lang = flags.lang === 'vi' || flags.lang === 'en' ? flags.lang : undefined
  return {path: file === '-' ? null : file, reference: flags.ref, encoding: flags.encoding, rules, lang}
}

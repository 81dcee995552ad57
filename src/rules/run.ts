/**
 * Notice + source text + settings → diagnostics: runs every rule that is not off, at the severity the
 * settings give it, and stamps rule id and severity on what it reports, keeping the message in the
 * language asked for (each rule words it in all of them). Knows no rule by name.
 */
import type {Diagnostic, Notice, Position} from '../model/schema.js'
import {rules} from './index.js'
import type {Lang, Report, Severity} from './rule.js'
import type {DecodeNote} from '../read/decode.js'

/** A rule's effective setting. */
export interface RuleSetting {
  severity: Severity | 'off'
  /** Options as validated against the rule's schema; undefined for its defaults. */
  options?: unknown
}

/** Settings by rule id; a rule left out runs at its default severity with its default options. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>

/** The source a rule may read: decoded text, what decoding it noted, and a way to turn offsets into positions. */
export interface RuleSource {
  text: string
  decoding: readonly DecodeNote[]
  reference: string | null
  position(start: number, end: number): Position
}

/**
 * Runs the rules on one notice.
 *
 * @param notice
 *   The model.
 * @param source
 *   The decoded input the model was read from.
 * @param settings
 *   Severities and options by rule id.
 * @param lang
 *   Language of the messages (`en`, the default, keeps the library's earlier output).
 * @returns
 *   Diagnostics, in rule order (the caller sorts them by place).
 */
export function runRules(notice: Notice, source: RuleSource, settings: RuleSettings = new Map(), lang: Lang = 'en'): Diagnostic[] {
  const found: Diagnostic[] = []
  for (const rule of rules) {
    const setting = settings.get(rule.id)
    const severity = setting?.severity ?? rule.severity
    if (severity === 'off') continue
    const report: Report = (message, position) => {
      found.push({ruleId: rule.id, severity, message: message[lang], position})
    }

    const options = setting?.options ?? rule.options?.defaults
    try {
      rule.check(notice, report, {text: source.text, decoding: source.decoding, reference: source.reference, position: source.position, options})
    } catch (error) {
      // One broken rule must not hide what the others found, nor stop a folder of notices.
      const reason = error instanceof Error ? error.message : String(error)
      const message = {
        en: `Unexpected failure of the rule: ${reason}, expected it to finish`,
        vi: `Quy tắc gặp lỗi khi chạy (${reason}) nên chưa kiểm tra hết văn bản; đây là lỗi của chương trình, xin báo lại`
      }
      found.push({ruleId: rule.id, severity: 'error', message: message[lang], position: null})
    }
  }

  return found
}

/**
 * Orders diagnostics by place: file-level ones (no position) first, then by offset; ties keep their order.
 *
 * @param diagnostics
 *   Diagnostics in any order.
 * @returns
 *   A new, sorted array.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({diagnostic, index}))
    .sort((a, b) => offsetOf(a.diagnostic) - offsetOf(b.diagnostic) || a.index - b.index)
    .map(({diagnostic}) => diagnostic)
}

function offsetOf(diagnostic: Diagnostic): number {
  return diagnostic.position ? diagnostic.position.start.offset : -1
}

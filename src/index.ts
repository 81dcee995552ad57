/**
 * The library API of `directive`: read a notice into its model, render it, and the pieces to extend it.
 * Types of the model come from the zod schemas in model/schema.ts.
 */
export {parseNotice, type ParseOptions} from './validate/parse-notice.js'
export type {DirectiveConfig, RuleConfig, RulesOption} from './validate/rule-settings.js'
export {todayInVietnam} from './pipeline.js'
export {Notice, Task, Deadline, Assignee, Reference, Figure, Position, Point} from './model/schema.js'
export {emitters} from './emit/index.js'
export type {Emitter, EmitContext, EmitterOption} from './emit/emitter.js'
export {extractors} from './extract/index.js'
export type {Extractor, ExtractContext, Draft} from './extract/extractor.js'
export {findDates, type DateMention, type DateKind} from './dates/index.js'
export {InputError} from './read/input-error.js'
export {main} from './cli/main.js'

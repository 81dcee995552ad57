/** Helpers shared by tests: fixture bytes, the source text a position covers (MODEL.md "Positions"), the project's source files. */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import type {Emitter} from '../src/emit/emitter.js'
import type {Position} from '../src/model/schema.js'

/** Bytes of a corpus fixture. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url))
}

/** `NFC(input.slice(start.offset, end.offset))` with whitespace folded and emphasis markers removed. */
export function covered(input: Uint8Array | string, position: Position | null | undefined): string {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input).replace(/^\ufeff/, '')
  if (!position) return ''
  return text.slice(position.start.offset, position.end.offset).normalize('NFC').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * A format's options at their defaults, keyed as the command line passes them (`--group-by <how>` →
 * `groupBy`, `--no-bom` → `bom`, as commander names option values).
 */
export function defaultOptions(emitter: Emitter): Record<string, unknown> {
  const camel = (flags: string): string =>
    (flags.split(/[ ,]/).find((part) => part.startsWith('--')) ?? '').replace(/^--(no-)?/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
  return Object.fromEntries((emitter.options ?? []).map((option) => [camel(option.flags), option.default]))
}

/** Every TypeScript source file under `directory` (declaration files aside), for tests that read the code. */
export function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

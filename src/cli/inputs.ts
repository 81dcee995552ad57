/**
 * Batch inputs: each `DIR|GLOB|FILE` argument → the files it names, in a stable order (arguments as
 * given; inside a directory or a glob, entries sorted by name, depth first). Only paths are collected,
 * never contents, so the list stays small however many files there are.
 *
 * A walk skips nothing silently: a subdirectory it cannot list, a link that loops or leads nowhere, a
 * path too long for the system, or a matching name that is not a regular file (a device, a pipe) is an
 * input with an `error`, which becomes a failed record and a message. Names are read from the file
 * system as bytes, so a name that is not UTF-8 is still found, and printed escaped (`caf\xE9.txt`).
 * What `--ignore` and the configuration's `ignores` name (cli/ignores.ts) is left out of walks and
 * globs, and an ignored directory is not entered; a path named as it is is always taken.
 */
import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {namedPath, printableName} from '../read/file-name.js'
import {whyUnreadable, type NamedFile} from '../read/read.js'
import {fsPath, kind} from '../read/read-file.js'
import {compileGlob, GlobError, isGlob, type Glob} from './glob.js'
import type {Ignores} from './ignores.js'

/** What a directory argument takes: notices as text or Markdown. Globs take whatever they match. */
const NOTICE_EXTENSION = /\.(?:txt|md|markdown)$/i

/** Directories a walk never enters, besides hidden ones. */
const SKIPPED_DIRECTORIES = new Set(['node_modules'])

export interface Input extends NamedFile {
  /** Set when an argument named nothing to read: the message for its record. */
  problem?: string
  /**
   * Set when a path given as it is cannot be found or opened (`no such file`, `permission denied`).
   * Batch mode reads it anyway, so that the reader reports it in the document's record.
   */
  unreadable?: string
  /**
   * Set for what a walk found but could not read (a directory it cannot list, a link that loops, a
   * device): the message for its failed record.
   */
  error?: string
}

/** What a walk leaves out besides hidden entries and node_modules. */
export interface ExpandOptions {
  /** `--ignore` and the configuration's `ignores`. */
  ignores?: Ignores | undefined
}

/** Said of an argument whose files are all ignored. */
const IGNORED = '(--ignore, or "ignores" in the configuration)'

/**
 * Expands arguments.
 *
 * @param args
 *   Paths, directories, glob patterns, or '-'.
 * @param options
 *   What to ignore.
 * @returns
 *   One input per file, one with a `problem` per directory or pattern that named none (or only ignored
 *   ones), and one with an `error` per entry of a walk that could not be read.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<Input[]> {
  const inputs: Input[] = []
  const {ignores} = options
  for (const argument of args) {
    const kind = argument === '-' ? 'file' : await kindOf(argument)
    if (kind === 'directory') {
      const {found, ignored} = ignores?.directory(argument)
        ? {found: [], ignored: 1}
        : await walk(argument, (relative) => NOTICE_EXTENSION.test(relative), () => true, ignores)
      const problem = `no notices (*.txt, *.md) in this directory${ignored > 0 ? ` that are not ignored ${IGNORED}` : ''}`
      inputs.push(...(found.length > 0 ? found : [{...namedPath(argument), problem}]))
    } else if (typeof kind === 'object' && isGlob(argument)) {
      inputs.push(...(await expandGlob(argument, ignores)))
    } else {
      // Files and missing paths alike: reading reports what is wrong, with the same message as without batch mode.
      inputs.push(typeof kind === 'object' ? {...namedPath(argument), unreadable: kind.unreadable} : namedPath(argument))
    }
  }

  return inputs
}

async function kindOf(path: string | Uint8Array): Promise<'file' | 'directory' | {unreadable: string}> {
  try {
    return (await stat(fsPath(path))).isDirectory() ? 'directory' : 'file'
  } catch (error) {
    return {unreadable: whyUnreadable(error)}
  }
}

async function expandGlob(argument: string, ignores: Ignores | undefined): Promise<Input[]> {
  let glob: Glob
  try {
    glob = compileGlob(argument)
  } catch (error) {
    if (!(error instanceof GlobError)) throw error
    return [{...namedPath(argument), problem: error.message}]
  }

  const {found, ignored} = (await kindOf(glob.base)) === 'directory' ? await walk(glob.base, glob.matches, glob.mayContain, ignores) : {found: [], ignored: 0}
  const problem = `no file matches this pattern${ignored > 0 ? ` that is not ignored ${IGNORED}` : ''}`
  return found.length > 0 ? found : [{...namedPath(argument), problem}]
}

/** A path during a walk: its bytes (to open) and its printable form (to match and to print). */
interface Place {
  bytes: Uint8Array
  shown: string
}

const encoder = new TextEncoder()

/**
 * Files under `root` (joined to it with '/'), depth first in name order, and the entries that could not
 * be read. A pattern without directory part (`*.txt`, root '.') names files without the leading `./`.
 *
 * @param root
 *   Directory to walk.
 * @param take
 *   Whether a file (printable path relative to root) is taken.
 * @param enter
 *   Whether a directory (printable path relative to root) is entered.
 * @param ignores
 *   What to leave out, by printable path (root included).
 * @returns
 *   The inputs, and how many files `take` wanted but an ignore pattern left out (a directory left out
 *   counts as one).
 */
async function walk(
  root: string,
  take: (relative: string) => boolean,
  enter: (relative: string) => boolean,
  ignores?: Ignores
): Promise<{found: Input[]; ignored: number}> {
  const found: Input[] = []
  let ignored = 0
  const prefix = root === '.' ? '' : root.endsWith('/') ? root : `${root}/`
  // A file named `-` found in '.' keeps its `./`: alone it would mean standard input.
  const at = (relative: Place): Uint8Array => join(encoder.encode(prefix === '' && relative.shown === '-' ? './' : prefix), relative.bytes)
  const input = (relative: Place, extra: {error?: string} = {}): Input => {
    const named = namedPath(at(relative))
    return {...named, regularOnly: true, ...extra}
  }

  async function visit(relative: Place): Promise<void> {
    let entries: Array<Dirent<Buffer>>
    try {
      entries = await readdir(fsPath(relative.bytes.length === 0 ? encoder.encode(root) : at(relative)), {withFileTypes: true, encoding: 'buffer'})
    } catch (error) {
      const directory = relative.bytes.length === 0 ? {...namedPath(root), regularOnly: true} : input(relative)
      found.push({...directory, error: `cannot read this directory: ${whyUnreadable(error)}`})
      return
    }

    entries.sort((a, b) => Buffer.compare(a.name, b.name))
    for (const entry of entries) {
      if (entry.name[0] === 0x2e) continue
      const name = {bytes: entry.name, shown: printableName(entry.name)}
      const path: Place =
        relative.bytes.length === 0 ? name : {bytes: join(relative.bytes, name.bytes), shown: `${relative.shown}/${name.shown}`}
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(name.shown) || !enter(path.shown)) continue
        if (ignores?.directory(prefix + path.shown)) ignored++
        else await visit(path)
        continue
      }

      if (!take(path.shown)) continue
      if (ignores?.file(prefix + path.shown)) {
        ignored++
        continue
      }

      if (entry.isFile()) {
        found.push(input(path))
        continue
      }

      // A symbolic link counts as what it points to, a file; a linked directory is not entered (no
      // cycles). A link that loops or leads nowhere, a device or a pipe is named, not skipped.
      const problem = entry.isSymbolicLink() ? await linkProblem(at(path)) : `is ${kind(entry)}, not a file`
      if (problem === null) found.push(input(path))
      else if (problem !== 'directory') found.push(input(path, {error: problem}))
    }
  }

  await visit({bytes: new Uint8Array(), shown: ''})
  return {found, ignored}
}

/** What is wrong with the target of a link: null for a file, 'directory' for one, else why it is not read. */
async function linkProblem(path: Uint8Array): Promise<string | null> {
  try {
    const target = await stat(fsPath(path))
    if (target.isFile()) return null
    if (target.isDirectory()) return 'directory'
    return `links to ${kind(target)}, not a file`
  } catch (error) {
    const why = whyUnreadable(error)
    return why === 'no such file' ? 'is a link to nothing (no such file)' : why
  }
}

/** `a/b` from `a` and `b`, as bytes. */
function join(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (head.length === 0) return tail
  const slash = head[head.length - 1] === 0x2f ? 0 : 1
  const bytes = new Uint8Array(head.length + slash + tail.length)
  bytes.set(head)
  if (slash) bytes[head.length] = 0x2f
  bytes.set(tail, head.length + slash)
  return bytes
}

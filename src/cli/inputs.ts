/**
 * Batch inputs: each `DIR|GLOB|FILE` argument → the files it names, in a stable order (arguments as
 * given; inside a directory or a glob, entries sorted by name, depth first). Only paths are collected,
 * never contents, so the list stays small however many files there are.
 */
import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {whyUnreadable} from '../read/read.js'
import {compileGlob, isGlob, type Glob} from './glob.js'

/** What a directory argument takes: notices as text or Markdown. Globs take whatever they match. */
const NOTICE_EXTENSION = /\.(?:txt|md|markdown)$/i

/** Directories a walk never enters, besides hidden ones. */
const SKIPPED_DIRECTORIES = new Set(['node_modules'])

export interface Input {
  /** Path to read ('-' for standard input). */
  file: string
  /** Set when an argument named nothing to read: the message for its record. */
  problem?: string
  /**
   * Set when a path given as it is cannot be found or opened (`no such file`, `permission denied`).
   * Batch mode reads it anyway, so that the reader reports it in the document's record.
   */
  unreadable?: string
}

/**
 * Expands arguments.
 *
 * @param args
 *   Paths, directories, glob patterns, or '-'.
 * @returns
 *   One input per file, and one with a `problem` per directory or pattern that named none.
 */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = []
  for (const argument of args) {
    const kind = argument === '-' ? 'file' : await kindOf(argument)
    if (kind === 'directory') {
      const found = await walk(argument, (relative) => NOTICE_EXTENSION.test(relative), () => true)
      inputs.push(...(found.length > 0 ? found.map((file) => ({file})) : [{file: argument, problem: 'no notices (*.txt, *.md) in this directory'}]))
    } else if (typeof kind === 'object' && isGlob(argument)) {
      const glob = compileGlob(argument)
      const found = (await kindOf(glob.base)) === 'directory' ? await walkGlob(glob) : []
      inputs.push(...(found.length > 0 ? found.map((file) => ({file})) : [{file: argument, problem: 'no file matches this pattern'}]))
    } else {
      // Files and missing paths alike: reading reports what is wrong, with the same message as without batch mode.
      inputs.push(typeof kind === 'object' ? {file: argument, unreadable: kind.unreadable} : {file: argument})
    }
  }

  return inputs
}

async function kindOf(path: string): Promise<'file' | 'directory' | {unreadable: string}> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file'
  } catch (error) {
    return {unreadable: whyUnreadable(error)}
  }
}

async function walkGlob(glob: Glob): Promise<string[]> {
  const found = await walk(glob.base, glob.matches, glob.mayContain)
  // A pattern without directory part ("*.txt") names files as the user wrote them, without "./".
  return glob.base === '.' ? found.map((file) => file.slice(2)) : found
}

/**
 * Files under `root` (joined to it with '/'), depth first in name order.
 *
 * @param root
 *   Directory to walk.
 * @param take
 *   Whether a file (path relative to root) is taken.
 * @param enter
 *   Whether a directory (path relative to root) is entered.
 */
async function walk(root: string, take: (relative: string) => boolean, enter: (relative: string) => boolean): Promise<string[]> {
  const found: string[] = []
  const prefix = root.endsWith('/') ? root : `${root}/`
  async function visit(relative: string): Promise<void> {
    let entries: Dirent[]
    try {
      entries = await readdir(prefix + relative, {withFileTypes: true})
    } catch {
      return
    }

    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`
      // Symbolic links count as the file they point to; linked directories are not entered (no cycles).
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await kindOf(prefix + path)) === 'file')
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && enter(path)) await visit(path)
      } else if (isFile && take(path)) {
        found.push(prefix + path)
      }
    }
  }

  await visit('')
  return found
}

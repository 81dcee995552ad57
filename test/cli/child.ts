/**
 * Test helper for the hostile-input CLI tests (issue 19): spawns bin/directive.js with what
 * test/spawn.ts does not offer — another user id (so that "permission denied" can be tested when the
 * tests run as root, who reads everything), a live child to signal, and a temporary directory that
 * another user may enter.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {chmodSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The CLI; DIRECTIVE_BIN runs the tests against another build (to see a test fail before its fix). */
export const bin = process.env['DIRECTIVE_BIN'] ?? fileURLToPath(new URL('../../bin/directive.js', import.meta.url))
export const root = fileURLToPath(new URL('../..', import.meta.url))
export const seed = join(root, 'fixtures/corpus/000_6f075bdf8dff8ead.txt')

/** Whether the tests run as root (then permissions are tested as user `nobody`, 65534). */
export const isRoot = process.getuid?.() === 0
/** The user that cannot read a directory with mode 000: `nobody` under root, else the user itself. */
export const unprivileged = isRoot ? {uid: 65534, gid: 65534} : {}

/** A fresh temporary directory that any user may enter (for runs as `nobody`). */
export function scratch(prefix = 'directive-hostile-'): string {
  const directory = mkdtempSync(join(tmpdir(), prefix))
  chmodSync(directory, 0o777)
  return directory
}

export interface Outcome {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Waits for a spawned child to end and collects its output. */
export function outcome(child: ChildProcess): Promise<Outcome> {
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})))
}

export interface RunOptions {
  uid?: number
  gid?: number
  cwd?: string
  stdin?: string | Uint8Array
}

/** Starts the CLI with piped standard streams, for a test that signals it or feeds it without end. */
export function start(args: string[], options: RunOptions = {}): ChildProcess & {stdin: NonNullable<ChildProcess['stdin']>} {
  const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, uid: options.uid, gid: options.gid, stdio: ['pipe', 'pipe', 'pipe']})
  // A child that stops reading (a cap reached) closes the pipe under a writer: not an error here.
  child.stdin.on('error', () => undefined)
  return child
}

/** Runs the CLI with standard input closed (or given), optionally as another user or in another directory. */
export function run(args: string[], options: RunOptions = {}): Promise<Outcome> {
  const child = start(args, options)
  child.stdin.end(options.stdin ?? '')
  return outcome(child)
}

/** Runs a shell command line (for `$$` tricks and trees deeper than PATH_MAX). */
export function sh(script: string, cwd: string): string {
  const result = spawnSync('sh', ['-c', script], {cwd, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`sh failed: ${result.stderr}`)
  return result.stdout
}

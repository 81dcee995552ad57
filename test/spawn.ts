/** Test helper: runs bin/directive.js as a user would, with standard input, environment and directory. */
import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const bin = fileURLToPath(new URL('../bin/directive.js', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))

export interface Result {
  code: number
  stdout: string
  stderr: string
}

export interface SpawnOptions {
  /** Standard input (closed empty when not given). */
  stdin?: string | Uint8Array
  /** Added to the inherited environment; an undefined value removes the variable. */
  env?: Record<string, string | undefined>
  /** Working directory (default: the project root). */
  cwd?: string
}

export function directive(args: string[], options: SpawnOptions = {}): Promise<Result> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries({...process.env, ...options.env})) if (value !== undefined) env[key] = value
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env, cwd: options.cwd ?? root}, (error, stdout, stderr) => {
      resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr})
    })
    child.stdin?.end(options.stdin ?? '')
  })
}

/** Test helper: runs bin/directive.js as a user would, with optional standard input and environment. */
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'

const run = promisify(execFile)
const bin = new URL('../../bin/directive.js', import.meta.url).pathname

export interface Result {
  code: number
  stdout: string
  stderr: string
}

export async function directive(args: string[], env: Record<string, string> = {}): Promise<Result> {
  const child = run('node', [bin, ...args], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, ...env}})
  child.child.stdin?.end()
  try {
    const {stdout, stderr} = await child
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}

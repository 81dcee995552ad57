/**
 * A command loads only what it runs: `parse` without a configuration file never loads zod (a shared module
 * can bring it back unseen), and nothing loads child_process, which commander requires for executable
 * subcommands directive does not have. zod leaves a mark on globalThis as it loads; a preloaded script
 * reads it and Node's list of loaded modules as the process ends. The bundled CLI itself is spawned, as a
 * user runs it.
 */
import {spawnSync} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, scratch, seed} from './child.js'

const directory = scratch('directive-loads-')
const configured = scratch('directive-loads-config-')
afterAll(() => {
  for (const made of [directory, configured]) rmSync(made, {recursive: true, force: true})
})
const probe = join(directory, 'probe.cjs')
writeFileSync(
  probe,
  `process.on('exit', () => process.stderr.write('loaded: ' + JSON.stringify({zod: '__zod_globalConfig' in globalThis, childProcess: process.moduleLoadList.includes('NativeModule child_process')}) + '\\n'))\n`
)

function loaded(args: string[], cwd = directory, script: string[] = [bin]): {zod: boolean; childProcess: boolean} {
  const result = spawnSync(process.execPath, ['--require', probe, ...script, ...args], {cwd, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`)
  const line = /^loaded: (.*)$/m.exec(result.stderr)
  if (!line?.[1]) throw new Error(`no probe line: ${result.stderr}`)
  return JSON.parse(line[1]) as {zod: boolean; childProcess: boolean}
}

describe('what a command loads', () => {
  it('parse in every format loads neither zod nor child_process', () => {
    for (const format of ['json', 'text', 'ics', 'checklist', 'csv', 'html']) {
      expect(loaded(['parse', seed, '--format', format]), format).toEqual({zod: false, childProcess: false})
    }
  })

  it('the probe sees child_process when it is loaded', () => {
    expect(loaded([], directory, ['-e', "require('node:child_process')"]).childProcess).toBe(true)
  })

  it('validate without a configuration file or --rule leaves zod unloaded', () => {
    expect(loaded(['validate', seed]).zod).toBe(false)
  })

  it('loads zod to check a configuration file, a --rule flag and for schema', () => {
    writeFileSync(join(configured, '.directiverc.json'), '{"rules": {"no-tasks": "off"}}')
    expect(loaded(['parse', seed, '--json'], configured).zod).toBe(true)
    expect(loaded(['validate', seed, '--rule', 'no-tasks=off']).zod).toBe(true)
    expect(loaded(['schema']).zod).toBe(true)
  })
})

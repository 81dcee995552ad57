/**
 * Writes a command's output to stdout, or to a file atomically (a temporary file renamed into place), so
 * an interrupted run never leaves half a file behind.
 */
import {rename, writeFile, unlink} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {CliIo} from './io.js'

/**
 * @param text
 *   The whole output.
 * @param file
 *   Target path, or undefined for stdout.
 * @param io
 *   Where stdout is.
 */
export async function writeOutput(text: string, file: string | undefined, io: CliIo): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout.write(text)
    return
  }

  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  try {
    await writeFile(temporary, text)
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

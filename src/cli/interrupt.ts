/**
 * Temporary files to remove when the process is interrupted. A batch writing to `-o` runs for minutes,
 * and Ctrl-C (SIGINT), `kill` (SIGTERM) or a closed terminal (SIGHUP) must not leave its
 * `.out.ndjson.….tmp` behind; the target itself is never touched, since only the rename at the end
 * replaces it. After the cleanup the signal is raised again with its default action, so the process
 * dies of it and the shell sees the usual status (130 for SIGINT, 143 for SIGTERM) and stops a loop.
 */
import {unlinkSync} from 'node:fs'

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const pending = new Set<string>()

/**
 * Removes a file if the process is interrupted before the returned function is called.
 *
 * @param path
 *   The temporary file.
 * @returns
 *   Call once the file is renamed or removed: stops watching for it.
 */
export function removeOnInterrupt(path: string): () => void {
  if (pending.size === 0) for (const signal of signals) process.on(signal, interrupted)
  pending.add(path)
  return () => {
    if (!pending.delete(path) || pending.size > 0) return
    for (const signal of signals) process.off(signal, interrupted)
  }
}

function interrupted(signal: NodeJS.Signals): void {
  for (const path of pending) {
    try {
      unlinkSync(path)
    } catch {
      // Already gone: nothing to clean.
    }
  }

  pending.clear()
  for (const each of signals) process.off(each, interrupted)
  // Without a listener left the signal's default action runs: the process ends as if never caught.
  // An embedding program that listens for it decides for itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

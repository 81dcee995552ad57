/**
 * The batch pool: `jobs` worker threads running `cli/worker.js`, each holding a few tasks at a time so
 * it never idles between messages; the rest wait here, and the caller bounds how many it submits.
 *
 * Parsing is done in workers only, never on the main thread, because a worker's heap can be capped
 * (`resourceLimits`) and the main thread's cannot: V8 lets an uncapped heap grow to several times the
 * live data before collecting (a parser's RSS reaches ~180 MB over a few hundred notices while ~20 MB
 * is live). With the caps below a worker stays near 50 MB; a 2 MB document (the seed repeated 100
 * times) still fits in a 64 MB old generation. A worker that dies anyway (out of memory) fails its
 * documents, not the batch, and is replaced.
 */
import {availableParallelism} from 'node:os'
import {setFlagsFromString} from 'node:v8'
import {Worker} from 'node:worker_threads'
import {failedLine, type BatchResult, type BatchTask} from './batch-record.js'
import type {NoticeFlags} from './notice-options.js'

interface Running {
  task: BatchTask
  resolve(result: BatchResult): void
  reject(error: unknown): void
}

interface Slot {
  worker: Worker
  running: Map<number, Running>
}

/** Tasks queued in one worker: one parsing, the next ones ready as soon as it finishes. */
const PER_WORKER = 2

/**
 * The young generation is where the price is paid: a notice's parse allocates several megabytes that die
 * with it, and a young generation smaller than that promotes them to the old one, whose full collections
 * then also drop the parser's optimised code. 16 MB is as large as two workers can have within the 220 MB
 * of issue 21 over the bench's 2,000 notices, with each worker's memo tables holding one document's texts
 * (docs/performance.md, line 3). Without an old-generation cap V8 lets the old generation, and so the RSS,
 * grow far past its live size before marking it.
 */
const WORKER_LIMITS = {maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256}

/**
 * V8 flags of a batch, set before its workers start: process-wide, so the main thread, which only passes
 * bytes between the workers and the output, gets them too.
 *
 * In every batch, V8 optimises a function only once it has run 16 times as long as its default asks. A
 * worker's full collections drop optimised code that no live closure holds, and the Markdown parser makes
 * its closures anew for each notice, so V8 compiled the same functions again and again: over 600 notices
 * 1,101 TurboFan compiles, 477 of them repeats, 3.3 s of a worker's 20 s. The command line asks for 4
 * times (bin/v8-flags.js): a single 10 MB notice is 10 % slower at 16. V8's code cache depends on this
 * flag: scripts/train-code-cache.mjs trains the worker's under the same.
 *
 * When the workers take every core, work that V8 does on helper threads beside a worker only takes turns
 * with the other workers, so each worker does it on its own thread: it compiles with TurboFan and collects
 * its young generation itself.
 *
 * Over 2,000 notices on 2 cores, medians of three alternating rounds: --jobs 2 24.7 s to 22.6 s, --jobs 1
 * even (33.2 and 34.3 s, 4-10 % less CPU), the peak RSS of --jobs 2 as before or lower (docs/performance.md,
 * line 3).
 */
export function batchV8Flags(jobs: number, cores: number): string {
  const budget = '--interrupt-budget=1081344'
  return jobs >= cores ? `${budget} --no-concurrent-recompilation --no-parallel-scavenge` : budget
}

export class WorkerPool {
  private readonly slots: Slot[]
  private readonly waiting: Running[] = []
  private readonly script = new URL('./worker.js', import.meta.url)
  private closed = false

  /**
   * @param jobs
   *   Number of worker threads.
   * @param flags
   *   Parse flags (plain values): `workerData` of each worker.
   */
  constructor(
    jobs: number,
    private readonly flags: NoticeFlags
  ) {
    setFlagsFromString(batchV8Flags(jobs, availableParallelism()))
    this.slots = Array.from({length: jobs}, () => this.spawn())
  }

  /** Runs a task on the least busy worker, or queues it. */
  run(task: BatchTask): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({task, resolve, reject})
      this.dispatch()
    })
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map(async (slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    // Next to this module both in dist/cli/ and in dist/bundle/ (scripts/bundle.mjs).
    const slot: Slot = {worker: new Worker(this.script, {workerData: this.flags, resourceLimits: WORKER_LIMITS}), running: new Map()}
    slot.worker.on('message', (result: BatchResult) => {
      slot.running.get(result.id)?.resolve(result)
      slot.running.delete(result.id)
      this.dispatch()
    })
    slot.worker.on('error', (error: Error & {code?: string}) => {
      // The documents it held fail, the batch goes on with a new worker in its place.
      for (const {task, resolve} of slot.running.values()) {
        const message = `${task.file}: could not be parsed: ${error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message}`
        resolve({id: task.id, ok: false, failure: 'parse', message, line: failedLine(task.file, message)})
      }

      slot.running.clear()
      if (this.closed) return
      const index = this.slots.indexOf(slot)
      if (index !== -1) this.slots[index] = this.spawn()
      this.dispatch()
    })
    return slot
  }

  /** Hands waiting tasks to the workers with room, the least busy first. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.reduce((best, candidate) => (candidate.running.size < best.running.size ? candidate : best))
      if (slot.running.size >= PER_WORKER) return
      const item = this.waiting.shift() as Running
      slot.running.set(item.task.id, item)
      slot.worker.postMessage(item.task)
    }
  }
}

/**
 * A batch worker thread: takes `BatchTask` messages, answers each with its `BatchResult`. The pipeline
 * is loaded once per worker; the flags arrive as `workerData`. Outside a worker thread it only exports
 * `runTask`: the code cache's training run (scripts/train-code-cache.mjs) loads the bundled worker on
 * the main thread and runs tasks through it.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {runTask, type BatchTask} from './batch-item.js'
import type {NoticeFlags} from './notice-options.js'

export {runTask}

const flags = workerData as NoticeFlags
parentPort?.on('message', (task: BatchTask) => {
  void runTask(task, flags).then((result) => parentPort?.postMessage(result, [result.line.buffer]))
})

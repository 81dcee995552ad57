/**
 * A batch worker thread: takes `BatchTask` messages, answers each with its `BatchResult`. The pipeline
 * is loaded once per worker; the flags arrive as `workerData`.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {runTask, type BatchTask} from './batch-item.js'
import type {NoticeFlags} from './notice-options.js'

const flags = workerData as NoticeFlags
const port = parentPort
if (!port) throw new Error('cli/worker.js runs as a worker thread')
port.on('message', (task: BatchTask) => {
  void runTask(task, flags).then((result) => port.postMessage(result, [result.line.buffer]))
})

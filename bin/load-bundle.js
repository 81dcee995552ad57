// Loads a bundle of the command line (dist/bundle/main.cjs, or worker.cjs in a batch worker) with V8's code
// cache (main.cjs.cache, worker.cjs.cache, written by scripts/bundle.mjs after a training run). Its caller
// has set the V8 flags (./v8-flags.js) the cache was made under. Node 20 has no compile cache for ES modules
// (module.enableCompileCache is Node 22), but a classic script compiled through vm.Script accepts cached
// data: the functions a parse needs arrive compiled instead of being compiled on first call, about 60 ms
// off a cold `parse` (README, "Performance").
//
// V8 checks the cache against its own version and flags and rejects it when they differ (another Node
// version): the script is then simply compiled as usual. It checks the source only by length, so a cache
// older than the bundle it sits beside is never offered.
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

/** Modification time of a file (a path or a file URL), -1 when there is none. */
export const modified = (path) => statSync(path, {throwIfNoEntry: false})?.mtimeMs ?? -1

/**
 * @param {URL} url the bundle, a CommonJS file
 * @returns {{exports: Record<string, any>, script: vm.Script, cacheFile: string}}
 */
export function loadBundle(url) {
  const file = fileURLToPath(url)
  const cacheFile = `${file}.cache`
  const cachedData = modified(cacheFile) >= modified(file) ? readFileSync(cacheFile) : undefined
  const script = new vm.Script(
    // The bundle is ASCII (scripts/bundle.mjs makes sure): read as Latin-1, a copy, not a UTF-8 decode.
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'latin1')}\n})`,
    {filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER}
  )
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('.', url)))
  return {exports: module.exports, script, cacheFile}
}

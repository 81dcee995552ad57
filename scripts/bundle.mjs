/**
 * Bundles the command line for fast cold starts. Resolving and reading a hundred small files costs more
 * than compiling one, and a single classic script can be loaded with V8's code cache, which ES modules
 * cannot on Node 20 (bin/load-bundle.js):
 *
 * - `dist/bundle/main.cjs`: `dist/cli/main.js` (the output of `tsc`) and its dependencies as one CommonJS
 *   script. The `import()` of each command's modules becomes a lazy initialiser, so `--version` still runs
 *   none of the pipeline's module code;
 * - `dist/bundle/main.cjs.cache`: the code cache, written by a training run (scripts/train-code-cache.mjs)
 *   that parses, validates and prints a bundled notice in every format;
 * - `dist/bundle/worker.js`: the batch worker, an ES module.
 *
 * `dist/bundle/` sits at the same depth as `dist/cli/`, so `new URL('../../package.json',
 * import.meta.url)` (cli/version.ts) and `new URL('./worker.js', import.meta.url)` (cli/pool.ts) resolve
 * the same in both; in the CommonJS bundle `import.meta.url` is the URL of main.cjs.
 * bin/directive.js uses the bundle when it is at least as new as `dist/cli/main.js`.
 *
 * iconv-lite's double-byte tables (Chinese, Japanese, Korean: half a megabyte of JSON) stay out of the
 * bundle: only single-byte code pages are ever decoded, but a bundled table is parsed at every start
 * even though iconv-lite requires it lazily. They are required from the installed package instead, as
 * iconv-lite itself would, should one ever be used.
 *
 * Run by `npm run build` after `tsc`.
 */
import {spawnSync} from 'node:child_process'
import {rm} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = new URL('../', import.meta.url)

/** Leaves iconv-lite's lazily required `./tables/*.json` to a runtime `require` of the package file. */
const iconvTables = {
  name: 'iconv-tables',
  setup(build) {
    build.onResolve({filter: /^\.\/tables\/[\w-]+\.json$/}, (args) =>
      /[\\/]iconv-lite[\\/]encodings[\\/]/.test(args.importer)
        ? {path: `iconv-lite/encodings/tables/${args.path.slice('./tables/'.length)}`, external: true}
        : undefined
    )
  }
}
const outdir = new URL('dist/bundle/', root).pathname

const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  plugins: [iconvTables],
  logLevel: 'warning'
}

await rm(outdir, {recursive: true, force: true})
await build({
  ...common,
  entryPoints: {main: 'dist/cli/main.js'},
  outExtension: {'.js': '.cjs'},
  outdir,
  format: 'cjs',
  define: {'import.meta.url': '__bundleUrl'},
  banner: {js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;"}
})
await build({
  ...common,
  entryPoints: {worker: 'dist/cli/worker.js'},
  outdir,
  format: 'esm',
  // commander and iconv-lite are CommonJS and call require(): give the ES module a require of its own.
  banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"}
})

const training = spawnSync(process.execPath, [fileURLToPath(new URL('train-code-cache.mjs', import.meta.url))], {
  stdio: 'inherit'
})
if (training.status !== 0) throw new Error(`the code cache training run failed (exit ${training.status})`)

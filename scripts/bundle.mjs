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
 * - `dist/bundle/worker.cjs` and its `.cache`: the batch worker (`dist/cli/worker.js`), trained on the
 *   same notice; `dist/bundle/worker.js` loads it in the worker thread. A worker starts for every batch,
 *   and without the cache it compiled the whole parser again, function by function.
 *
 * `dist/bundle/` sits at the same depth as `dist/cli/`, so `new URL('../../package.json',
 * import.meta.url)` (cli/version.ts) and `new URL('./worker.js', import.meta.url)` (cli/pool.ts) resolve
 * the same in both; in a bundle `import.meta.url` is the URL of the bundle's file.
 * bin/directive.js uses the bundle when it is at least as new as `dist/cli/main.js`.
 *
 * iconv-lite's double-byte tables (Chinese, Japanese, Korean: half a megabyte of JSON) stay out of the
 * bundle: only single-byte code pages are ever decoded, but a bundled table is parsed at every start
 * even though iconv-lite requires it lazily. They are required from the installed package instead, as
 * iconv-lite itself would, should one ever be used.
 *
 * Their regular expressions name `\p{sc=Latn}` and `\p{No}` by their ranges (scripts/spell-out-classes.mjs).
 *
 * Both bundles are written without whitespace or comments and in ASCII only: esbuild escapes the
 * Vietnamese of strings itself, and {@link asciiOnly} the few characters it leaves in regular expression
 * literals. Reading 2 MB of UTF-8 with a few hundred non-ASCII characters took 17 ms (a two-byte string);
 * ASCII is read as Latin-1 (a copy) in 2 ms, and a smaller source compiles and hashes faster. Function
 * names stay, so stack traces still name the function.
 *
 * Run by `npm run build` after `tsc`.
 */
import {spawnSync} from 'node:child_process'
import {readFile, rm, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {spellOutClasses, unicodeEscape} from './spell-out-classes.mjs'

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
/**
 * commander requires child_process at load for its executable subcommands, which directive has none of:
 * loading it brings in net, dgram and their bindings on every start. It is required when first used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({filter: /^node:child_process$/}, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? {path: 'child_process', namespace: 'lazy-child-process'} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'lazy-child-process'}, () => ({
      contents: "let loaded; module.exports = new Proxy({}, {get: (_, key) => (loaded ??= require('node:child_process'))[key]})",
      loader: 'js'
    }))
  }
}
const outdir = new URL('dist/bundle/', root).pathname

const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Without it esbuild writes literals with a property escape (`/\p{sc=Latn}/u`) as
  // `new RegExp("\\p{sc=Latn}", "u")`, built anew at every call. Node 20 has property escapes.
  supported: {'regexp-unicode-property-escapes': true},
  legalComments: 'none',
  minifyWhitespace: true,
  plugins: [iconvTables],
  logLevel: 'warning'
}

await rm(outdir, {recursive: true, force: true})
// Both bundles are CommonJS scripts, so that bin/load-bundle.js can load each with its code cache.
const script = {
  outExtension: {'.js': '.cjs'},
  outdir,
  format: 'cjs',
  define: {'import.meta.url': '__bundleUrl'},
  banner: {js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;"}
}
await build({
  ...common,
  ...script,
  entryPoints: {main: 'dist/cli/main.js'},
  // Only the main bundle holds commander.
  plugins: [...common.plugins, lazyChildProcess]
})
await build({...common, ...script, entryPoints: {worker: 'dist/cli/worker.js'}})
// What a worker thread runs (src/cli/pool.ts starts `./worker.js`, beside it in dist/cli/ as here).
await writeFile(
  `${outdir}worker.js`,
  "// The batch worker: worker.cjs, loaded with its code cache as bin/directive.js loads main.cjs.\n" +
    "import {loadBundle} from '../../bin/load-bundle.js'\n" +
    "loadBundle(new URL('./worker.cjs', import.meta.url))\n"
)

/**
 * Writes the non-ASCII characters esbuild leaves (in regular expression literals) as `\uXXXX`, which means
 * the same character there, in a class or not, with or without the `u` flag. Refuses what that would
 * change: a character outside the BMP (a surrogate pair is not one character under `u`) or one escaped
 * by a backslash.
 */
function asciiOnly(text, file) {
  if (/[\u{10000}-\u{10FFFF}]|\\[^\u0000-\u007F]/u.test(text)) throw new Error(`${file}: a character that cannot be written as \\uXXXX`)
  return text.replace(/[^\u0000-\u007F]/gu, (character) => unicodeEscape(character.charCodeAt(0)))
}

for (const file of [`${outdir}main.cjs`, `${outdir}worker.cjs`]) {
  const {code, rewritten} = spellOutClasses(await readFile(file, 'utf8'))
  // Both bundles hold the parser's patterns: none rewritten means esbuild's output changed shape.
  if (rewritten === 0) throw new Error(`${file}: no \\p{sc=Latn} or \\p{No} was spelled out`)
  await writeFile(file, asciiOnly(code, file))
}

const training = spawnSync(process.execPath, [fileURLToPath(new URL('train-code-cache.mjs', import.meta.url))], {
  stdio: 'inherit'
})
if (training.status !== 0) throw new Error(`the code cache training run failed (exit ${training.status})`)

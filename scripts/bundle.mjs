/**
 * Bundles the command line for fast cold starts: `dist/cli/main.js` and the batch worker (the output of
 * `tsc`) become a few ES modules in `dist/bundle/`, dependencies included. Resolving and reading a
 * hundred small files costs more than compiling one, so the bundle starts about twice as fast as the
 * plain `dist/` tree.
 *
 * Code splitting keeps each command's heavy modules out of the others' path: `import()` in
 * `cli/main.ts` (commands) and `cli/parse.ts` (pipeline, batch) become separate chunks, so `--version`
 * loads neither the pipeline nor zod, and `parse` never loads zod.
 *
 * `dist/bundle/` sits at the same depth as `dist/cli/`, so `new URL('../../package.json',
 * import.meta.url)` (cli/version.ts) and `new URL('./worker.js', import.meta.url)` (cli/batch.ts) resolve
 * the same in both. bin/directive.js uses the bundle when it is at least as new as `dist/cli/main.js`.
 *
 * iconv-lite's double-byte tables (Chinese, Japanese, Korean: half a megabyte of JSON) stay out of the
 * bundle: only single-byte code pages are ever decoded, but a bundled table is parsed at every start
 * even though iconv-lite requires it lazily. They are required from the installed package instead, as
 * iconv-lite itself would, should one ever be used.
 *
 * Run by `npm run build` after `tsc`.
 */
import {rm} from 'node:fs/promises'
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

await rm(outdir, {recursive: true, force: true})
await build({
  absWorkingDir: root.pathname,
  entryPoints: {main: 'dist/cli/main.js', worker: 'dist/cli/worker.js'},
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is CommonJS and calls require('node:events'): give ES modules a require of their own.
  banner: {js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"},
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  plugins: [iconvTables],
  logLevel: 'warning'
})

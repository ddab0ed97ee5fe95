// Builds the CLI into dist/: one entry plus a chunk per lazily imported command, so that start-up
// reads a few files instead of resolving some seventy modules (see BENCHMARKS.md for what it buys).
// better-sqlite3's JavaScript is bundled too; its native addon is loaded by path (src/store/open.ts).
//
// The output is CommonJS. Node 20 loads an ES module through its asynchronous loader, which itself
// loads some thirty internal modules (fs/promises, streams, readline) and reads every file through
// promises: about 25 ms of every run. esbuild splits only ES modules, so the build splits as ESM
// and then turns each file into CommonJS (import() becomes a lazy require, import.meta.dirname and
// .filename the file's own); dist/package.json and bin/package.json say "commonjs".
import { build, transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// commander requires node:child_process at load, for git-style executable subcommands that rel does
// not have; loading it costs every start a few milliseconds. It gets a stand-in that loads the real
// module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/** migrations/*.sql, checked to be numbered 1, 2, 3… as src/store/open.ts's listMigrations checks them. */
function migrationFiles() {
  const files = readdirSync(new URL('./migrations/', import.meta.url)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  files.forEach((f, i) => {
    if (Number(f.slice(0, 4)) !== i + 1) throw new Error(`migrations out of order: expected ${i + 1}, found ${f}`);
  });
  return files;
}

const dist = new URL('./dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
const { outputFiles, metafile } = await build({
  // The CLI and the check of its large daily copies (src/backupCheck.ts), plus the modules the benchmark's journal generator uses (test/bench/generate.mjs).
  entryPoints: { main: 'src/main.ts', backupCheck: 'src/backupCheck.ts', codeCache: 'src/codeCache.ts', 'store/open': 'src/store/open.ts', 'store/journal': 'src/store/journal.ts', 'store/rhythm': 'src/store/rhythm.ts', 'domain/names': 'src/domain/names.ts', 'domain/phoneNumbers': 'src/domain/phoneNumbers.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  metafile: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyChildProcess],
  define: {
    REL_VERSION: JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version),
    // How many migrations there are: a run compares the journal's version with it without reading
    // the directory. A number, not the names: esbuild puts an array's define in a chunk of its own
    // that every file requires, codeCache.js too, before the code cache is there to load it.
    REL_MIGRATION_COUNT: String(migrationFiles().length),
  },
  logLevel: 'warning',
});

/** The packages bundled into an output file, named in its first line (test/contract/startup.test.ts reads it). */
function packagesIn(path) {
  const output = Object.entries(metafile.outputs).find(([name]) => path.endsWith(name.replace(/^dist\//, '/')));
  const names = Object.keys(output?.[1].inputs ?? {}).map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]);
  return [...new Set(names.filter(Boolean))].sort();
}

// A bundled file is CommonJS, so its `module` is the loader's own: `module.constructor` is the class
// that node:module exports (createRequire included). Requiring node:module itself would load the
// ES module loader behind it, some 0.5 ms of every run (BENCHMARKS.md). Only a file's own imports,
// at its top level, are rewritten: inside a bundled package's wrapper `module` is another object.
const nodeModuleOfLoader = (code) => code.replace(/^(var \w+ = (?:__toESM\()?)require\("node:module"\)/gm, '$1module.constructor');

for (const file of outputFiles) {
  if (file.text.includes('import.meta.url')) throw new Error(`${file.path}: import.meta.url has no CommonJS counterpart here; use import.meta.dirname or import.meta.filename`);
  const { code: transformed } = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    loader: 'js',
    supported: { 'dynamic-import': false },
    // rel's modules find files beside them by import.meta.dirname and .filename (not by URL: the
    // first URL a run makes costs some 0.4 ms), which a CommonJS file has as __dirname and __filename.
    define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
    banner: `// packages: ${packagesIn(file.path).join(' ') || '(none)'}`,
    sourcefile: file.path,
  });
  const code = nodeModuleOfLoader(transformed);
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, code);
}
writeFileSync(new URL('./package.json', dist), '{ "type": "commonjs" }\n');

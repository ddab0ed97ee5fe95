// Builds the CLI into dist/: one entry plus a chunk per lazily imported command, so that start-up
// reads a few files instead of resolving some seventy modules (see BENCHMARKS.md for what it buys).
// better-sqlite3's JavaScript is bundled too; its native addon is loaded by path (src/store/open.ts).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

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

rmSync(new URL('./dist/', import.meta.url), { recursive: true, force: true });
await build({
  // The CLI, plus the modules the benchmark's journal generator uses (test/bench/generate.mjs).
  entryPoints: { main: 'src/main.ts', 'store/open': 'src/store/open.ts', 'store/journal': 'src/store/journal.ts', 'store/rhythm': 'src/store/rhythm.ts', 'domain/names': 'src/domain/names.ts', 'domain/phoneNumbers': 'src/domain/phoneNumbers.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A shim for the CommonJS packages inside the ESM bundle (commander, better-sqlite3).
  banner: { js: "import { createRequire as __relRequire } from 'node:module'; const require = __relRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyChildProcess],
  define: { REL_VERSION: JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version) },
  logLevel: 'warning',
});

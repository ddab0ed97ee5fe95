// Builds the CLI into dist/: one entry plus a chunk per lazily imported command, so that start-up
// reads a few files instead of resolving some seventy modules (see BENCHMARKS.md for what it buys).
// better-sqlite3's JavaScript is bundled too; its native addon is loaded by path (src/store/open.ts).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('./dist/', import.meta.url), { recursive: true, force: true });
await build({
  // The CLI, plus the two modules the benchmark's journal generator uses (test/bench/generate.mjs).
  entryPoints: { main: 'src/main.ts', 'store/open': 'src/store/open.ts', 'domain/names': 'src/domain/names.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A shim for the CommonJS packages inside the ESM bundle (commander, better-sqlite3).
  banner: { js: "import { createRequire as __relRequire } from 'node:module'; const require = __relRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

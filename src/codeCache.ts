// V8's code cache for rel's own compiled files (dist/), as Node 22's module.enableCompileCache()
// does: a run reads each file's bytecode from the cache instead of compiling it again, which
// spares every start some milliseconds of compiling commander and the store (BENCHMARKS.md).
// bin/rel installs it before loading dist/main.js. The cache is invisible and safe when stale:
// - it lives in dist/.cache/, which every build deletes with the rest of dist/;
// - a cache file is named after its source's size and modification time, so a changed file
//   never meets the cache of its former self;
// - V8 itself refuses a cache made by another V8 version or other flags (cachedDataRejected), and
//   the file is then compiled as usual and its cache written again;
// - when the cache cannot be read or written (a read-only install), rel runs as it would without.
import { accessSync, constants, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';

interface CompilingModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

interface ModuleInternals {
  prototype: CompilingModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CompilingModule, isMain: boolean, options?: unknown): string;
  _cache: unknown;
}

/** A script compiled without a usable cache: its cache is written when the run ends. */
interface Unsaved {
  script: Script;
  file: string;
}

/** Where the cache of `filename` (a file under `root`) lives, or undefined when it cannot be named. */
export function cacheFileOf(root: string, filename: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(filename);
    const name = relative(root, filename).split(sep).join('~');
    return join(root, '.cache', `${name}.${size}-${Math.trunc(mtimeMs)}.v8`);
  } catch {
    return undefined;
  }
}

function readCache(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined; // not made yet
  }
}

/** Whether the cache can be written at all: a read-only install skips making the caches it could not keep. */
function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Written whole or not at all (another rel may be reading it), and never an error for the run. */
function writeCache({ script, file }: Unsaved): void {
  try {
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
  } catch {
    // A read-only install: rel runs without the cache, as it always could.
  }
}

/**
 * Compiles every file under `root` through the code cache from now on. The caches of files
 * compiled afresh are written as the process exits, when they hold every function the run used.
 */
export function installCodeCache(root: string): void {
  const ModuleClass = Module as unknown as ModuleInternals;
  const compile = ModuleClass.prototype._compile;
  const unsaved: Unsaved[] = [];
  const prefix = root.endsWith(sep) ? root : root + sep;
  ModuleClass.prototype._compile = function compileCached(this: CompilingModule, content: string, filename: string) {
    if (!filename.startsWith(prefix)) return compile.call(this, content, filename);
    const file = cacheFileOf(root, filename);
    const cachedData = readCache(file);
    const script = new Script(ModuleClass.wrap(content), { filename, cachedData });
    if (file && (!cachedData || script.cachedDataRejected)) unsaved.push({ script, file });
    return (script.runInThisContext() as CommonJsWrapper).call(this.exports, this.exports, requireFor(this, ModuleClass), this, filename, dirname(filename));
  };
  process.once('exit', () => {
    if (unsaved.length > 0 && writable(join(root, '.cache'))) unsaved.forEach(writeCache);
  });
}

type CommonJsWrapper = (this: unknown, exports: unknown, require: NodeJS.Require, module: CompilingModule, filename: string, dirname: string) => unknown;

/** The `require` a CommonJS file is given, as far as rel's bundled files use it. */
function requireFor(module: CompilingModule, ModuleClass: ModuleInternals): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  require.resolve = ((request: string, options?: unknown) => ModuleClass._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  require.cache = ModuleClass._cache as NodeJS.Require['cache'];
  require.main = process.mainModule;
  return require;
}

// How rel's compiled files (dist/) are loaded: V8's code cache, as Node 22's
// module.enableCompileCache() does, and a direct path for the files dist/ requires of itself.
// bin/rel installs both before loading dist/main.js (BENCHMARKS.md: what each bought).
//
// The code cache spares every start some milliseconds of compiling commander and the store: a run
// reads each file's bytecode instead of compiling it again. It is invisible and safe when stale:
// - it is one file, dist/.cache/pack.v8, opened once per run (a file per cache cost more to open
//   than the compiling it saved); every build deletes it with the rest of dist/;
// - each file's entry is keyed by the file's size and modification time, so a changed file never
//   meets the cache of its former self;
// - V8 itself refuses a cache made by another V8 version or other flags (cachedDataRejected), and
//   the file is then compiled as usual and its entry written again;
// - when the pack cannot be read or written (a read-only install), rel runs as it would without.
//
// The direct path: the bundled files require each other by relative path ("./chunk-X.js"), and
// Node's resolution of each (stats, real paths, the package scope of every file) cost more than
// loading the file. A relative .js request inside dist/ is the file at that path, so it is loaded
// as that file, once, into Node's own module cache; anything else goes through Node as usual.
import { accessSync, closeSync, constants, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';

interface CompilingModule {
  exports: unknown;
  filename: string;
  paths: string[];
  loaded: boolean;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

interface ModuleInternals {
  new (id: string, parent: CompilingModule): CompilingModule;
  prototype: CompilingModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CompilingModule, isMain: boolean, options?: unknown): string;
  _nodeModulePaths(from: string): string[];
  _cache: Record<string, CompilingModule | undefined>;
}

/** One file's cache in the pack: the key it was made for, where its bytes lie, and the runs it has served. */
interface PackEntry {
  key: string;
  at: number;
  length: number;
  uses: string[];
}

/** A file's cache to write: made for `key`, having served `uses`. */
interface NewEntry {
  key: string;
  data: Buffer;
  uses: string[];
}

/** A file's cache holds the functions the runs that made it ran; a run of another kind adds its own, this many kinds at most. */
const USES_AT_MOST = 12;

const MAGIC = 'relc';

/**
 * The pack: a header naming each file's entry, then the entries' bytes one after another. Only the
 * header and the entries a run uses are read (bytes cost some milliseconds a megabyte to read here).
 */
export class CachePack {
  private constructor(
    private readonly fd: number | undefined,
    private readonly entries: Map<string, PackEntry>,
    private readonly base: number,
  ) {}

  /** The pack as written, or an empty one when it is missing or not a pack. */
  static open(file: string): CachePack {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const prefix = readAt(fd, 0, 8);
      if (prefix.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a pack');
      const headerLength = prefix.readUInt32LE(4);
      const header = JSON.parse(readAt(fd, 8, headerLength).toString('utf8')) as Record<string, PackEntry>;
      return new CachePack(fd, new Map(Object.entries(header)), 8 + headerLength);
    } catch {
      if (fd !== undefined) closeSync(fd);
      return new CachePack(undefined, new Map(), 0); // not made yet, or unreadable: compile as usual
    }
  }

  /** The runs that the cache of `name` has served. */
  usesOf(name: string): string[] {
    return this.entries.get(name)?.uses ?? [];
  }

  /** The cache of file `name` made for `key`, if the pack holds one. */
  get(name: string, key: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (this.fd === undefined || !entry || entry.key !== key) return undefined;
    try {
      return readAt(this.fd, this.base + entry.at, entry.length);
    } catch {
      return undefined;
    }
  }

  /** These entries over this pack's, as the bytes of a pack file. */
  with(added: Map<string, NewEntry>): Buffer {
    const header: Record<string, PackEntry> = {};
    const parts: Buffer[] = [];
    let at = 0;
    const put = (name: string, { key, data, uses }: NewEntry): void => {
      header[name] = { key, at, length: data.length, uses };
      parts.push(data);
      at += data.length;
    };
    for (const [name, entry] of this.entries) {
      const data = added.has(name) ? undefined : this.get(name, entry.key);
      if (data) put(name, { ...entry, data });
    }
    for (const [name, entry] of added) put(name, entry);
    const head = Buffer.from(JSON.stringify(header));
    const prefix = Buffer.alloc(8);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(head.length, 4);
    return Buffer.concat([prefix, head, ...parts]);
  }
}

/** `length` bytes of the file at `position`; a short read means the pack was cut short. */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  if (readSync(fd, bytes, 0, length, position) !== length) throw new Error('the pack is cut short');
  return bytes;
}

/** The key of a file's cache: its size and modification time, or undefined when it cannot be read. */
export function cacheKeyOf(filename: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(filename);
    return `${size}-${Math.trunc(mtimeMs)}`;
  } catch {
    return undefined;
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
function writePack(file: string, bytes: Buffer): void {
  try {
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    // A read-only install: rel runs without the cache, as it always could.
  }
}

/** The pack file of the files under `root`. */
export const packFileOf = (root: string): string => join(root, '.cache', 'pack.v8');

/**
 * Compiles every file under `root` through the code cache from now on, and loads the files they
 * require of each other directly. `use` names the kind of run (its command): the caches of files
 * compiled afresh, and of those whose cache has not served this kind of run yet, are written to the
 * pack as the process exits, when they hold every function the run used.
 */
export function installCodeCache(root: string, use = ''): void {
  const ModuleClass = Module as unknown as ModuleInternals;
  const compile = ModuleClass.prototype._compile;
  const pack = CachePack.open(packFileOf(root));
  const unsaved = new Map<string, { key: string; script: Script; uses: string[] }>();
  const prefix = root.endsWith(sep) ? root : root + sep;
  ModuleClass.prototype._compile = function compileCached(this: CompilingModule, content: string, filename: string) {
    if (!filename.startsWith(prefix)) return compile.call(this, content, filename);
    const name = filename.slice(prefix.length); // what path.relative says of a file under root, without its ~1 ms a run
    const key = cacheKeyOf(filename);
    const cachedData = key === undefined ? undefined : pack.get(name, key);
    const script = new Script(ModuleClass.wrap(content), { filename, cachedData });
    const fresh = !cachedData || script.cachedDataRejected;
    const uses = fresh ? [] : pack.usesOf(name);
    if (key !== undefined && !uses.includes(use) && uses.length < USES_AT_MOST) unsaved.set(name, { key, script, uses: [...uses, use] });
    const wrapper = script.runInThisContext() as CommonJsWrapper;
    return wrapper.call(this.exports, this.exports, requireFor(this, ModuleClass, prefix), this, filename, dirname(filename));
  };
  process.once('exit', () => {
    if (unsaved.size === 0 || !writable(join(root, '.cache'))) return;
    const added = new Map([...unsaved].map(([name, { key, script, uses }]) => [name, { key, data: script.createCachedData(), uses }]));
    writePack(packFileOf(root), pack.with(added));
  });
}

/** The kind of run a command line asks for, as the code cache tells runs apart: its first word. */
export const runKind = (argv: string[]): string => argv.slice(2).find((word) => /^[a-z]+$/.test(word)) ?? '';

type CommonJsWrapper = (this: unknown, exports: unknown, require: NodeJS.Require, module: CompilingModule, filename: string, dirname: string) => unknown;

/** The `require` a file under dist/ is given, as far as rel's bundled files use it. */
function requireFor(module: CompilingModule, ModuleClass: ModuleInternals, prefix: string): NodeJS.Require {
  const here = dirname(module.filename);
  const require = ((id: string) => {
    const local = localFile(here, id, prefix);
    const loaded = local === undefined ? undefined : loadLocal(local, module, ModuleClass);
    return loaded ? loaded.exports : module.require(id);
  }) as NodeJS.Require;
  require.resolve = ((request: string, options?: unknown) => ModuleClass._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  require.cache = ModuleClass._cache as NodeJS.Require['cache'];
  require.main = process.mainModule;
  return require;
}

/**
 * The file a relative .js request names when it lies under dist/, else undefined (Node resolves it).
 * By string, not path.resolve: the bundled files make some hundreds of such requests a run.
 */
function localFile(here: string, id: string, prefix: string): string | undefined {
  if (!id.endsWith('.js') || id.includes('/..', 1)) return undefined;
  const [base, rest] = id.startsWith('./') ? [here, id.slice(2)] : id.startsWith('../') ? [dirname(here), id.slice(3)] : [];
  if (base === undefined || rest === undefined) return undefined;
  const file = base + sep + (sep === '/' ? rest : rest.split('/').join(sep));
  return file.startsWith(prefix) ? file : undefined;
}

/**
 * A file of dist/ loaded as Node would load it, into Node's own module cache, once: its module,
 * or undefined when there is no such file (then Node resolves the request and says what is wrong).
 */
function loadLocal(filename: string, parent: CompilingModule, ModuleClass: ModuleInternals): { exports: unknown } | undefined {
  const cached = ModuleClass._cache[filename];
  if (cached) return cached;
  let content: string;
  try {
    content = readFileSync(filename, 'utf8');
  } catch {
    return undefined;
  }
  const module = new ModuleClass(filename, parent);
  module.filename = filename;
  module.paths = ModuleClass._nodeModulePaths(dirname(filename));
  ModuleClass._cache[filename] = module;
  try {
    module._compile(content, filename);
  } catch (error) {
    delete ModuleClass._cache[filename];
    throw error;
  }
  module.loaded = true;
  return module;
}

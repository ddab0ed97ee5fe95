// Start-up stays lean: the commands run every day load neither the prompts nor the date-phrase
// parser nor the import/export formats, nor the parts of rel that only their other uses need.
// Measured by what Node loads, not by timing (timings belong to `npm run bench`). The build names
// the packages bundled into each file on its first line (`// packages: commander`), so the files
// a run required tell which packages it carried, and keeps the names of rel's functions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PRELOAD = join(ROOT, 'test', 'fixtures', 'load-log', 'preload.cjs');
// chalk too: the runs here are piped, and colour is loaded only for a terminal.
const HEAVY = ['chalk', 'chrono-node', '@inquirer', 'csv-parse', 'csv-stringify', 'ical-generator', 'ical.js'];
let dir: string;

/** The text of each file a run of `rel ARGS` loaded, on the journal `db` (in the test's directory). */
function filesLoaded(args: string[], db = 'journal.db'): string[] {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const result = spawnSync('node', ['--require', PRELOAD, join(ROOT, 'bin', 'rel'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, REL_DB: join(dir, db), REL_LOADED_LOG: log, NO_COLOR: '1', REL_NOW: '2026-11-23T10:00:00' },
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter((f) => f.endsWith('.js')).map((file) => readFileSync(file, 'utf8'));
}

/** The packages bundled into the files a run of `rel ARGS` loaded. */
function packagesLoaded(args: string[]): Set<string> {
  const packages = new Set<string>();
  for (const text of filesLoaded(args)) {
    const named = /^\/\/ packages: (.*)$/m.exec(text)?.[1];
    for (const name of named?.split(' ') ?? []) packages.add(name);
  }
  return packages;
}

/** Whether a run loaded the function `name` (the build keeps the names of rel's functions). */
const loadsFunction = (texts: string[], name: string): boolean => texts.some((text) => new RegExp(`function ${name}\\d*\\(`).test(text));

/** Runs `rel ARGS` on the journal `db` (in the test's directory), logging Node's own modules the run loaded to `log`. */
function runLoggingNative(db: string, log: string, args: string[]) {
  return spawnSync('node', ['--require', PRELOAD, join(ROOT, 'bin', 'rel'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, REL_DB: join(dir, db), REL_NATIVE_LOG: log, NO_COLOR: '1', REL_NOW: '2026-11-23T10:00:00' },
  });
}

/** `@inquirer` stands for every package of that scope. */
function hasPackage(packages: Set<string>, name: string): boolean {
  return packages.has(name) || [...packages].some((p) => p.startsWith(`${name}/`));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-startup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what the daily commands load', () => {
  it('rel add and rel remind with plain dates or days counted from today, rel today, rel show and rel list load none of the heavy packages', () => {
    const loaded = [
      packagesLoaded(['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', 'yesterday', '--follow-up', '2026-12-01: send it']),
      packagesLoaded(['add', 'Jane Doe', '--note', 'catalog', '--follow-up', 'in 2 weeks: send it']),
      packagesLoaded(['remind', 'jane', 'call back', '--on', 'next month']),
      packagesLoaded(['today']),
      packagesLoaded(['show', 'jane']),
      packagesLoaded(['list']),
    ];
    for (const packages of loaded) {
      expect(packages.has('better-sqlite3')).toBe(true); // the markers are there to be found
      for (const heavy of HEAVY) expect(hasPackage(packages, heavy), heavy).toBe(false);
    }
  });

  it('rel add and rel today load no more of rel than their usual run uses', () => {
    filesLoaded(['add', 'Jane Doe', '--note', 'catalog', '--follow-up', '2026-11-23: send it'], 'lean.db'); // someone on today's list
    // The check of a new person, without the flags of rel contact add, which only that command reads.
    for (const name of ['Jane Doe', 'Joan Dee']) {
      const texts = filesLoaded(['add', name, '--note', 'catalog'], 'lean.db');
      expect(loadsFunction(texts, 'checkNewPerson'), name).toBe(true);
      expect(loadsFunction(texts, 'contactAdd'), name).toBe(false);
    }
    // The JSON shapes only for --json, the reminders' store only for an empty list's hint.
    const today = filesLoaded(['today'], 'lean.db');
    expect(loadsFunction(today, 'rankTodayTop')).toBe(true);
    for (const name of ['todayRowJson', 'countSnoozedBack']) expect(loadsFunction(today, name), name).toBe(false);
    expect(loadsFunction(filesLoaded(['today', '--json'], 'lean.db'), 'todayRowJson')).toBe(true);
    expect(loadsFunction(filesLoaded(['today', '--as-of', '2026-01-01'], 'lean.db'), 'countSnoozedBack')).toBe(true);
  });

  it('rel search, rel reminders and rel log load no more of rel than their usual run uses', () => {
    filesLoaded(['add', 'Jane Doe', '--note', 'catalog', '--follow-up', '2026-11-23: send it'], 'lean.db');
    // Dates in words without the card, the JSON shapes only for --json.
    const search = filesLoaded(['search', 'catalog'], 'lean.db');
    expect(loadsFunction(search, 'describeStoredDate')).toBe(true);
    for (const name of ['renderCard', 'searchResultJson']) expect(loadsFunction(search, name), name).toBe(false);
    expect(loadsFunction(filesLoaded(['search', 'catalog', '--json'], 'lean.db'), 'searchResultJson')).toBe(true);
    // The people's names matched only for a name, the JSON shapes only for --json.
    for (const [command, shape] of [['reminders', 'reminderJson'], ['log', 'conversationJson']] as const) {
      const plain = filesLoaded([command], 'lean.db');
      for (const name of ['personNamed', shape]) expect(loadsFunction(plain, name), `${command}: ${name}`).toBe(false);
      expect(loadsFunction(filesLoaded([command, 'jane'], 'lean.db'), 'personNamed'), command).toBe(true);
      expect(loadsFunction(filesLoaded([command, '--json'], 'lean.db'), shape), command).toBe(true);
    }
  });

  it('a date phrase loads the phrase parser, and only then', () => {
    const packages = packagesLoaded(['remind', 'jane', 'call back', '--on', 'next weekend']);
    expect(packages.has('chrono-node')).toBe(true);
    expect(hasPackage(packages, '@inquirer')).toBe(false);
  });

  it('a write with stdout and stderr on pipes loads no stream of Node: both are written directly', () => {
    const log = join(dir, 'native.txt');
    const run = (args: string[]) => runLoggingNative('pipes.db', log, args);
    run(['contact', 'add', 'Jane Doe']);
    const result = run(['add', 'jane', '--note', 'catalog']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr + result.stdout).toMatch(/Jane Doe/);
    const native = readFileSync(log, 'utf8').split('\n');
    for (const module of ['NativeModule net', 'NativeModule stream', 'NativeModule tty']) expect(native, module).not.toContain(module);
    // --version and --help too: what commander prints goes the same way.
    for (const args of [['--version'], ['--help']]) {
      expect(run(args).status).toBe(0);
      const loaded = readFileSync(log, 'utf8').split('\n');
      for (const module of ['NativeModule net', 'NativeModule stream']) expect(loaded, `${args[0]}: ${module}`).not.toContain(module);
    }
  });

  it('the daily commands load neither the public node:module (and the ES module loader behind it) nor node:os', () => {
    const log = join(dir, 'loader.txt');
    for (const args of [['--version'], ['add', 'Jane Doe', '--note', 'catalog'], ['today'], ['show', 'jane'], ['search', 'catalog']]) {
      const result = runLoggingNative('loader.db', log, args);
      expect(result.status, result.stderr).toBe(0);
      const native = readFileSync(log, 'utf8').split('\n');
      expect(native, args[0]).toContain('NativeModule vm'); // the log is there to be read
      for (const module of ['NativeModule module', 'NativeModule internal/modules/esm/loader', 'NativeModule os']) expect(native, `${args[0]}: ${module}`).not.toContain(module);
    }
  });

  it('a run into /dev/null, as a scheduled backup writes, loads no terminal module either', () => {
    const log = join(dir, 'null.txt');
    const result = spawnSync('node', ['--require', PRELOAD, join(ROOT, 'bin', 'rel'), 'today'], {
      stdio: ['ignore', 'ignore', 'ignore'], // /dev/null, a character device like a terminal
      env: { ...process.env, REL_DB: join(dir, 'null.db'), REL_NATIVE_LOG: log, NO_COLOR: '1', REL_NOW: '2026-11-23T10:00:00' },
    });
    expect(result.status).toBe(0);
    const native = readFileSync(log, 'utf8').split('\n');
    for (const module of ['NativeModule net', 'NativeModule tty']) expect(native, module).not.toContain(module);
  });
});

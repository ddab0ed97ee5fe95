// Start-up stays lean: the commands run every day load neither the prompts nor the date-phrase
// parser nor the import/export formats. Measured by what Node loads, not by timing (timings
// belong to `npm run bench`). The bundle keeps esbuild's `// node_modules/<package>/...` markers,
// so a loaded chunk tells which packages it carries. The marker is a path relative to the checkout:
// `// ../main/node_modules/...` where node_modules is a link to another checkout's, so the
// pattern takes `node_modules/<package>/` wherever it stands in the marker.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const REGISTER = join(ROOT, 'test', 'fixtures', 'load-log', 'register.mjs');
// chalk too: the runs here are piped, and colour is loaded only for a terminal.
const HEAVY = ['chalk', 'chrono-node', '@inquirer', 'csv-parse', 'csv-stringify', 'ical-generator', 'ical.js'];
let dir: string;

/** The packages bundled into the files a run of `rel ARGS` loaded. */
function packagesLoaded(args: string[]): Set<string> {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const result = spawnSync('node', ['--import', REGISTER, join(ROOT, 'bin', 'rel'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, REL_DB: join(dir, 'journal.db'), REL_LOADED_LOG: log, NO_COLOR: '1', REL_NOW: '2026-11-23T10:00:00' },
  });
  expect(result.status, result.stderr).toBe(0);
  const packages = new Set<string>();
  for (const url of readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:'))) {
    for (const match of readFileSync(fileURLToPath(url), 'utf8').matchAll(/\/\/ (?:\S*?\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//g)) packages.add(match[1] as string);
  }
  return packages;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-startup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what the daily commands load', () => {
  it('rel add with flags and plain dates, rel today, rel show and rel list load none of the heavy packages', () => {
    const loaded = [
      packagesLoaded(['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', 'yesterday', '--follow-up', '2026-12-01: send it']),
      packagesLoaded(['today']),
      packagesLoaded(['show', 'jane']),
      packagesLoaded(['list']),
    ];
    for (const packages of loaded) {
      expect(packages.has('better-sqlite3')).toBe(true); // the markers are there to be found
      for (const heavy of HEAVY) expect(packages.has(heavy), heavy).toBe(false);
    }
  });

  it('a date phrase loads the phrase parser, and only then', () => {
    const packages = packagesLoaded(['remind', 'jane', 'call back', '--on', 'in 2 weeks']);
    expect(packages.has('chrono-node')).toBe(true);
    expect(packages.has('@inquirer')).toBe(false);
  });

  it('an import loads the CSV parser', () => {
    expect(packagesLoaded(['import', join(ROOT, 'test', 'fixtures', 'import', 'google-contacts.csv')]).has('csv-parse')).toBe(true);
  });
});

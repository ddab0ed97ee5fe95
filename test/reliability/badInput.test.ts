// SPEC §6, §8: malformed dates, durations, names and flags each end in one `rel: ` line on stderr
// (exit 1, or 2 for usage), never a stack trace, and leave the journal unchanged.
// Property-based: fast-check draws the inputs and runs each in-process (test/harness's runRel: the
// same registry, commands and error report as the binary, in milliseconds); a fixed sample of them,
// and the reading commands at the end, run on the binary too, for what only a process shows.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractBreaches } from '../harness/failures.js';
import { dump } from '../harness/journalDump.js';
import { runRel } from '../harness/inProcess.js';
import { spawnRel, type RunResult } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath, tempDir } from '../harness/tempFiles.js';

// REL_BAD_INPUT_RUNS=1000 explores further; the suite keeps to a bounded default.
const RUNS = Number(process.env.REL_BAD_INPUT_RUNS ?? 100);
/** In-process runs take milliseconds; shrinking a failure runs many more. */
const TIMEOUT = 180_000;

type Runner = 'in-process' | 'spawned';

/** rel on `db`, run in `cwd` with HOME and TMPDIR there too, in-process or as the binary. */
function rel(args: string[], db: string, cwd: string, runner: Runner): Promise<RunResult> {
  const env = { HOME: cwd, TMPDIR: cwd };
  return runner === 'spawned' ? spawnRel(args, { db, cwd, env }) : runRel(args, { journalPath: db, cwd, env });
}
const tally = { tried: 0, refused: 0, accepted: 0, breaches: 0, changes: 0 };
const examples: string[] = [];

/** A journal with people, details, reminders and a complaint, so that names and ids resolve. */
async function seededJournal(): Promise<string> {
  const { db } = newJournalPath();
  for (const args of [
    ['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--birthday', '1986-03-14', '--tag', 'vip', '--alias', 'Janie'],
    ['contact', 'add', 'Bob Lee', '--birthday', '02-29', '--every', '30d'],
    ['add', 'Jane Doe', '--via', 'call', '--note', 'spring catalog', '--remember', 'husband Tom golfs', '--follow-up', 'in 1 week: send the catalog'],
    ['add', 'Bob Lee', '--note', 'order arrived damaged', '--complaint'],
    ['tag', 'vip', '--every', '14d'],
  ]) {
    const r = await runRel(args, { journalPath: db });
    expect(r.code, r.stderr).toBe(0);
  }
  return db;
}

/** Files in the journal's directory, without SQLite's -wal and -shm (they come and go). */
function journalFiles(db: string): string[] {
  return readdirSync(dirname(db))
    .filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'))
    .sort();
}

/** Runs one input (in `cwd`, with HOME and TMPDIR there too) and records what went wrong, if anything. */
async function tryInput(db: string, args: string[], cwd: string, runner: Runner, counted = true): Promise<{ result: RunResult; breaches: string[]; changed: boolean }> {
  const before = dump(db);
  const files = () => JSON.stringify([journalFiles(db), readdirSync(cwd).sort()]);
  const filesBefore = files();
  const result = await rel(args, db, cwd, runner);
  const breaches = contractBreaches(result);
  // A refused command changes nothing: not the journal, not the files beside it or where rel ran.
  const changed = result.code !== 0 && (JSON.stringify(dump(db)) !== JSON.stringify(before) || files() !== filesBefore);
  if (!counted) return { result, breaches, changed };
  tally.tried += 1;
  if (result.code === 0) tally.accepted += 1;
  else tally.refused += 1;
  if (breaches.length > 0) tally.breaches += 1;
  if (changed) tally.changes += 1;
  if ((breaches.length > 0 || changed) && examples.length < 20) examples.push(`${JSON.stringify(args)} → ${result.code}: ${breaches.join(', ')}${changed ? ' (journal changed)' : ''} ${JSON.stringify(result.stderr.slice(0, 300))}`);
  return { result, breaches, changed };
}

async function holds(db: string, args: string[], cwd: string, runner: Runner = 'in-process'): Promise<void> {
  const { result, breaches, changed } = await tryInput(db, args, cwd, runner);
  expect(breaches, `${JSON.stringify(args)}\n${result.stderr}`).toEqual([]);
  expect(changed, `${JSON.stringify(args)} changed the journal but exited ${result.code}`).toBe(false);
}

const noNul = (s: string) => s.replace(/\0/g, '');

// ----- inputs ---------------------------------------------------------------------------------

const dateWords = fc.constantFrom('next', 'last', 'this', 'in', 'ago', 'on', 'the', 'of', 'friday', 'fri', 'tomorrow', 'yesterday', 'today', 'week', 'weeks', 'month', 'months', 'year', 'years', 'days', 'feb', 'february', '29th', '31st', 'noon', 'midnight', '0', '1', '2', '13', '32', '99', '-1', '1e9', '99999', '2026', '9999', '0000');
const date = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.stringMatching(/^[0-9]{0,5}[-/. :]?[0-9]{0,3}[-/. :]?[0-9]{0,3}$/),
    fc.array(dateWords, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    fc
      .tuple(fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(1e6, 1e9, 2 ** 53, 1e21, 0.5, -0)), fc.constantFrom('day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'minutes'), fc.boolean())
      .map(([n, unit, ago]) => (ago ? `${n} ${unit} ago` : `in ${n} ${unit}`)),
    fc.constantFrom('2026-02-29', '2027-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '0001-01-01', '9999-12-31', '10000-01-01', '02-30', '--02-29', '2026-11', '2026-1', 'in 99999 years', '99999 years ago', 'in 5000 years', 'next 31st', '', ' ', '\t', 'tomorrow: x'),
  )
  .map(noNul);

const dateFlags: Array<(d: string) => string[]> = [
  (d) => ['add', 'Jane Doe', '--note', 'x', '--on', d],
  (d) => ['add', 'Jane Doe', '--note', 'x', '--follow-up', d],
  (d) => ['add', 'Jane Doe', '--note', 'x', '--follow-up', `${d}: call back`],
  (d) => ['add', 'Jane Doe', '--note', 'x', '--remember', 'baby due', '--remember-on', d],
  (d) => ['edit', 'Bob Lee', '--birthday', d],
  (d) => ['edit', 'Bob Lee', '--since', d],
  (d) => ['pause', 'Bob Lee', '--until', d],
  (d) => ['today', '--as-of', d],
  (d) => ['remind', 'Jane Doe', 'call', '--on', d],
  (d) => ['remember', 'Jane Doe', 'anniversary', '--on', d],
  (d) => ['snooze', '1', '--until', d],
  (d) => ['log', '--since', d],
];

const duration = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.stringMatching(/^-?[0-9]{0,6}(\.[0-9])? ?[a-zA-Z]{0,7}$/),
    fc.constantFrom('0d', '-1w', '1.5m', '2 weeks', '1e3d', '99999d', '9999y', '10000d', 'd', 'w2', '', ' ', '∞', '١٢d'),
  )
  .map(noNul);

const durationFlags: Array<(d: string) => string[]> = [
  (d) => ['edit', 'Jane Doe', '--every', d],
  (d) => ['tag', 'vip', '--every', d],
  (d) => ['remind', 'Jane Doe', 'check in', '--on', 'tomorrow', '--every', d],
  (d) => ['config', 'set', 'cadence', d],
  (d) => ['contact', 'add', 'Cadence Person', '--new', '--every', d],
];

const name = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom(
      "Robert'); DROP TABLE contacts;--",
      '" OR 1=1 --',
      "' OR ''='",
      '%',
      '_',
      '*',
      '#',
      '#0',
      '#99999999999999999999',
      '0',
      '-1',
      '',
      ' ',
      '\t',
      'Line\nbreak',
      'Jane\u0000Doe',
      '\u001b[31mred\u001b[0m',
      '\u202eevil',
      'Zoë 👩‍👩‍👧',
      'e\u0301',
      '../../etc/passwd',
      'jane',
      'JANE DOE',
      'Jane Doe ',
    ),
    fc.integer({ min: 300, max: 20_000 }).map((n) => 'x'.repeat(n)),
  )
  .map(noNul);

const nameCommands: Array<(n: string) => string[]> = [
  (n) => ['show', n],
  (n) => ['show', n, '--json'],
  (n) => ['add', n, '--note', 'talked'],
  (n) => ['contact', 'add', n],
  (n) => ['edit', n, '--company', 'Acme'],
  (n) => ['edit', 'Bob Lee', '--alias', n],
  (n) => ['remember', n, 'likes tea'],
  (n) => ['log', n],
  (n) => ['rm', n],
  (n) => ['contact', 'add', 'Referred Person', '--new', '--referred-by', n],
];

const COMMANDS = ['add', 'today', 'show', 'list', 'contact', 'contact add', 'edit', 'tag', 'pause', 'resume', 'remember', 'forget', 'remind', 'done', 'snooze', 'reminders', 'resolve', 'log', 'archive', 'unarchive', 'rm', 'config', 'config set', 'backup', 'doctor', 'frobnicate', 'ad', 'lst', ''];
const token = fc.oneof(
  fc.constantFrom('--on', '--note', '--every', '--json', '--all', '--limit', '--days', '--as-of', '--until', '--tag', '--via', '--sort', '--follow-up', '--remember-on', '-x', '--', '-', '--no-input', '--no-color', '-h', '-V', 'Jane Doe', '1', '#1', 'vip'),
  fc.stringMatching(/^--?[a-z][a-z-]{0,11}(=[a-z0-9]{0,4})?$/).filter((t) => !/^-(y|-yes)$/.test(t) && !t.startsWith('--db')),
  fc.string({ unit: 'binary', maxLength: 10 }).map(noNul),
);
const commandLine = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 5 })).map(([command, rest]) => [...command.split(' ').filter(Boolean), ...rest]);

// ----- properties -----------------------------------------------------------------------------

describe('bad input never ends in a stack trace or a changed journal', () => {
  afterAll(() => {
    const line = `bad input: ${tally.tried} tried (${tally.refused} refused, ${tally.accepted} accepted), ${tally.breaches} stack traces or malformed errors, ${tally.changes} changes`;
    console.log(line);
    if (examples.length > 0) console.log(examples.join('\n'));
    console.log(`${tally.tried} bad inputs tried with no stack trace and no change: ${tally.breaches === 0 && tally.changes === 0 ? 'yes' : 'NO'}`);
    expect(tally.breaches).toBe(0);
    expect(tally.changes).toBe(0);
    cleanupTempDirs();
  });

  it(`date phrases in every date flag (${RUNS + 10} runs)`, async () => {
    const db = await seededJournal();
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: dateFlags.length - 1 }), date, async (i, d) => holds(db, dateFlags[i]!(d), cwd)),
      { numRuns: RUNS + 10 },
    );
  }, TIMEOUT);

  it(`durations in every --every (${RUNS} runs)`, async () => {
    const db = await seededJournal();
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: durationFlags.length - 1 }), duration, async (i, d) => holds(db, durationFlags[i]!(d), cwd)),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`names: unicode, quotes, SQL, empty, very long (${RUNS + 10} runs)`, async () => {
    const db = await seededJournal();
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: nameCommands.length - 1 }), name, async (i, n) => holds(db, nameCommands[i]!(n), cwd)),
      { numRuns: RUNS + 10 },
    );
  }, TIMEOUT);

  it(`unknown commands and flags, missing values (${RUNS + 10} runs)`, async () => {
    const db = await seededJournal();
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(commandLine, async (args) => holds(db, args, cwd)),
      { numRuns: RUNS + 10 },
    );
  }, TIMEOUT);

  it('a sample of each kind, on the binary: one line, no stack, nothing changed', async () => {
    const db = await seededJournal();
    const cwd = tempDir();
    const sample: string[][] = [
      ...['2026-02-30', 'the day after the party', 'in 99999 years', '\u001b[31m', ''].map((d, i) => dateFlags[(i * 5) % dateFlags.length]!(d)),
      ...['0d', '1.5m', '∞'].map((d, i) => durationFlags[i % durationFlags.length]!(d)),
      ...["Robert'); DROP TABLE contacts;--", 'Line\nbreak', '#99999999999999999999', 'x'.repeat(20_000)].map((n, i) => nameCommands[(i * 3) % nameCommands.length]!(n)),
      ['frobnicate', '--json'],
      ['lst'],
      ['today', '--limit'],
      ['show', 'Jane Doe', '--', '-x'],
    ];
    for (const args of sample) await holds(db, args, cwd, 'spawned');
  }, TIMEOUT);

  it('the journals still read after all of it: today, list, show, log, reminders, doctor', async () => {
    const db = await seededJournal();
    const cwd = tempDir();
    // A sample of the accepted extremes, then every reading command.
    for (const args of [
      ['add', 'Jane Doe', '--note', 'far future', '--on', '9999-12-31'],
      ['add', 'Jane Doe', '--note', 'long ago', '--on', '0001-01-01'],
      ['edit', 'Bob Lee', '--every', '9999y', '--since', '0001-01-01'],
      ['remind', 'Bob Lee', 'far away', '--on', '9999-12-30', '--every', '9999y'],
      ['remember', 'Bob Lee', 'month at the end of time', '--on', '9999-12'],
    ]) {
      const { result, breaches } = await tryInput(db, args, cwd, 'in-process', false);
      expect(breaches, result.stderr).toEqual([]);
    }
    for (const args of [['today', '--all'], ['today', '--as-of', '9999-12-31', '--all'], ['today', '--json'], ['list'], ['list', '--sort', 'next'], ['show', 'Jane Doe'], ['show', 'Bob Lee', '--json'], ['log'], ['reminders', '--all'], ['doctor']]) {
      const { result, breaches } = await tryInput(db, args, cwd, 'spawned', false);
      expect(breaches, `${args.join(' ')}: ${result.stderr}`).toEqual([]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
  }, TIMEOUT);
});

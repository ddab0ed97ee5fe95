// The exit-code rule of SPEC §6, run over a corpus of bad command lines against the built bin/rel:
// 2 when the command line itself is wrong (an unknown command or flag, a missing argument, a value
// that does not parse or does not fit the field), 1 when it is fine but the journal disagrees
// (nobody of that name, an ambiguous name, a duplicate, a file that is not there). Every failure is
// one `rel: ` line on stderr, nothing on stdout, and the journal exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFailure } from '../harness/failures.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { spawnRel, type RunResult } from '../harness/spawned.js';

/** bin/rel on the seeded journal (stdin a pipe, never a terminal): the corpus runs a few at a time. */
function relAsync(args: readonly string[]): Promise<RunResult> {
  return spawnRel([...args], { db: journal.db });
}

type Case = readonly [args: readonly string[], code: 1 | 2];

/** Wrong on the command line: exit 2. */
const USAGE: readonly (readonly string[])[] = [
  // unknown commands and flags, missing arguments
  ['frobnicate'],
  ['lst'],
  ['--frobnicate'],
  ['contact', 'frob'],
  ['show'],
  ['show', 'Bob Lee', '--frobnicate'],
  ['contact', 'add'],
  ['resume'],
  ['remember', 'Bob Lee'],
  ['done'],
  ['archive'],
  ['unarchive'],
  ['rm'],
  ['import'],
  ['search'],
  ['export'],
  ['completion'],
  ['config', 'set', 'limit'],
  ['config', '--frob'],
  ['reminders', '--soon'],
  ['stats', '--weeks', '4'],
  ['doctor', '--fix'],
  ['add', 'Jane Doe', '--note'],
  // add: dates, channels, follow-ups, tags, missing pieces
  ['add', 'Jane Doe', '--note', 'x', '--on', '2026-02-30'],
  ['add', 'Jane Doe', '--note', 'x', '--on', 'someday'],
  ['add', 'Jane Doe', '--note', 'x', '--on', '2026-11'],
  ['add', 'Jane Doe', '--note', 'x', '--via', 'carrier-pigeon'],
  ['add', 'Jane Doe', '--note', 'x', '--follow-up', 'whenever: call'],
  ['add', 'Jane Doe', '--note', 'x', '--follow-up', ': call'],
  ['add', 'Jane Doe', '--note', 'x', '--remember', 'a', '--remember-on', '2027-13'],
  ['add', 'Jane Doe', '--note', 'x', '--remember-on', '2027-03'],
  ['add', 'Jane Doe', '--note', 'x', '--tag', 'vip; gold'],
  ['add', 'Jane Doe'],
  ['add', '--note', 'x'],
  // today and list: numbers, dates, choices, tags
  ['today', '--days', 'x'],
  ['today', '--days', '400'],
  ['today', '--limit', '0'],
  ['today', '--as-of', 'someday'],
  ['today', '--review'], // stdin is a pipe: the review needs a terminal
  ['list', '--sort', 'age'],
  ['list', '--tag', 'vip;gold'],
  // contact add and edit: emails, dates, durations, names
  ['contact', 'add', 'Carol King', '--email', 'not-an-email'],
  ['contact', 'add', 'Carol King', '--birthday', 'next friday'],
  ['contact', 'add', 'Carol King', '--birthday', '02-30'],
  ['contact', 'add', 'Carol King', '--every', 'often'],
  ['contact', 'add', 'Carol King', '--since', '2026-11'],
  ['contact', 'add', '   '],
  ['edit', 'Bob Lee'],
  ['edit', 'Bob Lee', '--every', '0d'],
  ['edit', 'Bob Lee', '--email', 'bob@'],
  // config set: keys and values
  ['config', 'set', 'colour', 'blue'],
  ['config', 'set', 'days', '400'],
  ['config', 'set', 'cadence', 'soon'],
  ['config', 'set', 'limit', 'many'],
  // tag
  ['tag', 'vip', '--every', 'often'],
  ['tag', 'a, b', '--every', '2w'],
  ['tag', '--every', '2w'],
  ['tag', 'vip', '--every', '2w', '--clear'],
  // pause, remember, forget, remind, done, snooze, resolve: dates, durations, ids
  ['pause', 'Bob Lee'],
  ['pause', 'Bob Lee', '--until', '2020-01-01'],
  ['pause', 'Bob Lee', '--until', 'someday'],
  ['remember', 'Bob Lee', 'x', '--on', 'soon'],
  ['remember', 'Bob Lee', 'x', '--on', '2027-03', '--yearly'],
  ['remember', 'Bob Lee', 'x', '--yearly'],
  ['forget', 'abc'],
  ['remind', 'Bob Lee', 'call', '--on', 'never'],
  ['remind', 'Bob Lee', 'call'],
  ['remind', 'Bob Lee', 'call', '--on', 'tomorrow', '--every', '0d'],
  ['done', 'x1'],
  ['snooze', '1', '--until', 'yesterday'],
  ['snooze', '1'],
  ['snooze', 'one', '--until', 'friday'],
  ['resolve', 'first'],
  // conversation, detail, reminder: correcting records by id (ids, no flag, values that do not parse or fit)
  ['conversation', 'edit'],
  ['conversation', 'edit', 'first', '--note', 'x'],
  ['conversation', 'edit', '1'],
  ['conversation', 'edit', '1', '--on', 'tomorrow'],
  ['conversation', 'edit', '1', '--on', 'someday'],
  ['conversation', 'edit', '1', '--via', 'carrier-pigeon'],
  ['conversation', 'edit', '1', '--frob'],
  ['conversation', 'rm', '#x'],
  ['detail', 'edit', '1'],
  ['detail', 'edit', '-1', '--text', 'x'],
  ['detail', 'edit', '1', '--text', '  '],
  ['detail', 'edit', '1', '--on', '2027-13'],
  ['detail', 'edit', '1', '--on', '2027-03', '--no-date'],
  ['detail', 'edit', '1', '--no-date', '--yearly'],
  ['detail', 'rm'],
  ['reminder', 'edit', '1'],
  ['reminder', 'edit', '1', '--on', 'never'],
  ['reminder', 'edit', '1', '--every', '0d'],
  ['reminder', 'rm', '1.5'],
  ['reminder', 'reopen', 'one'],
  ['reminder', 'snooze', '1'],
  // log, rm
  ['log', '--since', 'whenever'],
  ['log', '--limit', 'ten'],
  ['log', '--limit', '0'],
  ['rm', 'Bob Lee'],
  // export and import: subjects, formats, filters
  ['export', 'people'],
  ['export', 'contacts', '--format', 'xml'],
  ['export', 'dates', '--format', 'csv'],
  ['export', 'all', '--since', '2026-01-01'],
  ['export', 'contacts', '--since', 'someday'],
  ['export', 'contacts', '--tag', '=vip'],
  ['import', 'contacts.csv', '--format', 'xml'],
  // search, backup, completion
  ['search', 'golf OR'],
  ['search', '(golf'],
  ['search', 'golf', '--limit', '0'],
  ['backup', ''],
  ['completion', 'tcsh'],
  ['__complete', 'emails'],
];

/** Fine on the command line, refused by the journal or the world: exit 1. */
const REFUSED: readonly (readonly string[])[] = [
  ['show', 'nobody'],
  ['show', 'jane'],
  ['add', 'jane', '--note', 'x'],
  ['add', '#99', '--note', 'x'],
  ['contact', 'add', 'Carol King', '--referred-by', 'nobody'],
  ['contact', 'add', 'Bob Lee'],
  ['edit', 'nobody', '--company', 'x'],
  ['edit', 'Bob Lee', '--name', 'Jane Doe'],
  ['pause', 'nobody', '--until', '2027-01-01'],
  ['resume', 'nobody'],
  ['remember', 'nobody', 'golf'],
  ['forget', '99'],
  ['remind', 'nobody', 'call', '--on', 'tomorrow'],
  ['done', '99'],
  ['snooze', '99', '--until', 'friday'],
  ['reminders', 'nobody'],
  ['resolve', '99'],
  ['resolve', '1'],
  ['log', 'nobody'],
  ['conversation', 'edit', '99', '--note', 'x'],
  ['conversation', 'edit', '1', '--note', 'lunch'],
  ['conversation', 'edit', '1', '--person', 'nobody'],
  ['conversation', 'edit', '1', '--person', 'jane'],
  ['conversation', 'rm', '99'],
  ['detail', 'edit', '99', '--text', 'x'],
  ['detail', 'edit', '1', '--text', 'loves golf'],
  ['detail', 'edit', '1', '--no-date'],
  ['detail', 'edit', '1', '--yearly'], // detail #1 has no date: the journal's to know
  ['detail', 'rm', '99'],
  ['reminder', 'edit', '99', '--text', 'x'],
  ['reminder', 'edit', '1', '--text', 'send the catalog'],
  ['reminder', 'edit', '1', '--no-every'],
  ['reminder', 'rm', '99'],
  ['reminder', 'reopen', '1'],
  ['reminder', 'reopen', '99'],
  ['edit', 'Bob Lee', '--untag', 'nosuchtag'],
  ['edit', 'Bob Lee', '--remove-email', 'nobody@x.com'],
  ['edit', 'Bob Lee', '--remove-phone', '555-0199'],
  ['edit', 'Bob Lee', '--remove-alias', 'Bobby'],
  ['edit', 'Bob Lee', '--birthday', '02-29'],
  ['edit', 'Jane Doe', '--tag', 'vip', '--email', 'jane@example.com'],
  ['archive', 'nobody'],
  ['unarchive', 'jane'],
  ['rm', 'nobody', '--yes'],
  ['import', 'no-such-file.csv'],
  ['backup', '/no/such/dir/rel.db'],
];

const CASES: Case[] = [...USAGE.map((args): Case => [args, 2]), ...REFUSED.map((args): Case => [args, 1])];

let journal: TestJournal;
let before: string;

// The journal is set up in-process (milliseconds); the corpus runs on the binary.
beforeAll(async () => {
  journal = makeJournal();
  for (const args of [
    ['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--tag', 'vip'],
    ['contact', 'add', 'Jane Smith'],
    ['contact', 'add', 'Bob Lee', '--birthday', '02-29'],
    ['add', 'Bob Lee', '--note', 'lunch'], // conversation #1, not a complaint
    ['add', 'Jane Doe', '--note', 'late order', '--complaint'],
    ['remember', 'Bob Lee', 'loves golf'],
    ['remind', 'Bob Lee', 'send the catalog', '--on', 'next friday'],
  ]) {
    await journal.ok(args);
  }
  before = journal.dump();
}, 60_000);

describe('bad command lines', () => {
  it('the corpus covers at least 60 command lines and every command', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const commands = new Set(CASES.map(([args]) => args[0]));
    for (const verb of ['add', 'today', 'show', 'list', 'contact', 'edit', 'config', 'tag', 'pause', 'resume', 'remember', 'forget', 'remind', 'done', 'snooze', 'reminders', 'resolve', 'log', 'archive', 'unarchive', 'rm', 'export', 'import', 'search', 'stats', 'backup', 'doctor', 'completion', 'conversation', 'detail', 'reminder']) {
      expect(commands, verb).toContain(verb);
    }
  });

  // Failed commands write nothing, so they can share the journal and run side by side.
  it.concurrent.each(CASES)('rel %j exits %i with one line and changes nothing', async (args, code) => {
    expectFailure(await relAsync(args), code);
    expect(journal.dump()).toBe(before);
  });

  // Not one line: the help is what tells how to go on. Only the process shows which stream it is on.
  it.concurrent.each([[['contact']], [['reminder']], [[]]])('rel %j without its command: the help on stderr, nothing on stdout, exit 2', async (args) => {
    const result = await relAsync(args);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^Usage: rel /);
    expect(result.stderr).toContain('\nExamples:\n');
  });

  it('rel backup onto the journal itself is a usage error', async () => {
    expectFailure(await relAsync(['backup', journal.db, '--force']), 2);
    expect(journal.dump()).toBe(before);
  });
});

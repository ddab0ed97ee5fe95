// End-to-end: `rel today`'s options, its empty states, colour, the local day (TZ) and bad input.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { makeJournal, type TestJournal as TodayJournal } from '../harness/journal.js';
import { readTodayText, type TodayJson } from '../harness/outputs.js';
import { BIN } from '../harness/paths.js';

/** In-process unless the test needs what only a process has: the environment, a terminal. */
const journal = (now = '2026-11-23', spawned = false): TodayJournal => makeJournal({ now, spawned });

// eslint-disable-next-line no-control-regex -- the escape that starts a colour is what it looks for
const ANSI = /\u001b\[/;
const names = (stdout: string) => readTodayText(stdout).map((p) => p.name);

/** Every file under the journal's directory (its backups too) and a hash of its bytes: equal before and after means nothing was written. */
function snapshot(j: TodayJournal): Record<string, string> {
  const files = readdirSync(j.dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(j.dir, f)).isFile());
  return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(join(j.dir, f))).digest('hex')]));
}

describe.concurrent('rel today: --days, --limit, --all', () => {
  let j: TodayJournal;
  beforeAll(async () => {
    j = journal('2026-10-01');
    for (const [name, every] of [['Ann Alder', '1w'], ['Ben Birch', '2w'], ['Cy Cedar', '30d'], ['Dot Elm', '5w']]) {
      await j.ok(['contact', 'add', name as string, '--every', every as string]);
    }
    await j.ok(['contact', 'add', 'Zed Yew', '--birthday', '12-21']);
  });

  it('--days sets how far ahead dates come up (default 14)', async ({ expect }) => {
    const [byDefault, days19, days20] = await Promise.all([
      j.ok(['today', '--as-of', '2026-12-01', '--all', '--json']),
      j.ok(['today', '--as-of', '2026-12-01', '--all', '--days', '19']),
      j.ok(['today', '--as-of', '2026-12-01', '--all', '--days', '20', '--json']),
    ]);
    const json14 = JSON.parse(byDefault) as TodayJson;
    const json20 = JSON.parse(days20) as TodayJson;
    expect(json14.map((r) => r.person.name)).not.toContain('Zed Yew');
    expect(names(days19)).not.toContain('Zed Yew');
    expect(json20.at(-1)).toMatchObject({ person: { name: 'Zed Yew' }, reasons: [{ tier: 'upcoming', date: '2026-12-21', days: 20, text: 'birthday in 20 days' }] });
  });

  it('--limit shows the first N and says how many more; --all shows everyone', async ({ expect }) => {
    const [limited, all, limitedJson] = await Promise.all([
      j.ok(['today', '--as-of', '2026-12-01', '--limit', '2']),
      j.ok(['today', '--as-of', '2026-12-01', '--all']),
      j.ok(['today', '--as-of', '2026-12-01', '--limit', '2', '--json']),
    ]);
    // Worst first relative to the cadence: 61 days on 1w, on 2w, on 30d, on 5w.
    expect(names(all)).toEqual(['Ann Alder', 'Ben Birch', 'Cy Cedar', 'Dot Elm']);
    expect(all).not.toContain('more');
    expect(names(limited)).toEqual(['Ann Alder', 'Ben Birch']);
    expect(limited).toMatch(/^Tuesday 1 December 2026 — 4 people to reach out to\n/);
    expect(limited).toMatch(/\n\n… and 2 more: rel today --as-of 2026-12-01 --limit 4\n$/);
    // A listing is a top-level array: how many more there are is the human list's to say.
    expect((JSON.parse(limitedJson) as TodayJson).map((r) => r.person.name)).toEqual(['Ann Alder', 'Ben Birch']);
  });

  it('"… and N more" names a command that lists those N, though --all would list someone talked to today too', async ({ expect }) => {
    const k = journal('2026-12-01');
    for (const [name, every] of [['Ann Alder', '1w'], ['Ben Birch', '2w'], ['Cy Cedar', '30d'], ['Dot Elm', '5w']]) {
      await k.ok(['contact', 'add', name as string, '--every', every as string]);
      await k.ok(['add', name as string, '--on', '2026-09-01', '--note', 'order']);
    }
    await k.ok(['edit', 'Ann Alder', '--birthday', '12-02']);
    await k.ok(['add', 'Ann Alder', '--note', 'called']);
    const limited = await k.ok(['today', '--limit', '2']);
    expect(limited).toMatch(/^Tuesday 1 December 2026 — 3 people to reach out to\n/);
    expect(limited).toMatch(/\n\n… and 1 more: rel today --limit 3\n$/);
    expect(names(await k.ok(['today', '--limit', '3']))).toEqual(['Ben Birch', 'Cy Cedar', 'Dot Elm']);
    expect(names(await k.ok(['today', '--all']))).toEqual(['Ben Birch', 'Cy Cedar', 'Dot Elm', 'Ann Alder']);
  });

  it('rel config set limit and days change the defaults', async ({ expect }) => {
    const k = journal('2026-10-01');
    for (const name of ['Ann Alder', 'Ben Birch', 'Cy Cedar']) await k.ok(['contact', 'add', name, '--every', '1w']);
    await k.ok(['contact', 'add', 'Zed Yew', '--birthday', '12-21']);
    await k.ok(['config', 'set', 'limit', '2']);
    await k.ok(['config', 'set', 'days', '20']);
    const stdout = await k.ok(['today', '--as-of', '2026-12-01']);
    expect(names(stdout)).toEqual(['Ann Alder', 'Ben Birch']);
    expect(stdout).toContain('… and 2 more');
    const everyone = JSON.parse(await k.ok(['today', '--as-of', '2026-12-01', '--all', '--json'])) as TodayJson;
    expect(everyone.map((r) => r.person.name)).toEqual(['Ann Alder', 'Ben Birch', 'Cy Cedar', 'Zed Yew']); // Zed's birthday is 20 days off
  });
});

describe.concurrent('rel today: empty states, colour, the local day', () => {
  it('an empty journal says how to add the first person, and exits 0', async ({ expect }) => {
    const j = journal();
    const result = await j.rel(['today']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Your journal is empty\. .*\n +rel add "[^"]+" /);
    expect(JSON.parse(await j.ok(['today', '--json']))).toEqual([]);
  });

  it('a day with no one to reach out to says so, and exits 0', async ({ expect }) => {
    const j = journal('2026-11-20');
    await j.ok(['add', 'Sue Quiet', '--note', 'lunch']);
    const [plain, narrow, none] = await Promise.all([
      j.rel(['today', '--as-of', '2026-11-23']),
      j.rel(['today', '--as-of', '2026-11-23', '--days', '3']),
      j.rel(['today', '--as-of', '2026-11-23', '--days', '0']),
    ]);
    expect(plain).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Monday 23 November 2026\nNo one needs you today, and nothing comes up in the next 14 days. A good day to call someone you like.\n',
    });
    expect(narrow.stdout).toContain('nothing comes up in the next 3 days');
    // A window of no days ahead: today alone, as rel config set days 0 keeps it.
    expect(none.stdout).toBe('Monday 23 November 2026\nNo one needs you today. A good day to call someone you like.\n');
    await j.ok(['config', 'set', 'days', '0']);
    expect(await j.ok(['today', '--as-of', '2026-11-23'])).toBe(none.stdout);
  });

  it('an empty day with a snoozed follow-up coming back in the window says so, not that nothing comes up', async ({ expect }) => {
    const j = journal('2026-11-20');
    await j.ok(['add', 'Sue Quiet', '--note', 'lunch']);
    await j.ok(['remind', 'sue', 'send the quote', '--on', '2026-11-21']);
    await j.ok(['snooze', '1', '--until', '2026-11-30']);
    expect(await j.ok(['today', '--as-of', '2026-11-23'])).toBe('Monday 23 November 2026\nNo one needs you today. 1 snoozed follow-up comes back in the next 14 days (rel reminders lists it).\n');
    // Beyond the window it is not said to come; on its day it is on the list.
    expect(await j.ok(['today', '--as-of', '2026-11-23', '--days', '3'])).toContain('nothing comes up in the next 3 days');
    expect(await j.ok(['today', '--as-of', '2026-11-30'])).toContain('send the quote');
    expect(await j.ok(['today', '--as-of', '2026-11-30', '--days', '0'])).toContain('send the quote');
    expect(await j.ok(['today', '--as-of', '2026-11-29', '--days', '1'])).toContain('1 snoozed follow-up comes back in the next 1 day');
  });

  it('prints no colour when piped or with NO_COLOR, and colour on a terminal', async ({ expect }) => {
    const j = journal('2026-11-20', true);
    await j.ok(['contact', 'add', 'Bea Lund', '--birthday', '1986-11-24']);
    await j.ok(['remind', 'Bea', 'send the catalog', '--on', '2026-11-21']);
    const args = ['today', '--as-of', '2026-11-23'];
    const piped = await Promise.all([j.rel(args), j.rel(args, { env: { NO_COLOR: undefined } }), j.rel([...args, '--no-color'], { env: { NO_COLOR: undefined } })]);
    for (const result of piped) {
      expect(result.stdout).toContain('turns 40 tomorrow');
      expect(result.stdout).not.toMatch(ANSI);
    }
    const [terminal, terminalNoColor] = await Promise.all([onTerminal(j, args, {}), onTerminal(j, args, { NO_COLOR: '1' })]);
    expect(terminal).toContain('turns 40 tomorrow');
    expect(terminal).toMatch(ANSI);
    expect(terminalNoColor).toContain('turns 40 tomorrow');
    expect(terminalNoColor).not.toMatch(ANSI);
  });

  it('"today" is the local calendar day: TZ decides whether a birthday is today or tomorrow', async ({ expect }) => {
    const j = journal('2026-11-01');
    await j.ok(['contact', 'add', 'Kai Reef', '--birthday', '11-24']);
    const now = '2026-11-23T23:30:00Z';
    const [kiritimati, losAngeles] = await Promise.all([
      j.rel(['today', '--json'], { now, tz: 'Pacific/Kiritimati' }),
      j.rel(['today'], { now, tz: 'America/Los_Angeles' }),
    ]);
    expect(JSON.parse(kiritimati.stdout)).toMatchObject([{ person: { name: 'Kai Reef' }, reasons: [{ tier: 'date-today', date: '2026-11-24', text: 'birthday today' }] }]);
    expect(losAngeles.stdout).toBe('Monday 23 November 2026 — 1 person to reach out to\n\nKai Reef #1\n  • birthday tomorrow\n');
  });

  it('rel today --help explains each option and its default', async ({ expect }) => {
    const result = await journal().rel(['today', '--help']);
    expect(result.code).toBe(0);
    for (const text of ['--days <n>', 'default 14', '--limit <n>', 'default 10', '--all', '--as-of <date>', '--json', 'Examples:']) expect(result.stdout).toContain(text);
  });
});

// One after another: they share a journal whose bytes must not change.
describe('rel today: bad input', () => {
  let existing: TodayJournal;
  beforeAll(async () => {
    existing = journal('2026-11-20');
    await existing.ok(['add', 'Ann Alder', '--note', 'lunch', '--follow-up', '2026-11-21: call']);
  });

  const cases: Array<[string[], number, RegExp]> = [
    [['--as-of', '2026-02-30'], 2, /^rel: --as-of: "2026-02-30" is not a real calendar day; use YYYY-MM-DD/],
    [['--as-of', 'someday'], 2, /^rel: --as-of: "someday" is not a date; use YYYY-MM-DD/],
    [['--days', 'x'], 2, /^rel: --days must be a whole number, got "x"/],
    [['--days', '400'], 2, /^rel: --days goes up to 366/],
    [['--days', '-1'], 2, /^rel: --days must be at least 0$/m],
    [['--days', '99999999999'], 2, /^rel: --days goes up to 366$/m],
    [['--limit', '-1'], 2, /^rel: --limit must be at least 1; --all shows everyone$/m],
    [['--limit', '0'], 2, /^rel: --limit must be at least 1; --all shows everyone$/m],
    [['--limit', '99999999999999999999'], 2, /^rel: --limit goes up to 999999999; --all shows everyone$/m],
    [['--limit', '1.5'], 2, /^rel: --limit must be a whole number, got "1.5"$/m],
    [['--bogus'], 2, /^rel: unknown option '--bogus'/],
  ];
  for (const [flags, code, message] of cases) {
    it(`rel today ${flags.join(' ')} exits ${code} with one line and writes nothing`, async ({ expect }) => {
      const fresh = journal();
      const before = snapshot(existing);
      const [onFresh, onExisting] = await Promise.all([fresh.rel(['today', ...flags]), existing.rel(['today', ...flags])]);
      for (const result of [onFresh, onExisting]) {
        expect(result.code).toBe(code);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
        expect(result.stderr.split('\n')).toHaveLength(2); // one line and its newline
      }
      expect(existsSync(fresh.db)).toBe(false);
      expect(snapshot(existing)).toEqual(before);
    });
  }

  it('a REL_NOW that is not a date is one line and exit 1', async ({ expect }) => {
    const result = await journal('2026-11-23', true).rel(['today'], { now: 'yesterday-ish' });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^rel: REL_NOW="yesterday-ish" is not a date; use YYYY-MM-DD or an ISO instant, or unset it\n$/);
  });

  it('rel config set refuses unknown keys and invalid values with one line, exit 2, and keeps the settings', async ({ expect }) => {
    const j = journal();
    const results = await Promise.all(
      [['colour', 'blue'], ['cadence', 'soon'], ['cadence', '0d'], ['days', 'x'], ['days', '-1'], ['days', '400'], ['limit', '0'], ['limit', '-3'], ['backups', '0'], ['backups', 'all']].map((kv) =>
        j.rel(['config', 'set', ...kv]),
      ),
    );
    const lines = results.map((r) => {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
      return r.stderr.trimEnd();
    });
    expect(lines).toEqual([
      "rel: command-argument value 'colour' is invalid for argument 'key'. Allowed choices are cadence, days, limit, backups. (see rel config set --help)",
      'rel: cadence: "soon" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly',
      'rel: cadence: "0d" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly',
      'rel: days must be a whole number from 0 to 366, got "x"',
      'rel: days must be a whole number from 0 to 366, got "-1"',
      'rel: days must be a whole number from 0 to 366, got "400"',
      'rel: limit must be a whole number, 1 or more, got "0"',
      'rel: limit must be a whole number, 1 or more, got "-3"',
      'rel: backups must be a whole number, 1 or more, got "0"',
      'rel: backups must be a whole number, 1 or more, got "all"',
    ]);
    expect(JSON.parse(await j.ok(['config', '--json']))).toEqual({ cadence: '90d', days: '14', limit: '10', backups: '7' });
  });

  it('rel config set and rel tag TAG --every refuse --json (it shows, it changes nothing) and change nothing', async ({ expect }) => {
    const j = journal();
    for (const args of [['config', 'set', 'cadence', '30d', '--json'], ['config', '--json', 'set', 'cadence', '30d'], ['tag', 'vip', '--every', '14d', '--json']]) {
      const r = await j.rel(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^rel: --json shows (the settings|tags), it changes none: rel (config|tag vip) --json/);
    }
    expect(JSON.parse(await j.ok(['config', '--json']))).toEqual({ cadence: '90d', days: '14', limit: '10', backups: '7' });
    expect(JSON.parse(await j.ok(['tag', 'vip', '--json']))).toEqual({ tag: 'vip', cadence: null, peopleCount: 0, archivedCount: 0 });
  });
});

/** Runs rel on a pseudo-terminal (stdin and stdout are TTYs) and returns what it printed. */
async function onTerminal(j: TodayJournal, args: string[], env: Record<string, string>): Promise<string> {
  const pty = await import('node-pty');
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'REL_NOW', 'REL_DB', 'TZ'].includes(key)) childEnv[key] = value;
  Object.assign(childEnv, { REL_DB: j.db, REL_NOW: '2026-11-23', TZ: 'UTC', TERM: 'xterm-256color' }, env);
  return new Promise((resolve) => {
    let output = '';
    const child = pty.spawn(process.execPath, [BIN, ...args], { env: childEnv, cols: 120, rows: 40 });
    child.onData((data) => (output += data));
    // node-pty can report the exit before the last output is read: give the pipe a moment to drain.
    child.onExit(() => setTimeout(() => resolve(output), 100));
  });
}

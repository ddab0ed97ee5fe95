// archive, unarchive and rm; where the journal lives; what rel does with a journal it cannot read;
// the pinned clock; and errors from the command line itself.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli.js';
import { groupsElsewhere, otherToolsFlags, otherToolsWords, relsWordFor } from '../../src/cliWords.js';
import { expectFailure, expectRefused } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { journalFrom, makeJournal } from '../harness/journal.js';
import { dumpText as dump } from '../harness/journalDump.js';
import { REPO } from '../harness/paths.js';
import { spawnRel } from '../harness/spawned.js';
import { tempDir } from '../harness/tempFiles.js';

const janeAndBob = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'secret plans', '--remember', 'loves golf', '--follow-up', 'tomorrow: call back', '--complaint', '--tag', 'vip']);
  await j.ok(['edit', 'jane', '--email', 'jane@doe.com', '--phone', '555 0100', '--alias', 'JD']);
  await j.ok(['remember', 'jane', 'anniversary', '--on', '06-12', '--yearly']);
  await j.ok(['contact', 'add', 'Bob Lee', '--referred-by', 'jane', '--email', 'bob@lee.com']);
});

describe('rel archive / unarchive', () => {
  it('hides someone from list and reminders, keeps the card, and brings them back', async () => {
    const j = await janeAndBob();
    expect(await j.rel(['archive', 'jane'])).toEqual({ code: 0, stdout: 'archived Jane Doe (rel unarchive "Jane Doe" brings them back)\n', stderr: '' });
    expect((await j.json<Array<{ name: string }>>(['list', '--json'])).map((c) => c.name)).toEqual(['Bob Lee']);
    expect(await j.ok(['list', '--archived'])).toBe('#1  Jane Doe  last 2026-11-23  next 2027-02-21  (archived) #vip\n');
    expect((await j.json(['list', '--archived', '--json']))[0]).toMatchObject({ id: 1, archived: true });
    expect(await j.ok(['show', 'jane'])).toMatch(/^Jane Doe #1 \(archived\)\n/);
    expect(await j.json(['reminders', '--json'])).toEqual([]);
    // Their own card and reminders still have everything: archiving hides, it does not lose.
    expect((await j.json(['show', 'jane', '--json'])).reminders).toMatchObject([{ id: 1, text: 'call back', dueOn: '2026-11-24' }]);
    expect(await j.ok(['show', 'jane'])).toContain('Follow-ups\n  2026-11-24: call back [reminder 1]\n');
    expect(await j.json(['reminders', 'jane', '--json'])).toHaveLength(1);

    // A second archive changes nothing, and says so as every such write does: exit 1, nothing written.
    expect(await expectRefused(j, ['archive', 'jane'], 1)).toBe('rel: Jane Doe is already archived; nothing changed (rel unarchive "Jane Doe" brings them back)');

    expect(await j.rel(['unarchive', 'jane'])).toEqual({ code: 0, stdout: 'unarchived Jane Doe\n', stderr: '' });
    expect((await j.json<Array<{ name: string }>>(['list', '--json'])).map((c) => c.name)).toEqual(['Bob Lee', 'Jane Doe']);
    expect(await j.json(['reminders', '--json'])).toHaveLength(1);
    expect(await expectRefused(j, ['unarchive', 'jane'], 1)).toBe('rel: Jane Doe is already active; nothing changed (rel archive "Jane Doe" hides them)');
  });

  it('refuses an unknown or ambiguous person, writing nothing', async () => {
    const j = await janeAndBob();
    expect(await expectRefused(j, ['archive', 'nobody'], 1)).toBe('rel: no contact matches "nobody"; see rel list');
    expect(await expectRefused(j, ['archive', 'e'], 1)).toBe('rel: "e" matches 2 people: Jane Doe (#1), Bob Lee (#2); use the #id or more of the name');
    await j.ok(['archive', 'bob']);
    expect(await expectRefused(j, ['unarchive', 'Bbo'], 1)).toBe('rel: no contact matches "Bbo"; did you mean Bob Lee (#2)?');
  });
});

describe('rel pause / resume', () => {
  it('a pause to the day it already ends, or a resume of someone not paused, changes nothing and says so', async () => {
    const j = await janeAndBob();
    expect(await j.ok(['pause', 'jane', '--until', '2027-01-15'])).toBe('paused Jane Doe until 2027-01-15: no drifting reminders till then\n');
    expect(await expectRefused(j, ['pause', 'jane', '--until', '2027-01-15'], 1)).toBe('rel: Jane Doe is already paused until 2027-01-15; nothing changed (rel resume "Jane Doe" ends the pause)');
    expect(await j.ok(['pause', 'jane', '--until', '2027-02-01'])).toBe('paused Jane Doe until 2027-02-01: no drifting reminders till then\n');
    expect(await expectRefused(j, ['resume', 'bob'], 1)).toBe('rel: Bob Lee is not paused; nothing changed');
    // A pause over by now is no pause: rel says when it ended.
    expect(await expectRefused(j, ['resume', 'jane'], 1, { now: '2027-02-02' })).toBe('rel: Jane Doe is not paused (the pause ended 2027-02-01); nothing changed');
    expect(await j.ok(['resume', 'jane'])).toBe('resumed Jane Doe\n');
  });

  it('the card says "paused until" while the pause lasts, and not once it is over', async () => {
    const j = await janeAndBob();
    await j.ok(['pause', 'jane', '--until', '2027-01-15']);
    expect(await j.ok(['show', 'jane'])).toContain('paused until: 2027-01-15');
    const after = await j.ok(['show', 'jane'], { now: '2027-01-16' });
    expect(after).not.toContain('paused until');
    expect(after).not.toMatch(/rhythm: paused/);
  });
});

describe('writes that would change nothing', () => {
  it('a snooze to the day it is snoozed to, a tag cadence or a setting set to what it is: exit 1, no change to undo', async () => {
    const j = await janeAndBob();
    const id = /^reminder (\d+)/.exec(await j.ok(['remind', 'jane', 'weekly call', '--on', '2026-11-25', '--every', '1w']))![1]!;
    expect(await j.ok(['snooze', id, '--until', '2026-12-14'])).toBe('snoozed until 2026-12-14: weekly call — Jane Doe\n');
    expect(await expectRefused(j, ['snooze', id, '--until', '2026-12-14'], 1)).toBe(`rel: reminder #${id} is snoozed until 2026-12-14 already; nothing changed`);
    await j.ok(['tag', 'vip', '--every', '14d']);
    expect(await expectRefused(j, ['tag', 'vip', '--every', '14d'], 1)).toBe('rel: everyone tagged vip is kept in touch every 14d already; nothing changed');
    // The default is the setting until another is set.
    expect(await expectRefused(j, ['config', 'set', 'days', '14'], 1)).toBe('rel: days is 14 already; nothing changed');
    await j.ok(['config', 'set', 'days', '21']);
    expect(await expectRefused(j, ['config', 'set', 'days', '21'], 1)).toBe('rel: days is 21 already; nothing changed');
    expect((await j.json<Array<{ description: string }>>(['undo', '--list', '--json'])).map((c) => c.description).slice(0, 3)).toEqual(['set days to 21', 'set the cadence of tag vip to every 14d', `snooze follow-up #${id} for Jane Doe (#1) until 2026-12-14: weekly call`]);
  });
});

describe('rel rm', () => {
  it('without --yes and without a terminal is a usage error and deletes nothing', async () => {
    const j = await janeAndBob();
    const line = await expectRefused(j, ['rm', 'jane'], 2);
    expect(line).toBe('rel: deleting Jane Doe (#1) removes all their conversations, details and reminders; add --yes to confirm (or rel archive to hide them)');
  });

  it('with --yes deletes the person and everything about them, and nothing else', async () => {
    const j = await janeAndBob();
    const before = j.dump();
    expect(before).toMatch(/secret plans/);
    expect(await j.rel(['rm', 'jane', '--yes'])).toEqual({ code: 0, stdout: 'deleted Jane Doe (#1) and everything about them\n', stderr: '' });
    // What rel undo needs to bring her back lives on in the undo history (SPEC §5), and only there.
    const after = j.dump().replace(/## undo_(changes|log)\n[\s\S]*?(?=\n## |$)/g, ''); // the changes' words and their logs
    for (const trace of [/jane/i, /secret plans/, /loves golf/, /call back/, /anniversary/, /555 0100/, /"JD"/, /vip/]) expect(after).not.toMatch(trace);
    const db = new Database(j.db, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'undo_log'").pluck().all() as string[];
      for (const table of tables) {
        const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
        for (const column of columns.filter((c) => c === 'contact_id' || c === 'referred_by' || (table === 'contacts' && c === 'id'))) {
          expect(db.prepare(`SELECT count(*) FROM "${table}" WHERE "${column}" = 1`).pluck().get(), `${table}.${column}`).toBe(0);
        }
      }
      expect(db.prepare('SELECT name, referred_by FROM contacts').all()).toEqual([{ name: 'Bob Lee', referred_by: null }]);
      expect(db.prepare('SELECT email FROM contact_emails').pluck().all()).toEqual(['bob@lee.com']);
    } finally {
      db.close();
    }
  });

  it('-y works too, and an unknown person is refused', async () => {
    const j = await janeAndBob();
    expect(await expectRefused(j, ['rm', 'nobody', '--yes'], 1)).toBe('rel: no contact matches "nobody"; see rel list');
    expect(await j.ok(['rm', 'bob', '-y'])).toBe('deleted Bob Lee (#2) and everything about them\n');
    expect((await j.json<Array<{ name: string }>>(['list', '--json'])).map((c) => c.name)).toEqual(['Jane Doe']);
  });

  it('names the id of whom it deleted: of two people of one name, which one went', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Conc Person1']);
    await j.ok(['contact', 'add', 'Conc Person1', '--new']);
    expect(await j.ok(['rm', '#2', '--yes'])).toBe('deleted Conc Person1 (#2) and everything about them\n');
    expect(await j.ok(['rm', '#1', '--yes'])).toBe('deleted Conc Person1 (#1) and everything about them\n');
  });
});

describe('where the journal lives', () => {
  it('honours XDG_DATA_HOME when neither --db nor REL_DB is set', async () => {
    const home = tempDir();
    const data = join(tempDir(), 'data');
    const result = await spawnRel(['contact', 'add', 'Jane Doe'], { env: { REL_DB: undefined, HOME: home, XDG_DATA_HOME: data } });
    expect(result).toMatchObject({ code: 0, stdout: 'added Jane Doe (#1)\n' });
    const path = join(data, 'rel', 'rel.db');
    expect(dump(path)).toContain('"name":"Jane Doe"');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(data, 'rel')).mode & 0o777).toBe(0o700);
    expect(readdirSync(home)).toEqual([]);
  });

  it('finds the user\'s home without HOME (node:os, loaded only then)', async () => {
    const data = join(tempDir(), 'data');
    const result = await spawnRel(['contact', 'add', 'Jane Doe'], { env: { REL_DB: undefined, HOME: undefined, XDG_DATA_HOME: data } });
    expect(result).toMatchObject({ code: 0, stdout: 'added Jane Doe (#1)\n' });
    expect(dump(join(data, 'rel', 'rel.db'))).toContain('"name":"Jane Doe"');
  });

  it('falls back to ~/.local/share/rel/rel.db, ignoring a relative XDG_DATA_HOME', async () => {
    const home = tempDir();
    const cwd = tempDir();
    const result = await spawnRel(['contact', 'add', 'Jane Doe'], { env: { REL_DB: undefined, HOME: home, XDG_DATA_HOME: 'relative/data' }, cwd });
    expect(result.code).toBe(0);
    expect(dump(join(home, '.local', 'share', 'rel', 'rel.db'))).toContain('"name":"Jane Doe"');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--db wins over REL_DB, before or after the command', async () => {
    const dir = tempDir();
    const fromEnv = join(dir, 'env.db');
    const fromFlag = join(dir, 'flag.db');
    expect((await runRel(['--db', fromFlag, 'contact', 'add', 'Jane Doe'], { journalPath: fromEnv })).code).toBe(0);
    expect((await runRel(['contact', 'add', 'Bob Lee', '--db', fromFlag], { journalPath: fromEnv })).code).toBe(0);
    expect(existsSync(fromEnv)).toBe(false);
    const names = JSON.parse((await runRel(['list', '--json'], { journalPath: fromFlag })).stdout).map((c: { name: string }) => c.name);
    expect(names).toEqual(['Bob Lee', 'Jane Doe']);
  });
});

describe('a journal rel cannot use', () => {
  it('refuses a journal from a newer rel and leaves its bytes alone', async () => {
    const dir = tempDir();
    const path = join(dir, 'future.db');
    const migrations = readdirSync(join(REPO, 'migrations')).filter((f) => /^\d{4}_.*\.sql$/.test(f)).length;
    const db = new Database(path);
    db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('from the future')");
    db.pragma(`user_version = ${migrations + 1}`);
    db.close();
    const bytes = readFileSync(path);

    const line = expectFailure(await runRel(['list'], { journalPath: path }), 1);
    expect(line).toBe(`rel: the journal ${path} has schema version ${migrations + 1}, newer than this rel knows (${migrations}); upgrade rel to open it (the journal was left untouched)`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['future.db']);
    // A write command is refused the same way.
    expectFailure(await runRel(['add', 'Jane Doe', '--note', 'x'], { journalPath: path }), 1);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a database, in one line', async () => {
    const dir = tempDir();
    const path = join(dir, 'notes.txt');
    const text = 'just some notes, not SQLite\n'.repeat(100);
    writeFileSync(path, text);
    expect(expectFailure(await runRel(['list'], { journalPath: path }), 1)).toMatch(/^rel: .*notes\.txt is not a rel journal \(it is not an SQLite database\)/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

describe('the clock', () => {
  it('REL_NOW pins today; an instant is read in the local zone (TZ)', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'late call'], { now: '2026-11-23T23:30:00-05:00', tz: 'UTC' });
    await j.ok(['add', 'jane', '--note', 'same call in New York'], { now: '2026-11-23T23:30:00-05:00', tz: 'America/New_York' });
    await j.ok(['add', 'jane', '--note', 'a plain day'], { now: '2026-02-01' });
    expect((await j.json<Array<{ happenedOn: string; note: string }>>(['log', '--json'])).map((v) => [v.happenedOn, v.note])).toEqual([
      ['2026-11-24', 'late call'],
      ['2026-11-23', 'same call in New York'],
      ['2026-02-01', 'a plain day'],
    ]);
  });

  it('refuses a REL_NOW that is not a date', async () => {
    const j = makeJournal({ spawned: true }); // REL_NOW is read by the binary's entry
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect(await expectRefused(j, ['add', 'jane', '--note', 'x'], 1, { env: { REL_NOW: 'soon' } })).toBe(
      'rel: REL_NOW="soon" is not a date; use YYYY-MM-DD or an ISO instant, or unset it',
    );
  });
});

describe('the command line itself', () => {
  it.each([
    [['frobnicate'], "rel: unknown command 'frobnicate' (see rel --help)"],
    [['list', '--frobnicate'], "rel: unknown option '--frobnicate' (see rel list --help)"],
    [['show'], "rel: missing required argument 'name'; usage: rel show <name> (see rel show --help)"],
    [['remember', 'jane'], "rel: missing required argument 'text'; usage: rel remember <name> <text...> (see rel remember --help)"],
    [['snooze', '1', 'monday'], "rel: too many arguments for 'snooze'. Expected 1 argument but got 2; usage: rel snooze <id> --until <date>; the day goes in --until: rel snooze 1 --until \"monday\" (see rel snooze --help)"],
    [['snooze', '1', 'in', '2', 'weeks'], "rel: too many arguments for 'snooze'. Expected 1 argument but got 4; usage: rel snooze <id> --until <date>; the day goes in --until: rel snooze 1 --until \"in 2 weeks\" (see rel snooze --help)"],
    [['snooze', '1', 'monday', '--until', 'friday'], "rel: too many arguments for 'snooze'. Expected 1 argument but got 2; usage: rel snooze <id> --until <date> (see rel snooze --help)"],
    [['pause', 'Jane', 'Doe', 'next', 'week'], 'rel: pause takes NAME, and was given 4 words: a name of several words goes in quotes (rel pause "Jane Doe next week"); if "next week" is the day: rel pause "Jane Doe" --until "next week"'],
    [['pause', 'May', 'Chen'], 'rel: pause takes NAME, and was given 2 words: a name of several words goes in quotes (rel pause "May Chen")'],
    [['export'], "rel: missing required argument 'what'; usage: rel export <what> [name], where <what> is contacts, conversations, details, reminders, relations, dates, all or person (see rel export --help)"],
    [['config', 'set'], "rel: missing required argument 'key'; usage: rel config set <key> <value>, where <key> is cadence, days, limit or backups (see rel config set --help)"],
    [['contact', 'frob'], "rel: unknown command 'frob' (see rel contact --help)"],
    [['contact', 'add', 'Ann', '--frobnicate'], "rel: unknown option '--frobnicate' (see rel contact add --help)"],
  ])('%j is a usage error that names the help to read', async (args, message) => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect(await expectRefused(j, args, 2)).toBe(message);
  });

  it("another tool's word for a command says which rel command does it, instead of commander's nearest spelling", async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect(await expectRefused(j, ['history'], 2)).toBe("rel: unknown command 'history': the conversations: rel log; the changes that undo takes back: rel undo --list (see rel --help)");
    expect(await expectRefused(j, ['Delete', 'jane'], 2)).toBe(
      "rel: unknown command 'Delete': to delete a person: rel rm NAME; a conversation: rel conversation rm ID; a remembered detail: rel forget ID (see rel --help)",
    );
    // Every command a word points at is one of rel's, and no word is one.
    const help = await j.ok(['--help']);
    const commands = new Set([...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]));
    for (const word of otherToolsWords()) {
      expect(commands.has(word), word).toBe(false);
      for (const [, command] of relsWordFor(word)!.matchAll(/\brel ([a-z]+)/g)) expect(commands.has(command), `${word}: rel ${command}`).toBe(true);
    }
  });

  it("another tool's word for a command of a group names the command that does it", async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const refused = async (args: string[]): Promise<string> => expectRefused(j, args, 2);
    expect(await refused(['conversation', 'delete', '1'])).toBe("rel: unknown command 'delete': rel conversation rm <id>: delete a conversation (see rel conversation --help)");
    expect(await refused(['detail', 'Remove', '1'])).toBe("rel: unknown command 'Remove': rel detail rm <id>: delete a remembered detail (the same as rel forget ID) (see rel detail --help)");
    expect(await refused(['conversation', 'update', '1'])).toMatch(/^rel: unknown command 'update': rel conversation edit <id>: change a conversation/);
    expect(await refused(['contact', 'create', 'Ann Lee'])).toBe("rel: unknown command 'create': rel contact add <full-name>: create a contact (see rel contact --help)");
    expect(await refused(['contact', 'delete', 'jane'])).toBe("rel: unknown command 'delete': to delete a person: rel rm NAME (see rel contact --help)");
    expect(await refused(['contact', 'rm', 'jane'])).toBe("rel: unknown command 'rm': to delete a person: rel rm NAME (see rel contact --help)");
    expect(await refused(['conversation', 'add', 'jane'])).toBe("rel: unknown command 'add': to log a conversation: rel add NAME --note TEXT (see rel conversation --help)");
    expect(await refused(['contact', 'frob'])).toBe("rel: unknown command 'frob' (see rel contact --help)");
    // A - before a word leaves it out of a search, but unquoted the shell hands it over as a flag.
    expect(await refused(['search', 'kowalski', '-lilies'])).toBe(
      "rel: unknown option '-lilies': to leave out who has lilies, write NOT lilies (rel search WORDS NOT lilies), or quote the whole query (rel search 'WORDS -lilies') (see rel search --help)",
    );
    // A group's command typed without its group.
    expect(await refused(['reopen', '4'])).toBe(
      "rel: unknown command 'reopen': rel conversation reopen <id>: open again a resolved complaint whose fix did not hold (its resolution stays in its note); rel reminder reopen <id>: open again a follow-up marked done by mistake (see rel --help)",
    );
    expect(await refused(['set', 'cadence', '30d'])).toBe("rel: unknown command 'set': rel config set <key> <value>: change a setting (see rel --help)");
    // Every command named elsewhere is one of rel's.
    const help = await j.ok(['--help']);
    const commands = new Set([...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]));
    for (const meant of groupsElsewhere()) for (const [, command] of meant.matchAll(/\brel ([a-z]+)/g)) expect(commands.has(command), meant).toBe(true);
    expect((await j.ok(['list'])).trim().split('\n'), 'no one added, no one deleted').toEqual([expect.stringContaining('Jane Doe')]);
  });

  it("another tool's word for a flag names the command's own flag, instead of commander's nearest spelling", async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'lunch', '--follow-up', 'tomorrow: call back']);
    const before = dump(j.db);
    const refused = async (args: string[]): Promise<string> => expectRefused(j, args, 2);
    // Commander's nearest spelling of --date is --note: the day is --on, or what the command calls it.
    expect(await refused(['add', 'jane', '--note', 'x', '--date', '2026-11-20'])).toBe("rel: unknown option '--date' (Did you mean --on <date>?) (see rel add --help)");
    expect(await refused(['add', 'jane', '--note', 'x', '--when=yesterday'])).toBe("rel: unknown option '--when=yesterday' (Did you mean --on <date>?) (see rel add --help)");
    expect(await refused(['snooze', '1', '--date', 'friday'])).toBe("rel: unknown option '--date' (Did you mean --until <date>?) (see rel snooze --help)");
    expect(await refused(['today', '--date', '2026-12-01'])).toBe("rel: unknown option '--date' (Did you mean --as-of <date>?) (see rel today --help)");
    expect(await refused(['pause', 'jane', '--for', '2w'])).toBe("rel: unknown option '--for' (Did you mean --until <date>?) (see rel pause --help)");
    expect(await refused(['today', '-n', '5'])).toBe("rel: unknown option '-n' (Did you mean --limit <n>?) (see rel today --help)");
    expect(await refused(['edit', 'jane', '--bday', '03-14'])).toBe("rel: unknown option '--bday' (Did you mean --birthday <date>?) (see rel edit --help)");
    expect(await refused(['edit', 'jane', '--Mobile', '555 0100'])).toBe("rel: unknown option '--Mobile' (Did you mean --phone <phone>?) (see rel edit --help)");
    expect(await refused(['reminder', 'edit', '1', '--note', 'call'])).toBe("rel: unknown option '--note' (Did you mean --text <text>?) (see rel reminder edit --help)");
    expect(await refused(['relate', 'jane', '--with', 'Tom Doe', '--as', 'wife'])).toBe("rel: unknown option '--with' (Did you mean --to <name>?) (see rel relate --help)");
    expect(await refused(['rm', 'jane', '--force'])).toBe("rel: unknown option '--force' (Did you mean --yes?) (see rel rm --help)");
    expect(await refused(['list', '--no-colour'])).toBe("rel: unknown option '--no-colour' (Did you mean --no-color?) (see rel list --help)");
    // rel's own word for it elsewhere: today and stats say drifting.
    expect(await refused(['list', '--drifting'])).toBe("rel: unknown option '--drifting' (Did you mean --overdue?) (see rel list --help)");
    // A format named as a flag is --format with it.
    expect(await refused(['export', 'contacts', '--csv'])).toBe("rel: unknown option '--csv' (Did you mean --format csv?) (see rel export --help)");
    expect(await refused(['export', 'dates', '--ical'])).toBe("rel: unknown option '--ical' (Did you mean --format ics?) (see rel export --help)");
    // Where what was said is an argument, the line shows where it goes.
    expect(await refused(['remind', 'jane', '--note', 'call', '--on', 'friday'])).toBe(
      "rel: unknown option '--note': the text is an argument, after the name; usage: rel remind <name> <text...> --on <date> (see rel remind --help)",
    );
    // A word none of whose flags the command has keeps commander's own line.
    expect(await refused(['backup', '--date', 'x'])).toBe("rel: unknown option '--date' (see rel backup --help)");
    expect(dump(j.db), 'nothing written').toEqual(before);
  });

  it('every flag a word stands for is a flag of some command, and each word stands for one set of flags', () => {
    const commands = (c: Command): Command[] => [c, ...c.commands.flatMap(commands)];
    const flags = new Set(commands(buildProgram(async () => ({}) as never)).flatMap((c) => c.options.map((o) => o.long)));
    const table = otherToolsFlags();
    for (const flag of table.flatMap(([, meant]) => meant)) expect(flags.has(flag), flag).toBe(true);
    const words = table.flatMap(([said]) => said);
    expect(new Set(words).size).toBe(words.length);
  });

  it('--version and --help print to stdout and exit 0', async () => {
    const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;
    expect(await runRel(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runRel(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['add', 'contact', 'edit', 'show', 'list', 'remember', 'forget', 'remind', 'done', 'snooze', 'reminders', 'resolve', 'log', 'archive', 'unarchive', 'rm']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('REL_DEBUG=1 adds the stack; without it there is none', async () => {
    const j = makeJournal({ spawned: true }); // REL_DEBUG is read by the binary's entry
    await j.ok(['contact', 'add', 'Jane Doe']);
    expectFailure(await j.rel(['show', 'nobody']), 1);
    const debug = await j.rel(['show', 'nobody'], { env: { REL_DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^rel: no contact matches "nobody"; see rel list\n/);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});

// rel add --new (SPEC §1 "the same person never appears twice by accident", §3 `rel add`): --new
// creates a name that matches nobody though it looks like someone already there; a name that
// finds someone (whole, in part, by #id) is still them, so --new on a group never doubles the
// others. Every refusal's command, run with the same flags, works.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { shellWords } from '../harness/readmeExamples.js';

const known = journalFrom(async (j) => {
  for (const name of ['Ann Lee', 'Bob Ray', 'Maria Rossi', 'José Núñez']) await j.ok(['contact', 'add', name]);
});

const people = async (j: TestJournal) => (await j.json<Array<{ name: string }>>(['list', '--json'])).map((p) => p.name).sort();

/** The command a refusal gives ("… with rel add ann "#2" and the same flags"), as arguments, with `flags` after it. */
function suggested(line: string, flags: string[]): string[] {
  const command = /with (rel add .*?) and the same flags/.exec(line)?.[1];
  if (command === undefined) throw new Error(`no command in: ${line}`);
  return [...shellWords(command).slice(1), ...flags];
}

describe('rel add --new beside people already there', () => {
  it('keeps a name that finds someone, in part, whole or by #id, as them: only the look-alike is new', async () => {
    const j = await known();
    const result = await j.rel(['add', 'ann', 'Bob Rai', '--note', 'lunch', '--new']);
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '→ Ann Lee\ncreated Bob Rai (#5)\n', 'logged conversation with Ann Lee and Bob Rai on 2026-11-23 (#1)\n']);
    // Bob Rai is someone now: an exact name with --new is them, as is an id.
    expect(await j.ok(['add', 'Ann Lee', 'Bob Rai', '--note', 'lunch', '--new'])).toBe('logged conversation with Ann Lee and Bob Rai on 2026-11-23 (#2)\n');
    expect(await j.ok(['add', '#1', 'bob rai', '--note', 'lunch', '--new'])).toBe('logged conversation with Ann Lee and Bob Rai on 2026-11-23 (#3)\n');
    expect(await people(j)).toEqual(['Ann Lee', 'Bob Rai', 'Bob Ray', 'José Núñez', 'Maria Rossi']);
    // An id nobody has is no name for someone new either.
    expect(await expectRefused(j, ['add', '#99', '--note', 'x', '--new'], 2)).toMatch(/^rel: NAME: "#99" reads as an id/);
  });

  it('refuses a look-alike with a command that logs to the person it looks like, or --new, and both work', async () => {
    const j = await known();
    const line = await expectRefused(j, ['add', 'ann', 'Bob Rai', '--note', 'lunch'], 1);
    expect(line).toBe('rel: "Bob Rai" may be someone already in the journal: Bob Ray (#2: name a typo away); log to them with rel add ann "#2" and the same flags, or pass --new to create a new person anyway');
    expect(await j.ok(suggested(line, ['--note', 'lunch']))).toBe('logged conversation with Ann Lee and Bob Ray on 2026-11-23 (#1)\n');
    expect(await j.ok(['add', 'ann', 'Bob Rai', '--note', 'lunch', '--new'])).toBe('logged conversation with Ann Lee and Bob Rai on 2026-11-23 (#2)\n');
    expect(await people(j)).toEqual(['Ann Lee', 'Bob Rai', 'Bob Ray', 'José Núñez', 'Maria Rossi']);
  });

  it('when another name of the command is already that person, the command names them once', async () => {
    const j = await known();
    for (const names of [['maria', 'Maria Rosi'], ['Maria Rosi', 'maria']]) {
      const line = await expectRefused(j, ['add', ...names, '--note', 'lunch'], 1);
      expect(line).toBe('rel: "Maria Rosi" may be someone already in the journal: Maria Rossi (#3: name a typo away); "maria" is them already: name them once with rel add maria and the same flags, or pass --new to create a new person anyway');
      expect(await j.ok(suggested(line, ['--note', 'lunch']))).toMatch(/^logged conversation with Maria Rossi on 2026-11-23/);
    }
    expect(await j.ok(['add', 'maria', 'Maria Rosi', '--note', 'lunch', '--new'])).toBe('logged conversation with Maria Rossi and Maria Rosi on 2026-11-23 (#3)\n');
  });

  it('two new names a typo apart beside someone found: --new, as the refusal says, makes two and keeps the one found', async () => {
    const j = await known();
    expect(await expectRefused(j, ['add', 'ann', 'Newbie Two', 'Newbie Twoo', '--note', 'lunch'], 2)).toMatch(/; if they are 2 people, pass --new$/);
    const result = await j.rel(['add', 'ann', 'Newbie Two', 'Newbie Twoo', '--note', 'lunch', '--new']);
    expect([result.code, result.stderr]).toEqual([0, '→ Ann Lee\ncreated Newbie Two (#5)\ncreated Newbie Twoo (#6)\n']);
  });

  it('a word beside one that finds someone, together a look-alike: --new, as the refusal says, adds it as given', async () => {
    const j = await known();
    expect(await expectRefused(j, ['add', 'jose', 'nunes', '--note', 'hi'], 2)).toBe(
      'rel: "jose" and "nunes" read as one name, which may be José Núñez (#4: name a typo away): put the whole name in quotes (rel add "jose nunes" with the same flags); for nunes as someone new, pass --new',
    );
    expect((await j.rel(['add', 'jose', 'nunes', '--note', 'hi', '--new'])).stderr).toBe('→ José Núñez\ncreated nunes (#5)\n');
  });
});

describe('rel add --new where every name finds someone', () => {
  it('logs to them and says --new made no one, and how a namesake is made', async () => {
    const j = await known();
    const result = await j.rel(['add', 'Ann Lee', '--note', 'lunch', '--new']);
    expect([result.code, result.stdout]).toEqual([0, 'logged conversation with Ann Lee on 2026-11-23 (#1)\n']);
    expect(result.stderr).toBe('--new: "Ann Lee" is Ann Lee (#1), already in the journal, so the conversation is theirs; for another person of that name: rel contact add "Ann Lee" --new\n');
    // The way it gives makes the namesake.
    expect(await j.ok(['contact', 'add', 'Ann Lee', '--new'])).toBe('added Ann Lee (#5)\n');
    expect(await people(j)).toEqual(['Ann Lee', 'Ann Lee', 'Bob Ray', 'José Núñez', 'Maria Rossi']);
  });
});

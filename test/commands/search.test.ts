// rel search end to end: what it finds, how it shows it, how it refuses a bad query, and the
// index following edits, forget and rm.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { expectRefused } from '../harness/failures.js';

const HINT = '; use words, "a phrase" or a prefix*';

describe('rel search', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'Loved the tulips; her husband Tom is a golfer', '--follow-up', 'in 1 week: send the spring catalog']);
    await j.ok(['remember', 'jane', 'husband loves golf']);
    await j.ok(['contact', 'add', 'María Núñez', '--company', 'Flores del Sur', '--alias', 'Mari']);
    await j.ok(['add', 'maria', '--via', 'visit', '--note', 'Bouquet arrived wilted', '--complaint', '--on', '2026-11-10']);
    await j.ok(['contact', 'add', "Sam O'Brien", '--role', 'caterer']);
    await j.ok(['remember', 'sam', 'prefers e-mail invoices', '--on', '2027-03']);
    await j.ok(['contact', 'add', 'Old Friend']);
    await j.ok(['remember', 'old', 'plays golf on sundays']);
    await j.ok(['archive', 'old']);
  });

  it('finds a word inside a remembered detail and says whose it is', async () => {
    const { stdout, stderr, code } = await j.rel(['search', 'golf']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Jane Doe #1\n');
    expect(stdout).toMatch(/^ {2}detail +husband loves \[golf\] \[detail 1\]$/m);
  });

  it('includes archived people, marked', async () => {
    expect(await j.ok(['search', 'golf'])).toMatch(/^Old Friend #4 \(archived\)\n {2}detail +plays \[golf\] on sundays \[detail 3\]$/m);
  });

  it('ignores accents and case, in names, aliases and companies', async () => {
    expect(await j.ok(['search', 'nunez'])).toBe('María Núñez #2\n  contact  María [Núñez] · Mari · Flores del Sur\n');
    expect(await j.ok(['search', 'MARI'])).toContain('[Mari]');
    expect(await j.ok(['search', 'flores'])).toContain('María Núñez #2');
  });

  it('reads prefixes and phrases', async () => {
    const prefix = await j.ok(['search', 'gol*']);
    expect(prefix).toContain('her husband Tom is a [golfer] [conversation 1]');
    expect(prefix).toContain('husband loves [golf]');
    expect(await j.ok(['search', '"spring catalog"'])).toBe('Jane Doe #1\n  reminder  2026-11-30  send the [spring catalog] [reminder 1]\n');
    const reversed = await j.rel(['search', '"catalog spring"']);
    expect([reversed.code, reversed.stdout, reversed.stderr]).toEqual([0, '', 'No matches for "catalog spring".\n']);
  });

  it('ANDs plain words, and takes OR between them', async () => {
    expect(await j.ok(['search', 'golfer', 'tulips'])).toContain('Loved the [tulips]; her husband Tom is a [golfer]');
    expect((await j.rel(['search', 'tulips', 'bouquet'])).stdout).toBe('');
    const either = await j.ok(['search', 'tulips', 'OR', 'bouquet']);
    expect(either).toContain('Jane Doe #1');
    expect(either).toContain('María Núñez #2\n  visit, complaint  2026-11-10  [Bouquet] arrived wilted [conversation 2]');
  });

  it("takes punctuation such as o'brien and e-mail as words", async () => {
    expect(await j.ok(['search', "o'brien"])).toContain("Sam [O'Brien] · caterer");
    expect(await j.ok(['search', 'e-mail'])).toMatch(/detail +March 2027 +prefers \[e-mail\] invoices \[detail 2\]/);
  });

  it.each([['"unclosed'], ['AND'], ['*'], ['golf OR'], ['(golf']])('refuses %j in one line, exit 2', async (query) => {
    const { stdout, stderr, code } = await j.rel(['search', query]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/^rel: search: .+/);
    expect(stderr.trimEnd().endsWith(HINT)).toBe(true);
  });

  it('prints JSON with the matches grouped by person, best first', async () => {
    const result = JSON.parse(await j.ok(['search', 'golf', '--json']));
    expect(result.flatMap((p: { matches: unknown[] }) => p.matches)).toHaveLength(2);
    expect(result.map((p: { person: { name: string } }) => p.person.name).sort()).toEqual(['Jane Doe', 'Old Friend']);
    expect(result.find((p: { person: { name: string } }) => p.person.name === 'Old Friend')).toEqual({
      person: { id: 4, name: 'Old Friend' },
      archived: true,
      matches: [{ record: 'detail', id: 3, date: null, snippet: 'plays [golf] on sundays', via: null, complaint: false, done: false }],
    });
  });

  it('caps the matches with --limit and says there are more', async () => {
    // A listing is a top-level array: that more were left out is said on stderr.
    const capped = await j.rel(['search', 'gol*', '--limit', '1', '--json']);
    expect(JSON.parse(capped.stdout).flatMap((p: { matches: unknown[] }) => p.matches)).toHaveLength(1);
    expect(capped.stderr).toBe('more than 1 match; see more with --limit 4\n');
    expect(await j.ok(['search', 'gol*', '--limit', '1'])).toContain('… more than 1 match; see more with --limit 4');
    expect((await j.rel(['search', 'golf', '--limit', 'x'])).code).toBe(2);
    expect(await expectRefused(j, ['search', 'golf', '--limit', '0'], 2)).toBe('rel: --limit must be at least 1; without it, rel search shows the best 25 matches');
    expect(await expectRefused(j, ['search', 'golf', '--limit', '-1'], 2)).toBe('rel: --limit must be at least 1; without it, rel search shows the best 25 matches');
  });
});

describe('the search index follows the journal', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'talked about the spring catalog']);
    await j.ok(['remember', 'jane', 'husband loves golf']);
    await j.ok(['remind', 'jane', 'send', 'the', 'brochure', '--on', '2026-11-30']);
    await j.ok(['add', 'Bob Lee', '--note', 'order arrived damaged', '--complaint']);
  });

  it('after edit --name, finds the new name and not the old one', async () => {
    await j.ok(['edit', 'jane', '--name', 'Jane Smith', '--alias', 'Janie']);
    expect(await j.ok(['search', 'smith'])).toContain('Jane Smith #1\n  contact  Jane [Smith] · Janie');
    expect(await j.ok(['search', 'janie'])).toContain('[Janie]');
    expect((await j.rel(['search', 'doe'])).stdout).toBe('');
    expect(await j.ok(['search', 'golf'])).toContain('Jane Smith #1');
  });

  it('after resolve --note, finds the resolution', async () => {
    await j.ok(['resolve', '2', '--note', 'sent a replacement vase']);
    expect(await j.ok(['search', 'vase'])).toContain('order arrived damaged · sent a replacement [vase]');
  });

  it('after forget, no longer finds the detail', async () => {
    await j.ok(['forget', '1']);
    expect((await j.rel(['search', 'golf'])).stdout).toBe('');
  });

  it('after rm --yes, keeps nothing of the person', async () => {
    await j.ok(['rm', 'jane', '--yes']);
    for (const word of ['smith', 'janie', 'catalog', 'brochure']) expect((await j.rel(['search', word])).stdout).toBe('');
    const db = new Database(j.db, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM search_index WHERE contact_id = 1').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 2 }); // Bob and his complaint
    } finally {
      db.close();
    }
  });
});

// Issue 11 item 4, SPEC §3 "Naming people": names fold to plain Latin everywhere, a query that
// starts a name wins, and the same person is never created twice by accident. Each test here is a
// bug of the issue and failed before the change.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { contactAdd } from '../../src/commands/contact.js';
import type { Context } from '../../src/context.js';
import { normalizeName } from '../../src/domain/names.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { buildJournal } from '../fixtures/make-journal-v1.mjs';
import { expectRefused } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { makeJournal } from '../harness/journal.js';
import { newJournal } from '../harness/tempFiles.js';

describe('full Latin folding', () => {
  it('rel add lukasz off a terminal logs to Łukasz Wróbel instead of creating "lukasz"', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Łukasz Wróbel']);
    const r = await j.rel(['add', 'lukasz', '--note', 'x']);
    expect(r).toMatchObject({ code: 0, stderr: '→ Łukasz Wróbel\n', stdout: 'logged conversation with Łukasz Wróbel on 2026-11-23 (#1)\n' });
    expect(await j.json(['list', '--json'])).toHaveLength(1);
  });

  it('finds ø, ß, ı, æ and đ typed plain, and sorts Łukasz with the Ls, before Zoë', async () => {
    const j = makeJournal();
    for (const name of ['Zoë Adams', 'Søren Ørsted', 'Łukasz Wróbel', 'Jürgen Strauß', 'Işıl Æsir', 'Đorđe Mark']) await j.ok(['contact', 'add', name]);
    expect((await j.json(['show', 'soren orsted', '--json'])).person.name).toBe('Søren Ørsted');
    expect((await j.json(['show', 'strauss', '--json'])).person.name).toBe('Jürgen Strauß');
    expect((await j.json(['show', 'isil', '--json'])).person.name).toBe('Işıl Æsir');
    expect((await j.json(['show', 'aesir', '--json'])).person.name).toBe('Işıl Æsir');
    expect((await j.json(['show', 'dorde', '--json'])).person.name).toBe('Đorđe Mark');
    const names = (await j.json(['list', '--json'])).map((p: { name: string }) => p.name);
    expect(names).toEqual(['Đorđe Mark', 'Işıl Æsir', 'Jürgen Strauß', 'Łukasz Wróbel', 'Søren Ørsted', 'Zoë Adams']);
  });

  it('migration 0006 recomputes the keys an older rel stored, so an existing Łukasz is found as lukasz', async () => {
    const j = makeJournal();
    buildJournal(j.db, 5, { nameKey: normalizeName });
    const db = new Database(j.db);
    const at = '2026-01-01T10:00:00.000Z';
    // The keys as the folding before 0006 made them: accents gone, ł and ø kept.
    db.prepare("INSERT INTO contacts (id, name, name_key, created_on, created_at, updated_at) VALUES (100, 'Łukasz Wróbel', 'łukasz wrobel', '2026-01-01', ?, ?)").run(at, at);
    db.prepare("INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (100, 'Bjørn', 'bjørn')").run();
    db.close();

    expect((await j.json(['show', 'lukasz', '--json'])).person).toMatchObject({ id: 100, name: 'Łukasz Wróbel' });
    expect((await j.json(['show', 'bjorn', '--json'])).person).toMatchObject({ id: 100 });
    const after = new Database(j.db, { readonly: true });
    expect(after.prepare('SELECT name_key FROM contacts WHERE id = 100').pluck().get()).toBe('lukasz wrobel');
    expect(after.prepare('SELECT alias_key FROM contact_aliases WHERE contact_id = 100').pluck().get()).toBe('bjorn');
    after.close();
  });
});

describe('a query that starts a name', () => {
  it('rel show josé is José Núñez, though María José García has a word starting with josé', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'María José García']);
    await j.ok(['contact', 'add', 'José Núñez']);
    const r = await j.rel(['show', 'josé']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('José Núñez #2');
    expect((await j.json(['show', 'garcia', '--json'])).person.name).toBe('María José García');
  });
});

describe('the same person never twice by accident', () => {
  it('rel add "Jose Nunes" off a terminal is refused with José Núñez listed; --new creates anyway', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez']);
    expect(await expectRefused(j, ['add', 'Jose Nunes', '--note', 'about the order'], 1)).toBe(
      'rel: "Jose Nunes" may be someone already in the journal: José Núñez (#1: name a typo away); log to them with rel add "#1" and the same flags, or pass --new to create a new person anyway',
    );
    expect(await j.rel(['add', 'Jose Nunes', '--note', 'about the order', '--new'])).toMatchObject({ code: 0, stderr: 'created Jose Nunes (#2)\n' });
  });

  it('rel contact add of a name a typo away, or of someone else\'s email or phone, is refused; --new creates anyway', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez', '--email', 'jose@example.com', '--phone', '+34 600 100 200']);
    expect(await expectRefused(j, ['contact', 'add', 'Jose Nunes'], 1)).toContain('José Núñez (#1: name a typo away); see their card with rel show "#1"');
    expect(await expectRefused(j, ['contact', 'add', 'Pepe', '--email', 'JOSE@example.com'], 1)).toContain('José Núñez (#1: same email)');
    expect(await expectRefused(j, ['contact', 'add', 'Pepe', '--phone', '+34600100200'], 1)).toContain('José Núñez (#1: same phone)');
    expect(await j.ok(['contact', 'add', 'Pepe', '--email', 'jose@example.com', '--new'])).toBe('added Pepe (#2)\n');
  });

  it('a name with an emoji is the same name too: rel contact add "Jo 🌸" twice is refused', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jo 🌸']);
    expect(await expectRefused(j, ['contact', 'add', 'jo 🌸'], 1)).toContain('Jo 🌸 (#1: same name)');
    await j.ok(['contact', 'add', 'Ann 🌸🌸 Kowalska']);
    expect(await expectRefused(j, ['contact', 'add', 'Ann 🌸🌸 Kowalski'], 1)).toContain('Ann 🌸🌸 Kowalska (#2: name a typo away)');
  });

  /** Runs `command` in-process on `path`, with `other` added by another rel between its look-ups and its write. */
  const withAnotherRelMeanwhile = async (path: string, command: (ctx: Context) => Promise<void>, other: string[]): Promise<string[]> => {
    const now = new Date('2026-11-23T09:00:00Z');
    const printed: string[] = [];
    const out = { write: (text: string) => void printed.push(text) };
    const meanwhile = async () => void expect((await runRel(other, { journalPath: path })).code).toBe(0);
    const j = new Journal(openJournal(path), path, now, meanwhile);
    const ctx: Context = { now, today: '2026-11-23', out, err: out, stdoutIsTTY: false, interactive: false, color: false, journalPath: path, journal: () => j, prompter: () => Promise.reject(new Error('no prompts')), terminal: () => Promise.reject(new Error('no terminal')) };
    try {
      await command(ctx);
    } finally {
      j.close();
    }
    return printed;
  };
  const names = (path: string): unknown[] => {
    const db = new Database(path, { readonly: true });
    const all = db.prepare('SELECT name FROM contacts ORDER BY id').pluck().all();
    db.close();
    return all;
  };

  it('rel contact add checks again under the write lock when another rel wrote since its check', async () => {
    const path = newJournal();
    // Between the check and the write: another rel creates the same person (or, the second time, someone else).
    await expect(withAnotherRelMeanwhile(path, (ctx) => contactAdd('Bob Lee', {}, ctx), ['contact', 'add', 'Bob Lee'])).rejects.toThrow(
      '"Bob Lee" may be someone already in the journal: Bob Lee (#1: same name)',
    );
    await withAnotherRelMeanwhile(path, (ctx) => contactAdd('Ann Ray', {}, ctx), ['contact', 'add', 'Tom Ash']);
    expect(names(path)).toEqual(['Bob Lee', 'Tom Ash', 'Ann Ray']);
  });

  it('rel add NEWNAME looks the name up again under the write lock when another rel wrote since', async () => {
    const path = newJournal();
    // Another rel creates the very person between the look-up and the write: the conversation is theirs.
    const printed = await withAnotherRelMeanwhile(path, (ctx) => add(['Bob Lee'], { note: 'lunch' }, ctx), ['contact', 'add', 'Bob Lee']);
    expect(printed).toEqual(['logged conversation with Bob Lee on 2026-11-23 (#1)\n']);
    await withAnotherRelMeanwhile(path, (ctx) => add(['Ann Ray'], { note: 'golf' }, ctx), ['contact', 'add', 'Tom Ash']);
    expect(names(path)).toEqual(['Bob Lee', 'Tom Ash', 'Ann Ray']);
  });

  it('a phone is the same one only with all its digits: the same last nine after another country code is someone else\'s', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez', '--phone', '+34 600 100 200']);
    expect(await j.ok(['contact', 'add', 'Pat Other', '--phone', '+1 600 100 200'])).toBe('added Pat Other (#2)\n');
    expect(await expectRefused(j, ['contact', 'add', 'Sam Third', '--phone', '(+34) 600-100-200'], 1)).toContain('José Núñez (#1: same phone)');
  });

  it('a name that is already someone\'s alias is refused as them, since rel show and rel add find them by it', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Robert Lee', '--alias', 'Bobby']);
    expect(await expectRefused(j, ['contact', 'add', 'Bobby'], 1)).toBe(
      'rel: "Bobby" may be someone already in the journal: Robert Lee (#1: an alias of theirs); see their card with rel show "#1", or pass --new to create a new person anyway',
    );
    expect(await j.ok(['add', 'bobby', '--note', 'hi'])).toBe('logged conversation with Robert Lee on 2026-11-23 (#1)\n');
    expect(await j.ok(['contact', 'add', 'Bobby', '--new'])).toBe('added Bobby (#2)\n');
  });

  it('the same name with its words in another order is refused as them, and rel duplicates pairs such names', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez']);
    for (const name of ['Núñez, José', 'Nunez Jose']) {
      expect(await expectRefused(j, ['contact', 'add', name], 1)).toContain('José Núñez (#1: same name, words in another order)');
    }
    await j.ok(['contact', 'add', 'Nunez Jose', '--new']);
    expect(await j.ok(['duplicates'])).toContain('José Núñez (#1)  ·  Nunez Jose (#2)  — same name, words in another order\n');
    // A name of one word, or other words, is not.
    expect(await j.ok(['contact', 'add', 'Jose'])).toBe('added Jose (#3)\n');
    expect(await j.ok(['contact', 'add', 'Nunez Maria'])).toBe('added Nunez Maria (#4)\n');
  });

  it('an alias with its words in another order is refused as them, as a name is, and rel duplicates pairs it', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee']);
    await j.ok(['contact', 'add', 'Ann Leigh']);
    await j.ok(['merge', 'Ann Lee', 'Ann Leigh']); // "Ann Leigh" is her alias now
    for (const name of ['Leigh Ann', 'Leigh, Ann']) {
      expect(await expectRefused(j, ['contact', 'add', name], 1)).toBe(
        `rel: "${name}" may be someone already in the journal: Ann Lee (#1: an alias of theirs, words in another order); see their card with rel show "#1", or pass --new to create a new person anyway`,
      );
    }
    expect(await j.ok(['contact', 'add', 'Leigh Ann', '--new'])).toBe('added Leigh Ann (#3)\n');
    expect(await j.ok(['duplicates'])).toContain('Ann Lee (#1)  ·  Leigh Ann (#3)  — Leigh Ann is an alias of Ann Lee, its words in another order\n');
  });

  it('a phone written without its country code or with a trunk 0 is the same one, as rel duplicates and the lookup by phone read it', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez', '--phone', '+1 512-555-0160', '--phone', '+44 20 7946 0958']);
    expect(await expectRefused(j, ['contact', 'add', 'Pedro Alves', '--phone', '(512) 555-0160'], 1)).toContain('José Núñez (#1: same phone)');
    expect(await expectRefused(j, ['contact', 'add', 'Pedro Alves', '--phone', '020 7946 0958'], 1)).toContain('José Núñez (#1: same phone)');
    await j.ok(['contact', 'add', 'Ann Kerr']);
    expect(await expectRefused(j, ['edit', 'ann', '--phone', '512 555 0160'], 1)).toMatch(/^rel: 512 555 0160: already on José Núñez \(#1: same phone\)/);
    // An extension or a short code is nobody's identity.
    expect(await j.ok(['contact', 'add', 'Zed Front', '--phone', '0160'])).toBe('added Zed Front (#3)\n');
  });

  it('rel edit --email cannot give one person\'s email to another (any case) unless --force', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@doe.com']);
    await j.ok(['contact', 'add', 'Tom Doe']);
    expect(await expectRefused(j, ['edit', 'tom', '--email', 'Jane@Doe.com'], 1)).toBe(
      'rel: Jane@Doe.com: already on Jane Doe (#1: same email); if they are the same person as Tom Doe, rel merge them, or pass --force to give it to both',
    );
    expect(await j.ok(['edit', 'jane', '--phone', '555 0100'])).toBe('updated Jane Doe (#1): phone added\n');
    expect(await j.ok(['edit', 'tom', '--email', 'jane@doe.com', '--force'])).toBe('updated Tom Doe (#2): email added\n');
  });
});


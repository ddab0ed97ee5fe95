// rel duplicates and rel merge, in-process on real journals: the acceptance case (Jose Nunes and
// José Núñez), what moves, conflicts and --prefer, referrals, --dry-run, the question on a
// terminal, the errors and their exit codes, and the JSON against its schema.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runRel } from '../harness/inProcess.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';
import { REPO } from '../harness/paths.js';
import type { Prompter } from '../../src/ui/prompter.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

function duplicatesValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const dir = join(REPO, 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return ajv.compile({ type: 'array', items: { $ref: 'duplicate.schema.json' } });
}

function rows<T>(j: TestJournal, sql: string, ...params: unknown[]): T[] {
  const db = new Database(j.db, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

// José Núñez (#1) and his double Jose Nunes (#2), each with records; Kid (#3) referred by Jose Nunes; Ana (#4) referred José.
const doubled = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Ana Referrer']);
  await j.ok(['contact', 'add', 'José Núñez', '--email', 'jose@example.com', '--birthday', '1980-01-02', '--company', 'Acme', '--tag', 'vip', '--referred-by', 'Ana Referrer']);
  await j.ok(['contact', 'add', 'Jose Nunes', '--new', '--email', 'JOSE@example.com', '--email', 'nunes@home.net', '--phone', '+1 512-555-0160', '--birthday', '1981-03-04', '--role', 'buyer', '--tag', 'golf', '--alias', 'Pepe']);
  await j.ok(['contact', 'add', 'Kid Referred', '--referred-by', 'Jose Nunes']);
  await j.ok(['add', 'José Núñez', '--note', 'first order', '--on', '2026-10-01']);
  await j.ok(['add', 'Jose Nunes', '--note', 'parcel damaged', '--on', '2026-11-20', '--complaint', '--remember', 'likes tea', '--follow-up', '2026-11-30: call back']);
});

describe('rel duplicates', () => {
  it('lists the acceptance pair with why, and as JSON that keeps the schema', async () => {
    const j = await doubled();
    expect(await j.ok(['duplicates'])).toContain('José Núñez (#2)  ·  Jose Nunes (#3)  — same email jose@example.com; names a typo apart');
    const listing = await j.json(['duplicates', '--json']);
    const validate = duplicatesValidator();
    expect(validate(listing), JSON.stringify(validate.errors)).toBe(true);
    expect(listing[0]).toEqual({
      people: [{ id: 2, name: 'José Núñez' }, { id: 3, name: 'Jose Nunes' }],
      reasons: [{ kind: 'same-email', text: 'same email jose@example.com' }, { kind: 'typo', text: 'names a typo apart' }],
      strength: 80,
    });
  });

  it('prints a friendly line and an empty array when there are none', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Smith']);
    expect(await j.ok(['duplicates'])).toBe('no likely duplicates\n');
    expect(await j.json(['duplicates', '--json'])).toEqual([]);
    await j.ok(['doctor']); // no orphaned rows, the search index whole
  });

  it('includes archived people', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Smith', '--email', 'ann@x.com']);
    await j.ok(['contact', 'add', 'Annie Smith', '--email', 'ann@x.com', '--new']);
    await j.ok(['archive', 'Annie Smith']);
    expect((await j.json(['duplicates', '--json'])).length).toBe(1);
    expect(await j.ok(['duplicates'])).toBe('Ann Smith (#1)  ·  Annie Smith (#2, archived)  — same email ann@x.com\n');
  });
});

describe('rel merge', () => {
  it('folds Jose Nunes into José Núñez with nothing lost', async () => {
    const j = await doubled();
    const before = rows<{ t: string; id: number }>(j, "SELECT 'c' AS t, id FROM conversations UNION ALL SELECT 'd', id FROM details UNION ALL SELECT 'r', id FROM reminders ORDER BY 1, 2");
    const out = await j.ok(['merge', 'José Núñez', 'Jose Nunes']);
    expect(out).toBe(
      [
        'merged Jose Nunes (#3) into José Núñez (#2):',
        '  moved 1 conversation, 1 detail, 1 follow-up (1 complaint among the conversations)',
        '  1 person Jose Nunes referred now referred by José Núñez',
        '  added emails: nunes@home.net',
        '  added phones: +1 512-555-0160',
        '  added aliases: Jose Nunes, Pepe',
        '  added tags: golf',
        '  took role: buyer',
        '  conflict: birthday — kept 1980-01-02, dropped 1981-03-04',
        '',
      ].join('\n'),
    );
    const after = rows<{ t: string; id: number; contact_id: number }>(j, "SELECT 'c' AS t, id, contact_id FROM conversations UNION ALL SELECT 'd', id, contact_id FROM details UNION ALL SELECT 'r', id, contact_id FROM reminders ORDER BY 1, 2");
    expect(after.map(({ t, id }) => ({ t, id }))).toEqual(before);
    expect(new Set(after.map((r) => r.contact_id))).toEqual(new Set([2]));
    const [person] = (await j.json(['list', '--json'])).filter((p: { id: number }) => p.id === 2);
    expect(person).toMatchObject({
      name: 'José Núñez', emails: ['jose@example.com', 'nunes@home.net'], phones: ['+1 512-555-0160'], company: 'Acme', role: 'buyer',
      birthday: '1980-01-02', aliases: ['Jose Nunes', 'Pepe'], tags: ['golf', 'vip'], referredBy: { id: 1, name: 'Ana Referrer' },
    });
    // The rhythm counts from B's later conversation now.
    expect(person.rhythm.lastContactOn).toBe('2026-11-20');
    expect((await j.json(['list', '--json'])).find((p: { name: string }) => p.name === 'Kid Referred').referredBy).toEqual({ id: 2, name: 'José Núñez' });
    expect((await j.rel(['show', '#3'])).code).toBe(1);
    expect(await j.ok(['show', 'Jose Nunes'])).toContain('José Núñez');
    expect(await j.ok(['search', 'parcel'])).toContain('José Núñez');
    expect(await j.json(['duplicates', '--json'])).toEqual([]);
  });

  it('--prefer B keeps B’s value in a conflict', async () => {
    const j = await doubled();
    expect(await j.ok(['merge', 'José Núñez', 'Jose Nunes', '--prefer', 'B'])).toContain('conflict: birthday — kept 1981-03-04, dropped 1980-01-02');
    expect(rows(j, 'SELECT birthday FROM contacts WHERE id = 2')).toEqual([{ birthday: '1981-03-04' }]);
  });

  it('a birthday without its year is said as the card says it, in a conflict and a value taken', async () => {
    const j = await doubled();
    await j.ok(['contact', 'add', 'Ula New', '--birthday', '01-03']);
    await j.ok(['contact', 'add', 'Yan Leap', '--birthday', '02-29', '--new']);
    await j.ok(['contact', 'add', 'Vic Plain']);
    expect(await j.ok(['merge', 'Ula New', 'Yan Leap', '--dry-run'])).toContain('conflict: birthday — keeps 3 January, drops 29 February');
    expect(await j.ok(['merge', 'Vic Plain', 'Ula New', '--dry-run'])).toContain('takes birthday: 3 January');
  });

  it('--dry-run says everything and changes nothing', async () => {
    const j = await doubled();
    const before = j.dump();
    const out = await j.ok(['merge', 'José Núñez', 'Jose Nunes', '--dry-run']);
    expect(out).toContain('would merge Jose Nunes (#3) into José Núñez (#2):\n  moves 1 conversation');
    expect(out).toContain("(--prefer B keeps Jose Nunes's values instead)");
    expect(out).toMatch(/nothing changed \(--dry-run\)\n$/);
    expect(j.dump()).toBe(before);
  });

  it('keeps A’s referrer, takes B’s when A has none, and never makes anyone refer themselves', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Amy Keep']);
    await j.ok(['contact', 'add', 'Bea Gone', '--referred-by', 'Amy Keep']);
    expect(await j.ok(['merge', 'Amy Keep', 'Bea Gone', '--dry-run'])).not.toContain('referrer');
    await j.ok(['merge', 'Bea Gone', 'Amy Keep']);
    expect(rows(j, 'SELECT id, referred_by FROM contacts')).toEqual([{ id: 2, referred_by: null }]);

    const k = makeJournal();
    await k.ok(['contact', 'add', 'Amy Keep']);
    await k.ok(['contact', 'add', 'Bea Gone']);
    await k.ok(['contact', 'add', 'Cy Middle', '--referred-by', 'Bea Gone']);
    await k.ok(['contact', 'add', 'Dee Up']);
    await k.ok(['edit', 'Bea Gone', '--referred-by', 'Dee Up']);
    await k.ok(['merge', 'Amy Keep', 'Bea Gone']);
    expect(rows(k, 'SELECT id, referred_by FROM contacts ORDER BY id')).toEqual([{ id: 1, referred_by: 4 }, { id: 3, referred_by: 1 }, { id: 4, referred_by: null }]);
  });

  it('two referrers are a conflict: A’s kept and B’s named, or B’s with --prefer B, as any field', async () => {
    const j = makeJournal();
    for (const name of ['Ann Lee', 'Ann Leigh', 'Bob Ray', 'Cat Poe']) await j.ok(['contact', 'add', name, '--new']);
    await j.ok(['edit', 'Ann Lee', '--referred-by', 'bob']);
    await j.ok(['edit', 'Ann Leigh', '--referred-by', 'cat']);
    const dry = await j.ok(['merge', 'Ann Lee', 'Ann Leigh', '--dry-run']);
    expect(dry).toContain("  conflict: referrer — keeps Bob Ray, drops Cat Poe\n  (--prefer B keeps Ann Leigh's values instead)\n");
    const merged = await j.ok(['merge', 'Ann Lee', 'Ann Leigh', '--prefer', 'B', '--yes']);
    expect(merged).toContain('  conflict: referrer — kept Cat Poe, dropped Bob Ray\n');
    expect(merged).not.toMatch(/took referrer/);
    expect(rows(j, 'SELECT id, referred_by FROM contacts WHERE id = 1')).toEqual([{ id: 1, referred_by: 4 }]);
  });

  it('someone added by hand and their imported double drift after a merge, whichever way it goes', async () => {
    const j = makeJournal({ now: '2026-01-01T09:00:00' });
    await j.ok(['contact', 'add', 'Hand Added', '--email', 'h@x.example']);
    await j.ok(['import', '-'], { now: '2026-03-01T09:00:00', input: 'Name,Email\nHand Added,h2@x.example\n' });
    const statusAfter = async (kept: string, gone: string) => {
      await j.ok(['merge', kept, gone, '--yes'], { now: '2026-05-01T09:00:00' });
      const card = await j.json<{ person: { imported: boolean; rhythm: { status: string; dueOn: string | null } } }>(['show', kept, '--json'], { now: '2026-05-01T09:00:00' });
      await j.ok(['undo'], { now: '2026-05-01T09:00:00' });
      return [card.person.imported, card.person.rhythm.status, card.person.rhythm.dueOn];
    };
    expect(await statusAfter('#1', '#2')).toEqual([false, 'drifting', '2026-04-01']);
    expect(await statusAfter('#2', '#1')).toEqual([false, 'drifting', '2026-04-01']);
  });

  it('drops a referrer that would make a loop and says so', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Amy Keep']);
    await j.ok(['contact', 'add', 'Bea Gone']);
    await j.ok(['contact', 'add', 'Cy Middle', '--referred-by', 'Bea Gone']);
    // Bea referred by Cy would be a loop and is refused by rel; a journal may still hold one from an import.
    const db = new Database(j.db);
    db.prepare('UPDATE contacts SET referred_by = 3 WHERE id = 2').run();
    db.close();
    // The dry run says it as the merge does, and neither says the referrer was taken.
    const dry = await j.ok(['merge', 'Amy Keep', 'Bea Gone', '--dry-run']);
    expect(dry).toContain('  drops referrer Cy Middle: Amy Keep referred by them would make a loop of referrals\n');
    const out = await j.ok(['merge', 'Amy Keep', 'Bea Gone']);
    expect(out).toContain('  dropped referrer Cy Middle: Amy Keep referred by them would make a loop of referrals\n');
    expect(dry + out).not.toMatch(/t(akes|ook) referrer/);
    expect(rows(j, 'SELECT id, referred_by FROM contacts ORDER BY id')).toEqual([{ id: 1, referred_by: null }, { id: 3, referred_by: 1 }]);
  });

  it('says a referral of B by A goes, since nobody refers themselves', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Amy Keep']);
    await j.ok(['contact', 'add', 'Bea Gone', '--referred-by', 'Amy Keep']);
    expect(await j.ok(['merge', 'Amy Keep', 'Bea Gone', '--dry-run'])).toContain('  drops "Bea Gone referred by Amy Keep": nobody refers themselves\n');
    expect(await j.ok(['merge', 'Amy Keep', 'Bea Gone'])).toContain('  dropped "Bea Gone referred by Amy Keep": nobody refers themselves\n');
  });

  it('refuses the same person twice (exit 1), an unknown name (exit 1) and a bad --prefer (exit 2), changing nothing', async () => {
    const j = await doubled();
    const before = j.dump();
    const same = await j.rel(['merge', 'José Núñez', '#2']);
    expect([same.code, same.stderr]).toEqual([1, 'rel: "José Núñez" and "#2" are the same person, José Núñez (#2): nothing to merge\n']);
    expect((await j.rel(['merge', 'José Núñez', 'Nobody Here'])).code).toBe(1);
    const bad = await j.rel(['merge', 'José Núñez', 'Jose Nunes', '--prefer', 'C']);
    expect([bad.code, bad.stderr]).toEqual([2, 'rel: --prefer takes A or B (whose value wins where both differ), not "C"\n']);
    expect((await j.rel(['merge', 'José Núñez'])).code).toBe(2);
    expect(j.dump()).toBe(before);
  });

  it('asks on a terminal, defaulting to no; --yes does not ask', async () => {
    const asked: Array<[string, boolean | undefined]> = [];
    const prompter = (answer: boolean): Prompter => ({
      confirm: async (message, byDefault) => (asked.push([message, byDefault]), answer),
      input: () => Promise.reject(new Error('no input expected')),
      select: () => Promise.reject(new Error('no select expected')),
      search: () => Promise.reject(new Error('no search expected')),
    });
    const j = await doubled();
    const before = j.dump();
    const terminal = { journalPath: j.db, tty: true, interactive: true };
    const no = await runRel(['merge', 'José Núñez', 'Jose Nunes'], { ...terminal, prompter: prompter(false) });
    expect([no.code, no.stderr]).toEqual([1, 'rel: nothing was merged\n']);
    expect(no.stdout).toContain('merging Jose Nunes (#3) into José Núñez (#2):');
    expect(asked).toEqual([['Merge Jose Nunes (#3) into José Núñez (#2)? Jose Nunes (#3) will be gone.', false]]);
    expect(j.dump()).toBe(before);
    expect((await runRel(['merge', 'José Núñez', 'Jose Nunes', '--yes'], { ...terminal, prompter: prompter(false) })).code).toBe(0);
    expect(asked.length).toBe(1);
  });

  it('has help with examples', async () => {
    expect((await runRel(['merge', '--help'])).stdout).toContain('rel merge "José Núñez" "Jose Nunes" --dry-run');
    expect((await runRel(['duplicates', '--help'])).stdout).toContain('rel duplicates --json');
  });

  it('off a terminal, the binary merges without asking; a bad value is exit 2 with one line', async () => {
    const j = makeJournal({ spawned: true });
    await j.ok(['contact', 'add', 'Ann Smith']);
    await j.ok(['contact', 'add', 'Annie Smith']);
    const bad = await j.rel(['merge', 'Ann Smith', 'Annie Smith', '--prefer', 'both']);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, '', 'rel: --prefer takes A or B (whose value wins where both differ), not "both"\n']);
    const merged = await j.rel(['merge', 'Ann Smith', 'Annie Smith']);
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(merged.stdout).toContain('merged Annie Smith (#2) into Ann Smith (#1):\n');
    expect(await j.ok(['list'])).not.toContain('Annie Smith');
  });
});

// Who referred whom never goes round in a loop (issue 12, item 4): rel edit refuses one and names
// it, an import leaves it out with a warning, a restore breaks it, and rel doctor reports the loops
// a journal from before holds.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';

// D ← C ← B ← A: Dan Roe referred by Cat Poe, Cat by Bob Ray, Bob by Ann Lee.
const chain = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Ann Lee']);
  await j.ok(['contact', 'add', 'Bob Ray', '--referred-by', 'Ann Lee']);
  await j.ok(['contact', 'add', 'Cat Poe', '--referred-by', 'Bob Ray']);
  await j.ok(['contact', 'add', 'Dan Roe', '--referred-by', 'Cat Poe']);
});

const referrers = (j: TestJournal) => {
  const db = new Database(j.db, { readonly: true });
  try {
    return db.prepare('SELECT id, referred_by FROM contacts ORDER BY id').all();
  } finally {
    db.close();
  }
};

function sql(j: TestJournal, statement: string): void {
  const db = new Database(j.db);
  db.prepare(statement).run();
  db.close();
}

describe('rel edit --referred-by', () => {
  it('refuses a referral that closes a loop, naming it (exit 1, nothing written)', async () => {
    const j = await chain();
    expect(await expectRefused(j, ['edit', 'Ann Lee', '--referred-by', 'Dan Roe'], 1)).toBe(
      'rel: Dan Roe cannot have referred Ann Lee: referrals would go round in a loop, Ann Lee ← Dan Roe ← Cat Poe ← Bob Ray ← Ann Lee (each referred by the next); if one of them is wrong, correct it first with rel edit NAME --referred-by',
    );
    expect(await expectRefused(j, ['edit', 'bob', '--referred-by', 'cat', '--company', 'Ray & Co'], 1)).toMatch(/a loop, Bob Ray ← Cat Poe ← Bob Ray \(/);
    expect(await expectRefused(j, ['edit', 'ann', '--referred-by', 'ann'], 1)).toBe('rel: Ann Lee cannot have referred themselves');
  });

  it('accepts what makes no loop: a new referrer further up, clearing one, a new contact', async () => {
    const j = await chain();
    await j.ok(['edit', 'Dan Roe', '--referred-by', 'Bob Ray']);
    await j.ok(['edit', 'Bob Ray', '--referred-by', '']);
    await j.ok(['edit', 'Ann Lee', '--referred-by', 'Dan Roe']); // the chain is broken at Bob now
    await j.ok(['contact', 'add', 'Eve Park', '--referred-by', 'Dan Roe']);
    expect(referrers(j)).toEqual([
      { id: 1, referred_by: 4 },
      { id: 2, referred_by: null },
      { id: 3, referred_by: 2 },
      { id: 4, referred_by: 2 },
      { id: 5, referred_by: 4 },
    ]);
  });
});

describe('rel import', () => {
  it('links no referral that closes a loop in the file: a warning names it', async () => {
    const j = makeJournal();
    const result = await j.rel(['import', '-'], { input: 'name,referred_by\nXia Wu,Yan Li\nYan Li,Zed Ko\nZed Ko,Xia Wu\n' });
    expect(result).toEqual({
      code: 0,
      stdout: 'added 3, updated 0, skipped 0 from stdin\n',
      stderr: 'note line 4: Zed Ko is referred by Xia Wu, but that would make a loop of referrals, Zed Ko ← Xia Wu ← Yan Li ← Zed Ko (each referred by the next); not linked\n',
    });
    expect(referrers(j)).toEqual([
      { id: 1, referred_by: 2 },
      { id: 2, referred_by: 3 },
      { id: 3, referred_by: null },
    ]);
  });

  it('links no referral that closes a loop with the journal, and changes nothing else for it', async () => {
    const j = await chain();
    const result = await j.rel(['import', '-', '--dry-run'], { input: 'name,referred_by\nAnn Lee,Dan Roe\n' });
    expect(result.stdout).toBe(
      [
        'CSV with a Name column, 1 row',
        'skip Ann Lee (line 2): already up to date (#1)',
        'note line 2: Ann Lee is referred by Dan Roe, but that would make a loop of referrals, Ann Lee ← Dan Roe ← Cat Poe ← Bob Ray ← Ann Lee (each referred by the next); not linked',
        'would add 0, update 0, skip 1',
        '',
      ].join('\n'),
    );
    const before = j.dump();
    expect((await j.rel(['import', '-'], { input: 'name,referred_by\nAnn Lee,Dan Roe\n' })).stderr).toContain('Ann Lee is referred by Dan Roe, but that would make a loop');
    expect(j.dump()).toBe(before);
  });

  it('restores a journal with a loop (from before they were refused) without it, saying so', async () => {
    const j = await chain();
    sql(j, 'UPDATE contacts SET referred_by = 4 WHERE id = 1');
    const backup = await j.ok(['export', 'all']);
    const fresh = makeJournal();
    const result = await fresh.rel(['import', '-'], { input: backup });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('note stdin: a loop of referrals, Ann Lee ← Dan Roe ← Cat Poe ← Bob Ray ← Ann Lee (each referred by the next); Dan Roe is restored without a referrer\n');
    expect(referrers(fresh).map((r) => (r as { referred_by: number | null }).referred_by)).toEqual([4, 1, 2, null]);
  });
});

describe('rel doctor', () => {
  it('reports the loops a journal holds, with a fix, and exits 1', async () => {
    const j = await chain();
    expect((await j.json(['doctor', '--json'])).checks.find((c: { check: string }) => c.check === 'referrals')).toEqual({ check: 'referrals', ok: true, detail: '3 referrals, no loops' });
    sql(j, 'UPDATE contacts SET referred_by = 4 WHERE id = 1');
    await j.ok(['contact', 'add', 'Eve Park']);
    await j.ok(['contact', 'add', 'Fay Gold', '--referred-by', 'Eve Park']);
    sql(j, 'UPDATE contacts SET referred_by = 6 WHERE id = 5');
    const result = await j.rel(['doctor']);
    expect(result.code).toBe(1);
    const line = result.stdout.split('\n').find((l) => /^problem\s+referrals/.test(l));
    expect(line).toBe(
      'problem  referrals     2 loops of referrals (each referred by the next): Ann Lee (#1) ← Dan Roe (#4) ← Cat Poe (#3) ← Bob Ray (#2) ← Ann Lee (#1); ' +
        'Eve Park (#5) ← Fay Gold (#6) ← Eve Park (#5) — fix: take away the referrer that is wrong in each, e.g. rel edit 1 --referred-by ""; rel edit 5 --referred-by ""',
    );
    expect(result.stderr).toMatch(/^rel: 1 problem with the journal /);
  });
});

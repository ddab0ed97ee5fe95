// rel show --tree: the referral tree below a person, as text and in --json, cycles included.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';

describe('rel show --tree', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Root']);
    await j.ok(['contact', 'add', 'Zoe Child', '--referred-by', 'ann']);
    await j.ok(['contact', 'add', 'Ben Child', '--referred-by', 'ann']);
    await j.ok(['contact', 'add', 'Cal Grandchild', '--referred-by', 'zoe']);
    await j.ok(['contact', 'add', 'Dee Outside']);
    await j.ok(['archive', 'ben']);
  });

  it('prints everyone below the person, indented, with ids, after the card', async () => {
    const out = await j.ok(['show', 'ann', '--tree']);
    expect(out).toContain('  referred: Ben Child (#3, archived), Zoe Child (#2)\n'); // as the tree marks him
    expect(out.endsWith('\nReferral tree (3 people brought in)\n  Ann Root #1\n    Ben Child #3 (archived)\n    Zoe Child #2\n      Cal Grandchild #4\n')).toBe(true);
    expect(await j.ok(['show', 'ann'])).not.toContain('Referral tree');
  });

  it('marks an archived referrer, person referred and relative on the card too, and in --json', async () => {
    await j.ok(['relate', 'zoe', '--to', 'ben', '--as', 'sibling']);
    await j.ok(['archive', 'ann']);
    const zoe = await j.ok(['show', 'zoe']);
    expect(zoe).toContain('  referred by: Ann Root (#1, archived)\n');
    expect(zoe).toContain('\nFamily and colleagues\n  Ben Child (#3, archived) — sibling\n');
    expect(await j.ok(['show', 'cal'])).toContain('  referred by: Zoe Child (#2)\n');
    // --json marks them in the same places, as the referral tree and rel search do: { person, archived }.
    await j.ok(['relate', 'zoe', '--to', 'Ida Nobody', '--as', 'friend']); // a name only: nobody to archive
    const card = JSON.parse(await j.ok(['show', 'zoe', '--json']));
    expect(card.referrer).toEqual({ person: { id: 1, name: 'Ann Root' }, archived: true });
    expect(card.person.referredBy).toEqual({ id: 1, name: 'Ann Root' }); // a person is the same everywhere
    expect(card.referrals).toEqual([{ person: { id: 4, name: 'Cal Grandchild' }, archived: false }]);
    expect(card.relations.map((r: { relative: unknown; archived: unknown }) => [r.relative, r.archived])).toEqual([
      [{ id: 3, name: 'Ben Child' }, true],
      [{ name: 'Ida Nobody' }, null],
    ]);
    const ann = JSON.parse(await j.ok(['show', 'ann', '--json']));
    expect([ann.referrer, ann.referrals.map((r: { archived: boolean }) => r.archived)]).toEqual([null, [true, false]]);
    expect(JSON.parse(await j.ok(['show', 'cal', '--json'])).referrer).toEqual({ person: { id: 2, name: 'Zoe Child' }, archived: false });
    await j.ok(['unrelate', 'zoe', '--to', 'Ida Nobody']);
    await j.ok(['unarchive', 'ann']);
    await j.ok(['unrelate', 'zoe', '--to', 'ben']);
  });

  it('says so when the person has referred no one', async () => {
    expect(await j.ok(['show', 'dee', '--tree'])).toContain('\nReferral tree\n  Dee Outside has not referred anyone yet');
  });

  it('nests the tree in --json only with --tree', async () => {
    const card = JSON.parse(await j.ok(['show', 'zoe', '--tree', '--json']));
    expect(card.referralTree).toEqual({
      person: { id: 2, name: 'Zoe Child' },
      archived: false,
      referred: [{ person: { id: 4, name: 'Cal Grandchild' }, archived: false, referred: [] }],
    });
    expect(JSON.parse(await j.ok(['show', 'zoe', '--json'])).referralTree).toBeNull();
  });

  it('stops at a cycle: each person appears once', async () => {
    // Ann → Zoe → Cal → Ann: refused by rel edit now, but a journal from before may hold it.
    const db = new Database(j.db);
    db.prepare("UPDATE contacts SET referred_by = (SELECT id FROM contacts WHERE name = 'Cal Grandchild') WHERE name = 'Ann Root'").run();
    db.close();
    const out = await j.ok(['show', 'zoe', '--tree']);
    expect(out.slice(out.indexOf('Referral tree'))).toBe('Referral tree (3 people brought in)\n  Zoe Child #2\n    Cal Grandchild #4\n      Ann Root #1\n        Ben Child #3 (archived)\n');
  });
});

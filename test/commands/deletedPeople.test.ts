// A name or an id of someone deleted (SPEC §5: deleting is undoable): while the undo history holds
// their deletion, finding no one living says when they were deleted and what rel undo does about
// it, in the one place that resolves a person (src/store/lookup.ts's notFound); rel add and
// rel contact add of their name say so after creating someone new.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';

/** Bob, and Jane Smith (#2) deleted on 2026-11-20 (the harness's day is 2026-11-23). */
async function janeDeleted(): Promise<TestJournal> {
  const j = makeJournal();
  await j.ok(['contact', 'add', 'Bob Lee']);
  await j.ok(['add', 'Jane Smith', '--note', 'lunch']);
  await j.ok(['rm', 'jane smith', '--yes'], { now: '2026-11-20T10:00:00' });
  return j;
}

const JANE_DELETED = 'rel: Jane Smith (#2) was deleted on 2026-11-20 (rel rm)';

describe('a name or an id of someone deleted', () => {
  it('says when they were deleted and that rel undo brings them back, by name, part of it or id, for any command', async () => {
    const j = await janeDeleted();
    for (const query of ['jane smith', 'Jane', '2', '#2']) expect(await expectRefused(j, ['show', query], 1)).toBe(`${JANE_DELETED}; rel undo brings them back`);
    expect(await expectRefused(j, ['remember', 'Jane Smith', 'likes roses'], 1)).toBe(`${JANE_DELETED}; rel undo brings them back`);
    expect(await j.ok(['undo'])).toBe('undid: delete Jane Smith (#2)\n');
    expect(await j.ok(['show', 'jane smith'])).toMatch(/^Jane Smith #2\n/);
  });

  it('counts the changes rel undo takes back first, once others were made since', async () => {
    const j = await janeDeleted();
    await j.ok(['remember', 'bob', 'likes jazz']);
    expect(await expectRefused(j, ['show', 'jane'], 1)).toBe(`${JANE_DELETED}; rel undo twice brings them back, taking back the change made since too (rel undo --list shows them)`);
    await j.ok(['tag', 'vip', '--every', '30d']);
    expect(await expectRefused(j, ['show', 'jane'], 1)).toBe(`${JANE_DELETED}; rel undo 3 times brings them back, taking back the 2 changes made since too (rel undo --list shows them)`);
    await j.ok(['undo']);
    await j.ok(['undo']);
    await j.ok(['undo']);
    expect(await j.ok(['show', '2'])).toMatch(/^Jane Smith #2\n/);
  });

  it('names the change when it was a merge', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Robert Ray']);
    await j.ok(['contact', 'add', 'Bobby Ray', '--new']);
    await j.ok(['merge', 'Robert Ray', 'Bobby Ray', '--yes']);
    expect(await expectRefused(j, ['show', '#2'], 1)).toBe('rel: Bobby Ray (#2) was deleted on 2026-11-23 (merge Bobby Ray (#2) into Robert Ray (#1)); rel undo brings them back');
  });

  it('is as any name that finds no one once the deletion left the history, and a living match wins', async () => {
    const j = await janeDeleted();
    expect(await j.ok(['rm', 'jane', '--purge', '--yes'])).toMatch(/^erased Jane Smith \(#2\) for good/); // rm --purge still finds her
    expect(await expectRefused(j, ['show', '2'], 1)).toBe('rel: no contact matches "2"; see rel list');
    expect(await expectRefused(j, ['show', 'jane smith'], 1)).toBe('rel: no contact matches "jane smith"; see rel list');
    await j.ok(['contact', 'add', 'Jane Smith']);
    await j.ok(['rm', '3', '--yes']);
    await j.ok(['contact', 'add', 'Janet Smith']);
    expect(await j.ok(['show', 'jane'])).toMatch(/^Janet Smith #4\n/);
  });

  it('of two deleted people, is refused as any name that finds no one', async () => {
    const j = await janeDeleted();
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['rm', 'jane doe', '--yes']);
    expect(await expectRefused(j, ['show', 'jane'], 1)).toBe('rel: no contact matches "jane"; see rel list');
    expect(await expectRefused(j, ['show', 'jane doe'], 1)).toBe('rel: Jane Doe (#3) was deleted on 2026-11-23 (rel rm); rel undo brings them back');
  });
});

describe('adding someone with the name of someone deleted', () => {
  it('rel add creates them and says how to bring back whom they may have meant', async () => {
    const j = await janeDeleted();
    expect(await j.rel(['add', 'jane smith', '--note', 'again'])).toEqual({
      code: 0,
      stdout: 'logged conversation with jane smith on 2026-11-23 (#2)\n',
      stderr: 'created jane smith (#3)\nJane Smith (#2) was deleted on 2026-11-20 (rel rm); if you meant them, rel undo twice brings them back, taking back this add too\n',
    });
    await j.ok(['undo']);
    await j.ok(['undo']);
    expect(await j.ok(['show', 'jane'])).toMatch(/^Jane Smith #2\n/);
  });

  it('rel contact add too, counting the changes made since', async () => {
    const j = await janeDeleted();
    await j.ok(['remember', 'bob', 'likes jazz']);
    expect(await j.rel(['contact', 'add', 'Jane Smith'])).toEqual({
      code: 0,
      stdout: 'added Jane Smith (#3)\n',
      stderr: 'Jane Smith (#2) was deleted on 2026-11-20 (rel rm); if you meant them, rel undo 3 times brings them back, taking back this add and the change made since the deletion too (rel undo --list shows them)\n',
    });
  });

  it('says nothing for another name, for a name found, or when no one was ever deleted', async () => {
    const j = await janeDeleted();
    expect((await j.rel(['add', 'Jane Smithers', '--note', 'x'])).stderr).toBe('created Jane Smithers (#3)\n');
    expect((await j.rel(['add', 'Bob Lee', '--note', 'x'])).stderr).toBe('');
    const fresh = makeJournal();
    expect((await fresh.rel(['add', 'Jane Smith', '--note', 'x'])).stderr).toBe('created Jane Smith (#1)\n');
    expect((await fresh.rel(['contact', 'add', 'Ann Lee'])).stderr).toBe('');
  });
});

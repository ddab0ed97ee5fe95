// rel log and rel resolve: the history of conversations, and complaints closed.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal } from '../harness/journal.js';

const history = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', '2026-11-01']);
  await j.ok(['add', 'Bob Lee', '--via', 'visit', '--note', 'Order arrived damaged', '--complaint', '--on', '2026-11-20']);
  await j.ok(['add', 'jane', '--via', 'meal', '--note', 'lunch']);
});

describe('rel log', () => {
  it('lists conversations newest first', async () => {
    const j = await history();
    expect(await j.rel(['log'])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '#3  2026-11-23  Jane Doe  meal   lunch',
        '#2  2026-11-20  Bob Lee   visit  [complaint] Order arrived damaged',
        '#1  2026-11-01  Jane Doe  call   catalog',
        '',
      ].join('\n'),
    });
  });

  it('filters by person, --since and --limit', async () => {
    const j = await history();
    const ids = async (...args: string[]) => (await j.json<Array<{ id: number }>>(['log', '--json', ...args])).map((v) => v.id);
    expect(await ids('jane')).toEqual([3, 1]);
    expect(await ids('--since', '2026-11-15')).toEqual([3, 2]);
    expect(await ids('--since', 'last tuesday')).toEqual([3, 2]);
    expect(await ids('--limit', '1')).toEqual([3]);
    expect(await ids('jane', '--since', '2026-11-02')).toEqual([3]);
  });

  it('--json gives each conversation with its fields', async () => {
    const j = await history();
    expect(await j.json(['log', 'bob', '--json'])).toEqual([
      { id: 2, people: [{ id: 2, name: 'Bob Lee' }], happenedOn: '2026-11-20', via: 'visit', note: 'Order arrived damaged', complaint: true, resolvedOn: null, resolutionNote: null, createdAt: expect.any(String) },
    ]);
  });

  it('with none is not an error', async () => {
    const j = makeJournal();
    expect(await j.rel(['log'])).toEqual({ code: 0, stdout: '', stderr: 'No conversations yet. Log one: rel add NAME --note "what you talked about"\n' });
    expect(await j.rel(['log', '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('refuses a bad --limit (usage error), a bad --since and an unknown person, writing nothing', async () => {
    const j = await history();
    expect(await expectRefused(j, ['log', '--limit', 'ten'], 2)).toBe('rel: --limit must be a whole number, got "ten"');
    expect(await expectRefused(j, ['log', '--since', 'whenever'], 2)).toMatch(/^rel: --since: "whenever" is not a date; use /);
    expect(await expectRefused(j, ['log', 'Bbo'], 1)).toBe('rel: no contact matches "Bbo"; did you mean Bob Lee (#2)?');
  });
});

describe('rel resolve', () => {
  it('closes an open complaint with a note', async () => {
    const j = await history();
    expect((await j.json(['show', 'bob', '--json'])).openComplaints).toHaveLength(1);
    expect(await j.rel(['resolve', '2', '--note', 'sent a new vase'])).toEqual({ code: 0, stdout: 'resolved complaint #2 from Bob Lee: sent a new vase\n', stderr: '' });
    const card = await j.json(['show', 'bob', '--json']);
    expect(card.openComplaints).toEqual([]);
    expect(card.conversations[0]).toMatchObject({ id: 2, complaint: true, resolvedOn: '2026-11-23', resolutionNote: 'sent a new vase' });
    expect(await j.ok(['log', 'bob'])).toBe('#2  2026-11-20  Bob Lee  visit  [complaint, resolved] Order arrived damaged\n');
    const shown = await j.ok(['show', 'bob']);
    expect(shown).not.toContain('Open complaints');
    expect(shown).toContain('  2026-11-20 visit complaint (resolved 2026-11-23: sent a new vase): Order arrived damaged [conversation 2]\n');
    // rel undo says what it takes back: the resolution, not "change a conversation".
    expect(await j.ok(['undo'])).toBe('undid: resolve complaint #2 from Bob Lee: sent a new vase\n');
    expect((await j.json(['show', 'bob', '--json'])).openComplaints).toHaveLength(1);
  });

  it('closes one without a note', async () => {
    const j = await history();
    expect(await j.ok(['resolve', '#2'])).toBe('resolved complaint #2 from Bob Lee\n');
    expect((await j.json(['log', 'bob', '--json']))[0]).toMatchObject({ resolvedOn: '2026-11-23', resolutionNote: null });
  });

  it('refuses what is not an open complaint, writing nothing', async () => {
    const j = await history();
    expect(await expectRefused(j, ['resolve', '1'], 1)).toBe('rel: conversation #1 is not a complaint; log one with rel add NAME --complaint');
    expect(await expectRefused(j, ['resolve', '9'], 1)).toBe('rel: no conversation #9; rel log shows conversations with their ids');
    expect(await expectRefused(j, ['resolve', 'bob'], 2)).toContain('"bob" is not a complaint id');
    await j.ok(['resolve', '2']);
    expect(await expectRefused(j, ['resolve', '2', '--note', 'again'], 1)).toBe('rel: complaint #2 was already resolved on 2026-11-23; to open it again (the fix did not hold): rel conversation reopen 2');
  });
});

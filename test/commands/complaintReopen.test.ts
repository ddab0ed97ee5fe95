// A resolved complaint opened again when the fix did not hold (rel conversation reopen ID): the
// customer calling back is an everyday case. Its first resolution stays in the conversation's
// note; rel stats, rel today and rel doctor count it open; rel undo takes it back. rel resolve and
// rel conversation edit --complaint on a resolved one say how to open it again.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';

// Today is 2026-11-23 (the harness's clock).
const journal = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe']);
  await j.ok(['add', 'Jane Doe', '--via', 'visit', '--note', 'box damaged', '--complaint', '--on', '2026-11-20']); // #1
  await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', '2026-11-21']); // #2
  await j.ok(['resolve', '1', '--note', 'sent a new box'], { now: '2026-11-21' });
});

const complaints = async (j: Awaited<ReturnType<typeof journal>>) => (await j.json<{ complaints: object }>(['stats', '--json'])).complaints;

describe('rel conversation reopen', () => {
  it('opens a resolved complaint again, its resolution kept in the note; stats, today and doctor count it open; undo takes it back', async () => {
    const j = await journal();
    const before = journalContent(j.db);
    expect(await complaints(j)).toEqual({ open: 0, openArchived: 0, resolved: 1, averageDaysToResolve: 1 });
    expect(await j.ok(['conversation', 'reopen', '1'])).toBe('reopened complaint #1 from Jane Doe: box damaged (resolved 2026-11-21: sent a new box; reopened 2026-11-23)\n');
    const [reopened] = (await j.json<Array<{ id: number; note: string; complaint: boolean; resolvedOn: string | null; resolutionNote: string | null }>>(['log', '--json'])).filter((c) => c.id === 1);
    expect(reopened).toMatchObject({ complaint: true, resolvedOn: null, resolutionNote: null, note: 'box damaged (resolved 2026-11-21: sent a new box; reopened 2026-11-23)' });
    expect(await complaints(j)).toEqual({ open: 1, openArchived: 0, resolved: 0, averageDaysToResolve: null });
    expect(await j.ok(['today'])).toContain('• complaint open 3 days: box damaged (resolved 2026-11-21');
    await j.ok(['doctor']); // the complaint counts (turnaround) and their people (complaints) match the rows
    // Resolved again: a second resolution, the first still in the note.
    expect(await j.ok(['resolve', '1', '--note', 'refunded'], { now: '2026-11-25' })).toBe('resolved complaint #1 from Jane Doe: refunded\n');
    expect(await complaints(j)).toEqual({ open: 0, openArchived: 0, resolved: 1, averageDaysToResolve: 5 });
    await j.ok(['undo']);
    expect(await j.ok(['undo'])).toBe('undid: reopen complaint #1 from Jane Doe\n');
    expect(journalContent(j.db)).toEqual(before);
    await j.ok(['doctor']);
  });

  it('refuses an open complaint, a conversation that is no complaint, and an unknown id; nothing changes', async () => {
    const j = await journal();
    await j.ok(['conversation', 'reopen', '1']);
    expect(await expectRefused(j, ['conversation', 'reopen', '1'], 1)).toBe('rel: complaint #1 is open already; nothing changed (rel resolve 1 --note "..." closes it)');
    expect(await expectRefused(j, ['conversation', 'reopen', '2'], 1)).toBe('rel: conversation #2 is not a complaint; to make it an open one: rel conversation edit 2 --complaint');
    expect(await expectRefused(j, ['conversation', 'reopen', '9'], 1)).toBe('rel: no conversation #9; see rel log for ids');
    expect(await expectRefused(j, ['conversation', 'reopen', 'x'], 2)).toBe('rel: "x" is not a conversation id; ids are numbers, as shown by rel log');
  });
});

describe('a resolved complaint met by rel resolve, conversation edit --complaint and rel reopen', () => {
  it('says how to open it again', async () => {
    const j = await journal();
    const again = 'rel: complaint #1 was already resolved on 2026-11-21; to open it again (the fix did not hold): rel conversation reopen 1';
    expect(await expectRefused(j, ['resolve', '1'], 1)).toBe(again);
    expect(await expectRefused(j, ['conversation', 'edit', '1', '--complaint'], 1)).toBe(again);
    expect(await expectRefused(j, ['conversation', 'edit', '1', '--complaint', '--note', 'box crushed'], 1)).toBe(again);
    expect(await expectRefused(j, ['reopen', '1'], 2)).toBe(
      "rel: unknown command 'reopen': rel conversation reopen <id>: open again a resolved complaint whose fix did not hold (its resolution stays in its note); rel reminder reopen <id>: open again a follow-up marked done by mistake (see rel --help)",
    );
  });
});

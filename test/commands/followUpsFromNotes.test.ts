// A follow-up made with a conversation and given no "what" says the note (README: rel add
// --follow-up): correcting the note with rel conversation edit corrects the open follow-ups made
// from it that still say it, in the same change, and says which (migration 0037 links them).
import { describe, expect, it } from 'vitest';
import { expectFailure } from '../harness/failures.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';

// Today is 2026-11-23 (the harness's clock): every command below writes at that same instant, as
// under REL_NOW, so only the link, not the time written, tells which follow-ups were made from the note.
const journal = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Ann Lee']);
  // conversation #1; follow-ups #1 (its note), #2 (its note, Ann's), #3 (the same words, typed), #4 (a time of day, then its note)
  await j.ok(['add', 'Zoe Park', 'Ann Lee', '--note', 'Wants a qoute for 200 favours', '--follow-up', '2026-11-25', '--follow-up', 'Ann Lee: 2026-11-26',
    '--follow-up', '2026-11-27: Wants a qoute for 200 favours', '--follow-up', '2026-11-28 10:00']);
  await j.ok(['remind', 'Zoe Park', 'Wants a qoute for 200 favours', '--on', '2026-11-29']); // #5, the same words given apart
  await j.ok(['add', 'Zoe Park', '--note', '', '--via', 'call', '--on', '2026-11-20', '--follow-up', '2026-11-30']); // conversation #2, no note; #6
});

type ReminderJson = { id: number; text: string; doneOn: string | null };
const texts = async (j: TestJournal) => Object.fromEntries((await j.json<ReminderJson[]>(['reminders', '--all', '--json'])).map((r) => [r.id, r.text]));
const QOUTE = 'Wants a qoute for 200 favours';
const QUOTE = 'Wants a quote for 200 favours';

describe('rel conversation edit --note and the follow-ups made from the note', () => {
  it('corrects the open ones that still say the note, says which, everywhere they show; one rel undo takes both back', async () => {
    const j = await journal();
    const before = journalContent(j.db);
    expect(await j.ok(['conversation', 'edit', '1', '--note', QUOTE])).toBe(
      `updated conversation #1 with Zoe Park and Ann Lee on 2026-11-23 (note); reminders #1, #2, made from it, now say: ${QUOTE}\n`,
    );
    // Not one typed with the same words (#3, #5), nor one with a time of day before them (#4).
    expect(await texts(j)).toEqual({ 1: QUOTE, 2: QUOTE, 3: QOUTE, 4: `10:00 ${QOUTE}`, 5: QOUTE, 6: 'the call of 2026-11-20' });
    expect(await j.ok(['today', '--as-of', '2026-11-25'])).toContain(`follow up: ${QUOTE} — due today`);
    expect(await j.ok(['show', 'Ann Lee'])).toContain(QUOTE);
    expect(await j.ok(['export', 'reminders'])).toContain(`1,2,Zoe Park,${QUOTE},2026-11-25`);
    expect(await j.ok(['search', 'quote'])).toContain('Ann Lee');
    expect(await j.ok(['search', 'qoute'])).not.toContain('Ann Lee');
    expect(await j.ok(['undo'])).toBe(`undid: edit conversation #1 with Zoe Park (#2) and 1 other on 2026-11-23 (note; follow-ups #1, #2 made from it): ${QOUTE}\n`);
    expect(journalContent(j.db)).toEqual(before);
  });

  it('leaves a done one, and one whose text was changed apart', async () => {
    const j = await journal();
    await j.ok(['done', '1']);
    await j.ok(['reminder', 'edit', '2', '--text', 'Send Ann the qoute']);
    expect(await j.ok(['conversation', 'edit', '1', '--note', QUOTE])).toBe('updated conversation #1 with Zoe Park and Ann Lee on 2026-11-23 (note)\n');
    expect(await texts(j)).toMatchObject({ 1: QOUTE, 2: 'Send Ann the qoute' });
  });

  it('says a conversation without a note again when it gains one, or its day or channel changes', async () => {
    const j = await journal();
    expect(await j.ok(['conversation', 'edit', '2', '--on', '2026-11-19', '--via', 'meal'])).toBe(
      'updated conversation #2 with Zoe Park on 2026-11-19 (day, channel); reminder #6, made from it, now says: the meal of 2026-11-19\n',
    );
    await j.ok(['conversation', 'edit', '2', '--note', 'Asked about the spring catalog']);
    expect((await texts(j))[6]).toBe('Asked about the spring catalog');
    await j.ok(['conversation', 'edit', '2', '--note', '']);
    expect((await texts(j))[6]).toBe('the meal of 2026-11-19');
  });

  it('keeps the link through rel reminder rm and rel undo', async () => {
    const j = await journal();
    await j.ok(['reminder', 'rm', '1']);
    await j.ok(['undo']);
    await j.ok(['conversation', 'edit', '1', '--note', QUOTE]);
    expect((await texts(j))[1]).toBe(QUOTE);
  });
});

// README: "rel import reads back whole, and rel export all keeps everything" (SPEC §5).
describe('through a backup: rel export all, then rel import into a new journal', () => {
  type Linked = { id: number; conversationId: number | null };
  const links = async (j: TestJournal) => (await j.json<Linked[]>(['reminders', '--all', '--json'])).map((r) => [r.id, r.conversationId]);

  it('keeps the links: the same bytes, and rel conversation edit --note corrects the same follow-ups as on the original', async () => {
    const j = await journal();
    await j.ok(['add', 'Ann Lee', '--note', 'Asked for samples', '--follow-up', '2026-12-01']); // conversation #3, follow-up #7
    await j.ok(['conversation', 'rm', '3']); // #7 keeps the id of a conversation deleted since, as the journal does
    const doc = await j.ok(['export', 'all']);
    expect(JSON.parse(doc).reminders.map((r: Linked) => [r.id, r.conversationId])).toEqual([[1, 1], [2, 1], [3, null], [4, null], [5, null], [6, 2], [7, 3]]);
    const restored = makeJournal();
    await restored.ok(['import', '-'], { input: doc });
    expect(await restored.ok(['export', 'all'])).toBe(doc);
    expect(await links(restored)).toEqual(await links(j));
    for (const copy of [j, restored]) {
      expect(await copy.ok(['conversation', 'edit', '1', '--note', QUOTE])).toBe(
        `updated conversation #1 with Zoe Park and Ann Lee on 2026-11-23 (note); reminders #1, #2, made from it, now say: ${QUOTE}\n`,
      );
      expect(await copy.ok(['conversation', 'edit', '2', '--via', 'meal'])).toBe('updated conversation #2 with Zoe Park on 2026-11-20 (channel); reminder #6, made from it, now says: the meal of 2026-11-20\n');
    }
    expect(await restored.ok(['export', 'all'])).toBe(await j.ok(['export', 'all']));
  });

  it('reads a document written before rel kept the link (no conversationId) as follow-ups made from no conversation', async () => {
    const doc = JSON.parse(await (await journal()).ok(['export', 'all']));
    for (const r of doc.reminders) delete r.conversationId;
    const restored = makeJournal();
    expect(await restored.ok(['import', '-'], { input: JSON.stringify(doc) })).toBe('restored 2 contacts, 2 conversations, 0 details, 6 reminders from stdin\n');
    expect(await links(restored)).toEqual([[1, null], [2, null], [3, null], [4, null], [5, null], [6, null]]);
    expect(await restored.ok(['conversation', 'edit', '1', '--note', QUOTE])).toBe('updated conversation #1 with Zoe Park and Ann Lee on 2026-11-23 (note)\n');
  });

  it('refuses a follow-up made from a conversation the journal never gave its id: one line, exit 1, nothing written', async () => {
    const doc = JSON.parse(await (await journal()).ok(['export', 'all']));
    expect(doc.highestIds.conversations).toBe(2);
    doc.reminders[5].conversationId = 3;
    const restored = makeJournal();
    expect(expectFailure(await restored.rel(['import', '-'], { input: JSON.stringify(doc) }), 1)).toBe(
      'rel: stdin, field reminders[5].conversationId: no conversation has id 3, and the journal gave conversation ids only up to 2; make it null, or the id of the conversation the follow-up was made from',
    );
    expect(await restored.json(['list', '--json'])).toEqual([]);
  });
});

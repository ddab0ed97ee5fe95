// A follow-up made with a conversation and given no "what" says the note (README: rel add
// --follow-up): correcting the note with rel conversation edit corrects the open follow-ups made
// from it that still say it, in the same change, and says which (migration 0037 links them).
import { describe, expect, it } from 'vitest';
import { journalFrom, type TestJournal } from '../harness/journal.js';
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

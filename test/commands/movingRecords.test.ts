// A detail or a follow-up entered on the wrong person is moved to the right one by id
// (rel detail edit ID --person NAME, rel reminder edit ID --person NAME), as rel conversation edit
// moves a conversation: everything else of the record stays, one change that rel undo takes back.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';

// Today is 2026-11-23 (the harness's clock).
const journal = journalFrom(async (j) => {
  for (const name of ['Jane Doe', 'Eve Smith', 'Eve Jones', 'Ivy Lee']) await j.ok(['contact', 'add', name]);
  await j.ok(['remember', 'Jane Doe', 'loves golf']); // detail #1
  await j.ok(['remember', 'Jane Doe', 'wedding', '--on', '2019-06-14', '--yearly']); // detail #2
  await j.ok(['remind', 'Jane Doe', 'check the account', '--on', '2027-01-31', '--every', '1m']); // reminder #1
  await j.ok(['done', '1']); // a series on the 31st, moved to 28 February: it keeps its anchor day
  await j.ok(['remind', 'Jane Doe', 'send the catalog', '--on', '2026-12-15']); // reminder #2
  await j.ok(['snooze', '2', '--until', '2026-12-22']);
});

type ReminderJson = { id: number; person: { id: number; name: string }; text: string; dueOn: string; every: string | null; doneOn: string | null; snoozedUntil: string | null };
const reminders = (j: TestJournal, name: string) => j.json<ReminderJson[]>(['reminders', name, '--json']);
const details = async (j: TestJournal, name: string) => (await j.json<{ details: Array<{ id: number; text: string; date: string | null; yearly: boolean }> }>(['show', name, '--json'])).details;

describe('rel reminder edit --person', () => {
  it('moves a follow-up with its day, snooze and recurrence; it shows under the new person, and rel undo takes it back', async () => {
    const j = await journal();
    const before = journalContent(j.db);
    const [snoozed] = await reminders(j, 'Jane Doe').then((all) => all.filter((r) => r.id === 2));
    expect(await j.ok(['reminder', 'edit', '2', '--person', 'ivy'])).toBe('updated reminder #2: send the catalog — Ivy Lee, due 2026-12-22, snoozed from 2026-12-15 (moved from Jane Doe)\n');
    expect(await reminders(j, 'Ivy Lee')).toEqual([{ ...snoozed, person: { id: 4, name: 'Ivy Lee' } }]);
    expect((await reminders(j, 'Jane Doe')).map((r) => r.id)).toEqual([1]);
    // rel today and the card name the new person on the snooze day.
    expect(await j.ok(['today', '--as-of', '2026-12-22'])).toMatch(/Ivy Lee #4[^\n]*\n(?:[^\n]+\n)*?\s+• [^\n]*send the catalog/);
    expect(await j.ok(['show', 'Jane Doe'])).not.toContain('send the catalog');
    expect(await j.ok(['search', 'catalog'])).toContain('Ivy Lee');
    expect(await j.ok(['undo', '--list'])).toContain('move follow-up #2 from Jane Doe (#1) to Ivy Lee (#4): send the catalog');
    expect(await j.ok(['undo'])).toBe('undid: move follow-up #2 from Jane Doe (#1) to Ivy Lee (#4): send the catalog\n');
    expect(journalContent(j.db)).toEqual(before);
  });

  it('keeps the anchor day of a monthly series, and moves text and day with the person in one change', async () => {
    const j = await journal();
    await j.ok(['reminder', 'edit', '1', '--person', 'Ivy Lee']);
    await j.ok(['done', '1']); // 28 February 2027: back on the 31st in March
    expect((await reminders(j, 'Ivy Lee'))[0]).toMatchObject({ dueOn: '2027-03-31', every: '1m' });
    expect(await j.ok(['reminder', 'edit', '2', '--person', 'Eve Smith', '--text', 'send the spring catalog'])).toBe(
      'updated reminder #2: send the spring catalog — Eve Smith, due 2026-12-22, snoozed from 2026-12-15 (moved from Jane Doe, text)\n',
    );
    expect(await j.ok(['undo'])).toBe('undid: move follow-up #2 from Jane Doe (#1) to Eve Smith (#2) (text): send the catalog\n');
  });

  it('counts an open follow-up moved to an archived person as theirs, and says it is hidden', async () => {
    const j = await journal();
    await j.ok(['archive', 'Ivy Lee']);
    const result = await j.rel(['reminder', 'edit', '2', '--person', 'Ivy Lee']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'Ivy Lee is archived and stays so: the follow-up is hidden from rel today, rel reminders and rel export dates (rel reminders "Ivy Lee" lists it, as does rel reminders --all); bring them back with rel unarchive "Ivy Lee"\n',
    );
    expect(await j.ok(['reminders'])).not.toContain('send the catalog');
    await j.ok(['doctor']); // the counts of open follow-ups (archived ones apart) match the rows
  });

  it('refuses a name several people answer to, nobody, or the person it is for already; nothing changes', async () => {
    const j = await journal();
    expect(await expectRefused(j, ['reminder', 'edit', '2', '--person', 'eve'], 1)).toMatch(/^rel: "eve" matches 2 people: /);
    expect(await expectRefused(j, ['reminder', 'edit', '2', '--person', 'Zed'], 1)).toMatch(/^rel: no contact matches "Zed"/);
    expect(await expectRefused(j, ['reminder', 'edit', '2', '--person', 'Jane Doe'], 1)).toBe('rel: reminder #2 is already like that; nothing changed');
  });
});

describe('rel detail edit --person', () => {
  it('moves a detail with its date, and rel undo takes it back', async () => {
    const j = await journal();
    const before = journalContent(j.db);
    expect(await j.ok(['detail', 'edit', '2', '--person', 'Eve Smith'])).toMatch(/^updated detail #2 about Eve Smith: wedding \(.*\) \(moved from Jane Doe\)\n$/);
    expect(await details(j, 'Eve Smith')).toEqual([expect.objectContaining({ id: 2, text: 'wedding', date: '2019-06-14', yearly: true })]);
    expect((await details(j, 'Jane Doe')).map((d) => d.id)).toEqual([1]);
    expect(await j.ok(['undo'])).toBe('undid: move detail #2 from Jane Doe (#1) to Eve Smith (#2): wedding\n');
    expect(journalContent(j.db)).toEqual(before);
  });

  it('refuses a name several people answer to, and the person it is about already', async () => {
    const j = await journal();
    expect(await expectRefused(j, ['detail', 'edit', '1', '--person', 'eve'], 1)).toMatch(/^rel: "eve" matches 2 people: /);
    expect(await expectRefused(j, ['detail', 'edit', '1', '--person', 'jane'], 1)).toBe('rel: detail #1 is already like that; nothing changed');
  });
});

describe('rel conversation edit --person and --with onto someone archived', () => {
  it('moves it and says they stay archived, as rel add does; nothing is said of someone it was with already', async () => {
    const j = await journal();
    await j.ok(['add', 'Jane Doe', '--note', 'catalog']); // conversation #1
    await j.ok(['archive', 'Ivy Lee']);
    await j.ok(['archive', 'Eve Jones']);
    const archived = (name: string, command: string) =>
      `${name} is archived and stays so: hidden from rel today and rel list (rel list --archived lists them); bring them back with rel unarchive ${command}\n`;
    const moved = await j.rel(['conversation', 'edit', '1', '--person', 'ivy']);
    expect([moved.code, moved.stdout, moved.stderr]).toEqual([0, 'updated conversation #1 with Ivy Lee on 2026-11-23 (person)\n', archived('Ivy Lee', '"Ivy Lee"')]);
    const joined = await j.rel(['conversation', 'edit', '1', '--with', 'Eve Jones', '--with', 'Eve Smith']);
    expect([joined.code, joined.stdout, joined.stderr]).toEqual([0, 'updated conversation #1 with Ivy Lee, Eve Jones and Eve Smith on 2026-11-23 (people)\n', archived('Eve Jones', '"Eve Jones"')]);
    const again = await j.rel(['conversation', 'edit', '1', '--person', 'Ivy Lee', '--person', 'Eve Jones']);
    expect([again.code, again.stderr]).toEqual([0, '']);
  });
});

describe('an unknown flag far from any of rel\'s own', () => {
  it('is not offered --version (two letters off) but the command\'s help; one slip from a global flag still is', async () => {
    const j = await journal();
    expect(await expectRefused(j, ['done', '2', '--person', 'eve'], 2)).toBe("rel: unknown option '--person' (see rel done --help)");
    expect(await expectRefused(j, ['done', '2', '--verison'], 2)).toBe("rel: unknown option '--verison' (Did you mean --version?) (see rel done --help)");
    expect(await expectRefused(j, ['reminder', 'edit', '2', '--persn', 'eve'], 2)).toBe("rel: unknown option '--persn' (Did you mean --person?) (see rel reminder edit --help)");
  });
});

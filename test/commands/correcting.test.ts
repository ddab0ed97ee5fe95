// Correcting records by id (SPEC §3 "Correcting records"): rel conversation edit|rm, rel detail
// edit|rm, rel reminder edit|rm|reopen, and rel edit NAME refusing what changes nothing.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';

// Today is 2026-11-23 (the harness's clock).
const journal = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--phone', '555-0100', '--alias', 'JD', '--tag', 'vip', '--company', 'Doe Flowers']);
  await j.ok(['contact', 'add', 'Jane Smith']);
  await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', '2026-11-01']); // conversation #1
  await j.ok(['add', 'Jane Doe', '--via', 'visit', '--note', 'box damaged', '--complaint', '--on', '2026-11-20']); // #2
  await j.ok(['remember', 'Jane Doe', 'baby due', '--on', '2027-03']); // detail #1
  await j.ok(['remember', 'Jane Doe', 'loves golf']); // detail #2
  await j.ok(['remind', 'Jane Doe', 'send the catalog', '--on', '2026-11-27']); // reminder #1
  await j.ok(['remind', 'Jane Doe', 'check the account', '--on', '2026-12-01', '--every', '1m']); // reminder #2
});

interface ConversationJson {
  id: number;
  people: Array<{ id: number; name: string }>;
  happenedOn: string;
  via: string | null;
  note: string | null;
  complaint: boolean;
  resolvedOn: string | null;
}

const conversation = async (j: TestJournal, id: number) => (await j.json<ConversationJson[]>(['log', '--json'])).find((v) => v.id === id);
const details = async (j: TestJournal) => (await j.json<{ details: Array<{ id: number; text: string; date: string | null; yearly: boolean }> }>(['show', 'Jane Doe', '--json'])).details;
const reminder = async (j: TestJournal, id: number) =>
  (await j.json<Array<{ id: number; text: string; dueOn: string; every: string | null; doneOn: string | null; snoozedUntil: string | null }>>(['reminders', '--all', '--json'])).find((r) => r.id === id);

describe('rel conversation edit', () => {
  it('moves a conversation logged to the wrong person, and the rhythm of both with it', async () => {
    const j = await journal();
    expect(await j.ok(['conversation', 'edit', '2', '--person', 'Jane Smith'])).toBe('updated conversation #2 with Jane Smith on 2026-11-20 (person)\n');
    expect((await conversation(j, 2))?.people).toEqual([{ id: 2, name: 'Jane Smith' }]);
    expect(await j.ok(['show', 'Jane Smith'])).toContain('rhythm: last talked 2026-11-20');
    expect(await j.ok(['show', 'Jane Doe'])).toContain('rhythm: last talked 2026-11-01');
  });

  it('changes the note, day, channel and complaint flag', async () => {
    const j = await journal();
    expect(await j.ok(['conversation', 'edit', '#1', '--note', 'spring catalog', '--on', 'yesterday', '--via', 'meal', '--complaint'])).toBe(
      'updated conversation #1 with Jane Doe on 2026-11-22 (day, channel, note, complaint)\n',
    );
    expect(await conversation(j, 1)).toMatchObject({ happenedOn: '2026-11-22', via: 'meal', note: 'spring catalog', complaint: true, resolvedOn: null });
    await j.ok(['conversation', 'edit', '1', '--via', 'Zoom']); // an everyday word for a channel
    expect(await conversation(j, 1)).toMatchObject({ via: 'meeting' });
    await j.ok(['conversation', 'edit', '1', '--via', 'meal']);
    await j.ok(['conversation', 'edit', '1', '--no-complaint', '--note', '']);
    expect(await conversation(j, 1)).toMatchObject({ complaint: false, note: null });
  });

  it('keeps a resolution while it stays a complaint, and drops it when it is no complaint', async () => {
    const j = await journal();
    await j.ok(['resolve', '2', '--note', 'sent a new box']);
    await j.ok(['conversation', 'edit', '2', '--note', 'box arrived damaged']);
    expect(await conversation(j, 2)).toMatchObject({ complaint: true, resolvedOn: '2026-11-23' });
    await j.ok(['conversation', 'edit', '2', '--no-complaint']);
    expect(await conversation(j, 2)).toMatchObject({ complaint: false, resolvedOn: null });
  });

  describe('refuses and writes nothing', () => {
    it('an edit to what it already is (exit 1)', async () => {
      const j = await journal();
      expect(await expectRefused(j, ['conversation', 'edit', '1', '--note', 'catalog', '--via', 'call', '--on', '2026-11-01', '--person', 'Jane Doe', '--no-complaint'], 1)).toBe(
        'rel: conversation #1 is already like that; nothing changed',
      );
    });

    it('an unknown id (exit 1), a malformed id, no flag, a future day, a bad channel (exit 2)', async () => {
      const j = await journal();
      expect(await expectRefused(j, ['conversation', 'edit', '99', '--note', 'x'], 1)).toBe('rel: no conversation #99; see rel log for ids');
      expect(await expectRefused(j, ['conversation', 'rm', '99'], 1)).toBe('rel: no conversation #99; see rel log for ids');
      expect(await expectRefused(j, ['conversation', 'edit', 'first', '--note', 'x'], 2)).toBe('rel: "first" is not a conversation id; ids are numbers, as shown by rel log');
      expect(await expectRefused(j, ['conversation', 'edit', '1'], 2)).toMatch(/^rel: nothing to change; give at least one flag/);
      expect(await expectRefused(j, ['conversation', 'edit', '1', '--on', 'tomorrow'], 2)).toMatch(/^rel: --on 2026-11-24 is after today/);
      await expectRefused(j, ['conversation', 'edit', '1', '--via', 'pigeon'], 2);
      await expectRefused(j, ['conversation', 'edit', '1', '--person', 'nobody'], 1);
      await expectRefused(j, ['conversation', 'edit', '1', '--person', 'jane'], 1);
    });
  });
});

describe('rel conversation rm', () => {
  it('deletes one conversation; the rhythm falls back to the one before', async () => {
    const j = await journal();
    expect(await j.ok(['conversation', 'rm', '2'])).toBe('deleted conversation #2 with Jane Doe on 2026-11-20: box damaged\n');
    expect((await j.json<ConversationJson[]>(['log', '--json'])).map((v) => v.id)).toEqual([1]);
    expect(await j.ok(['show', 'Jane Doe'])).toContain('rhythm: last talked 2026-11-01');
  });
});

describe('rel detail edit and rm', () => {
  it('changes the text and the date; MM-DD makes it yearly; --no-date and --no-yearly undo that', async () => {
    const j = await journal();
    expect(await j.ok(['detail', 'edit', '1', '--text', 'twins due', '--on', '2027-04'])).toBe('updated detail #1 about Jane Doe: twins due (April 2027) (text, date)\n');
    expect(await j.ok(['detail', 'edit', '2', '--on', '06-14'])).toBe('updated detail #2 about Jane Doe: loves golf (14 June, every year) (date, yearly)\n');
    expect(await j.ok(['detail', 'edit', '2', '--on', '2027-06-14', '--no-yearly'])).toContain('(date, yearly)');
    // Yearly with its year, which counts the years.
    expect(await j.ok(['detail', 'edit', '2', '--yearly'])).toBe('updated detail #2 about Jane Doe: loves golf (14 June, every year since 2027) (yearly)\n');
    expect((await details(j))[1]).toMatchObject({ date: '2027-06-14', yearly: true });
    await j.ok(['detail', 'edit', '2', '--on', '06-14']);
    expect((await details(j))[1]).toMatchObject({ date: '--06-14', yearly: true });
    await j.ok(['detail', 'edit', '2', '--no-date']);
    expect(await details(j)).toMatchObject([
      { id: 1, text: 'twins due', date: '2027-04', yearly: false },
      { id: 2, text: 'loves golf', date: null, yearly: false },
    ]);
  });

  it('deletes a detail; rel forget still does too', async () => {
    const j = await journal();
    expect(await j.ok(['detail', 'rm', '1'])).toBe('deleted detail #1 about Jane Doe: baby due\n');
    expect(await j.ok(['forget', '2'])).toBe('forgot about Jane Doe: loves golf\n');
    expect(await details(j)).toEqual([]);
  });

  it('refuses what changes nothing, unknown and malformed ids, and dates that do not fit', async () => {
    const j = await journal();
    expect(await expectRefused(j, ['detail', 'edit', '1', '--on', '2027-03'], 1)).toBe('rel: detail #1 is already like that; nothing changed');
    expect(await expectRefused(j, ['detail', 'edit', '2', '--no-date'], 1)).toBe('rel: detail #2 is already like that; nothing changed');
    expect(await expectRefused(j, ['detail', 'edit', '99', '--text', 'x'], 1)).toBe('rel: no detail #99; see rel show NAME for ids');
    expect(await expectRefused(j, ['detail', 'rm', '99'], 1)).toBe('rel: no detail #99; see rel show NAME for ids');
    await expectRefused(j, ['detail', 'edit', 'x', '--text', 'x'], 2);
    await expectRefused(j, ['detail', 'edit', '1'], 2);
    await expectRefused(j, ['detail', 'edit', '1', '--text', ' '], 2);
    // The detail's own date, which the command line cannot know, refuses these (exit 1).
    expect(await expectRefused(j, ['detail', 'edit', '1', '--yearly'], 1)).toBe('rel: --yearly needs a day: detail #1 has only a month (2027-03); add --on MM-DD');
    expect(await expectRefused(j, ['detail', 'edit', '2', '--yearly'], 1)).toBe('rel: --yearly needs a date: detail #2 has none; add --on MM-DD');
    await j.ok(['detail', 'edit', '2', '--on', '06-14']);
    expect(await expectRefused(j, ['detail', 'edit', '2', '--no-yearly'], 1)).toBe(
      'rel: detail #2 is dated 06-14 without a year, which comes back every year; for a one-off date give --on YYYY-MM-DD with --no-yearly',
    );
    // The command line contradicting itself is its own mistake (exit 2).
    await expectRefused(j, ['detail', 'edit', '2', '--on', '06-15', '--no-yearly'], 2);
    await expectRefused(j, ['detail', 'edit', '2', '--on', '2027-04', '--yearly'], 2);
    await expectRefused(j, ['detail', 'edit', '2', '--no-date', '--yearly'], 2);
    await expectRefused(j, ['detail', 'edit', '1', '--on', '2027-03', '--no-date'], 2);
    await expectRefused(j, ['detail', 'edit', '1', '--on', 'someday'], 2);
  });
});

describe('rel reminder edit, rm and reopen', () => {
  it('changes the text, the due day (ending a snooze) and the recurrence', async () => {
    const j = await journal();
    await j.ok(['snooze', '1', '--until', '2026-11-30']);
    expect(await j.ok(['reminder', 'edit', '1', '--text', 'send the autumn catalog', '--on', '2026-12-04', '--every', '3m'])).toBe(
      'updated reminder #1: send the autumn catalog — Jane Doe, due 2026-12-04, every 3m (text, due day, recurrence)\n',
    );
    expect(await reminder(j, 1)).toMatchObject({ text: 'send the autumn catalog', dueOn: '2026-12-04', every: '3m', snoozedUntil: null });
    await j.ok(['reminder', 'edit', '2', '--no-every']);
    expect(await reminder(j, 2)).toMatchObject({ every: null });
  });

  it('reopens one marked done by mistake; rel done and rel reminders still work', async () => {
    const j = await journal();
    await j.ok(['done', '1']);
    expect(await j.ok(['reminders'])).not.toContain('send the catalog');
    expect(await j.ok(['reminder', 'reopen', '1'])).toBe('reopened reminder #1: send the catalog — Jane Doe, due 2026-11-27\n');
    expect(await reminder(j, 1)).toMatchObject({ doneOn: null });
    expect(await j.ok(['reminders'])).toContain('#1');
  });

  it('deletes one', async () => {
    const j = await journal();
    expect(await j.ok(['reminder', 'rm', '2'])).toBe('deleted reminder #2: check the account — Jane Doe\n');
    expect(await reminder(j, 2)).toBeUndefined();
  });

  it('refuses what changes nothing, reopening an open one, unknown and malformed ids, bad values', async () => {
    const j = await journal();
    expect(await expectRefused(j, ['reminder', 'edit', '1', '--on', '2026-11-27', '--no-every'], 1)).toBe('rel: reminder #1 is already like that; nothing changed');
    expect(await expectRefused(j, ['reminder', 'reopen', '1'], 1)).toBe('rel: reminder #1 is not done; it is open already');
    // A recurring one marked done by mistake moved on, open: the refusal names what takes it back.
    await j.ok(['done', '2']);
    expect(await expectRefused(j, ['reminder', 'reopen', '2'], 1)).toBe(
      'rel: reminder #2 is not done; it is open already (it recurs: rel done moved it to its next day, 2027-01-01); to take a done back: rel undo right after it, or rel reminder edit 2 --on DATE',
    );
    await j.ok(['undo']);
    expect(await expectRefused(j, ['reminder', 'edit', '99', '--text', 'x'], 1)).toBe('rel: no reminder #99; see rel reminders --all for ids');
    await expectRefused(j, ['reminder', 'rm', '99'], 1);
    await expectRefused(j, ['reminder', 'reopen', '99'], 1);
    await expectRefused(j, ['reminder', 'rm', '1x'], 2);
    await expectRefused(j, ['reminder', 'edit', '1'], 2);
    await expectRefused(j, ['reminder', 'edit', '1', '--every', 'often'], 2);
    await expectRefused(j, ['reminder', 'edit', '1', '--on', 'never'], 2);
  });

  it('a flag and its --no- form together say opposite things: refused, whichever comes last (exit 2)', async () => {
    const j = await journal();
    expect(await expectRefused(j, ['reminder', 'edit', '2', '--every', '1m', '--no-every'], 2)).toBe('rel: --every and --no-every say opposite things: give one of them');
    expect(await expectRefused(j, ['reminder', 'edit', '2', '--no-every', '--every', '1m'], 2)).toBe('rel: --every and --no-every say opposite things: give one of them');
    expect(await expectRefused(j, ['conversation', 'edit', '1', '--complaint', '--no-complaint'], 2)).toBe('rel: --complaint and --no-complaint say opposite things: give one of them');
    expect(await expectRefused(j, ['detail', 'edit', '1', '--yearly', '--no-yearly'], 2)).toBe('rel: --yearly and --no-yearly say opposite things: give one of them');
    // Each alone still works, run after run.
    expect(await j.ok(['reminder', 'edit', '2', '--no-every'])).toMatch(/^updated reminder #2: .* \(recurrence\)\n$/);
  });
});

describe('the ids where records are listed', () => {
  it('rel show has conversation, detail and follow-up ids; rel log and rel reminders theirs', async () => {
    const j = await journal();
    const card = await j.ok(['show', 'Jane Doe']);
    for (const id of ['[conversation 1]', '[conversation 2]', '[detail 1]', '[detail 2]', '[reminder 1]', '[reminder 2]']) expect(card).toContain(id);
    expect(await j.ok(['log'])).toMatch(/^#2 .*\n#1 /);
    expect(await j.ok(['reminders'])).toMatch(/^#1 .*\n#2 /);
  });
});

describe('rel edit NAME: removing what is not there, or changing nothing, exits 1', () => {
  it.each([
    [['--untag', 'nosuchtag'], 'rel: Jane Doe has no tag "nosuchtag"; nothing changed'],
    [['--remove-email', 'nobody@x.com'], 'rel: Jane Doe has no email nobody@x.com; nothing changed'],
    [['--remove-phone', '555-9999'], 'rel: Jane Doe has no phone 555-9999; nothing changed'],
    [['--remove-alias', 'Janie'], 'rel: Jane Doe has no alias "Janie"; nothing changed'],
    [['--untag', 'vip', '--untag', 'gold'], 'rel: Jane Doe has no tag "gold"; nothing changed'],
    [['--company', 'Doe Flowers'], 'rel: Jane Doe (#1) already has all that; nothing changed'],
    [['--name', 'Jane Doe', '--tag', 'VIP', '--email', 'JANE@example.com', '--alias', 'jd', '--phone', '555-0100'], 'rel: Jane Doe (#1) already has all that; nothing changed'],
    [['--role', ''], 'rel: Jane Doe has no role to clear; nothing changed'],
    [['--birthday', '', '--company', 'Acme'], 'rel: Jane Doe has no birthday to clear; nothing changed'],
  ])('rel edit jane %j', async (flags, message) => {
    const j = await journal();
    expect(await expectRefused(j, ['edit', 'Jane Doe', ...flags], 1)).toBe(message);
  });

  it('still updates when something changes, and removes what is there (an email in any case)', async () => {
    const j = await journal();
    expect(await j.ok(['edit', 'Jane Doe', '--company', 'Doe Flowers', '--role', 'owner'])).toBe('updated Jane Doe (#1): company, role\n');
    expect(await j.ok(['edit', 'Jane Doe', '--remove-email', 'JANE@EXAMPLE.COM', '--untag', 'vip', '--remove-alias', 'jd', '--remove-phone', '555-0100'])).toBe('updated Jane Doe (#1): email removed, phone removed, alias removed, tag removed\n');
    expect(await j.json(['show', 'Jane Doe', '--json'])).toMatchObject({ person: { emails: [], phones: [], aliases: [], tags: [], role: 'owner' } });
  });
});

describe('rel edit and rel contact add: one email, phone or alias written two ways is one', () => {
  const card = async (j: TestJournal, name: string) => (await j.json<{ person: { emails: string[]; phones: string[]; aliases: string[] } }>(['show', name, '--json'])).person;

  it('rel edit --phone in another form of a number they have changes nothing (exit 1)', async () => {
    const j = await journal();
    await j.ok(['contact', 'add', 'Solo Phone', '--phone', '+48 601 234 567']);
    for (const phone of ['601234567', '0601-234-567']) {
      expect(await expectRefused(j, ['edit', 'solo', '--phone', phone], 1)).toBe('rel: Solo Phone (#3) already has all that; nothing changed');
    }
    // Beside a real change, only the change is made and said.
    expect(await j.ok(['edit', 'solo', '--phone', '601234567', '--company', 'Acme'])).toBe('updated Solo Phone (#3): company\n');
    expect((await card(j, 'solo')).phones).toEqual(['+48 601 234 567']);
  });

  it('rel contact add keeps one of each, the first as written', async () => {
    const j = await journal();
    await j.ok(['contact', 'add', 'Dup', '--phone', '+1 512 555 0777', '--phone', '(512) 555-0777', '--email', 'a@dup.com', '--email', 'A@DUP.com', '--alias', 'Dupe', '--alias', 'dupe']);
    expect(await card(j, 'Dup')).toMatchObject({ emails: ['a@dup.com'], phones: ['+1 512 555 0777'], aliases: ['Dupe'] });
    expect(await j.ok(['edit', 'Dup', '--phone', '555-0199', '--phone', '555 0199'])).toBe('updated Dup (#3): phone added\n');
  });

  it('rel edit --remove-phone removes the stored form of the same number, as --remove-email does any case', async () => {
    const j = await journal();
    await j.ok(['contact', 'add', 'P', '--phone', '+1 512 555 0160', '--email', 'p@x.com']);
    expect(await j.ok(['edit', 'P', '--remove-phone', '512-555-0160', '--remove-email', 'P@X.COM'])).toBe('updated P (#3): email removed, phone removed\n');
    expect(await card(j, 'P')).toMatchObject({ emails: [], phones: [] });
    // Two country codes are two numbers (isOneNumber).
    await j.ok(['edit', 'P', '--phone', '+34 512 555 016']);
    expect(await expectRefused(j, ['edit', 'P', '--remove-phone', '+1 512 555 016'], 1)).toBe('rel: P has no phone +1 512 555 016; nothing changed');
  });
});

describe('rel edit with what the person has already, which someone else has too', () => {
  it('is "already has all that", not the other person\'s, with or without --force; beside a change, the change alone', async () => {
    const j = await journal();
    await j.ok(['contact', 'add', 'Ann Lee', '--phone', '+1 512 555 0160', '--email', 'ann@lee.com']);
    await j.ok(['contact', 'add', 'Ann Leigh', '--new', '--phone', '512-555-0160', '--email', 'ANN@lee.com']);
    for (const force of [[], ['--force']]) {
      expect(await expectRefused(j, ['edit', 'Ann Lee', '--phone', '(512) 555-0160', ...force], 1)).toBe('rel: Ann Lee (#3) already has all that; nothing changed');
      expect(await expectRefused(j, ['edit', 'Ann Lee', '--email', 'Ann@Lee.com', ...force], 1)).toBe('rel: Ann Lee (#3) already has all that; nothing changed');
    }
    expect(await j.ok(['edit', 'Ann Lee', '--phone', '(512) 555-0160', '--email', 'ann@lee.com', '--company', 'Lee Co'])).toBe('updated Ann Lee (#3): company\n');
    // What is new and someone else's is still refused.
    expect(await expectRefused(j, ['edit', 'Ann Lee', '--phone', '(512) 555-0160', '--email', 'jane@example.com'], 1)).toMatch(/^rel: jane@example.com: already on Jane Doe \(#1: same email\);/);
  });
});

describe('rel edit adding and removing one value says opposite things (exit 2)', () => {
  it.each([
    [['--tag', 'vip', '--untag', 'VIP'], 'rel: --tag vip and --untag vip say opposite things: give one of them'],
    [['--tag', 'gold', '--untag', 'gold'], 'rel: --tag gold and --untag gold say opposite things: give one of them'],
    [['--email', 'jane@example.com', '--remove-email', 'JANE@example.com'], 'rel: --email jane@example.com and --remove-email JANE@example.com say opposite things: give one of them'],
    [['--phone', '555-0100', '--remove-phone', '555 0100'], 'rel: --phone 555-0100 and --remove-phone "555 0100" say opposite things: give one of them'],
    [['--alias', 'Janie', '--remove-alias', 'janie'], 'rel: --alias Janie and --remove-alias janie say opposite things: give one of them'],
  ])('rel edit jane %j', async (flags, message) => {
    const j = await journal();
    expect(await expectRefused(j, ['edit', 'Jane Doe', ...flags], 2)).toBe(message);
    // Before the name is looked for, as any bad value is.
    expect(await expectRefused(j, ['edit', 'nobody', ...flags], 2)).toBe(message);
  });
});

describe('rel edit --name: a name that may be someone else is refused as rel contact add refuses it', () => {
  it('a typo away, the same words in another order, their alias: the candidates and --force', async () => {
    const j = await journal();
    await j.ok(['contact', 'add', 'José Núñez', '--alias', 'Pepe']);
    await j.ok(['contact', 'add', 'Lucas Wrobel']);
    expect(await expectRefused(j, ['contact', 'add', 'Jose Nunes'], 1)).toMatch(/^rel: "Jose Nunes" may be someone already in the journal: José Núñez \(#3: name a typo away\);/);
    expect(await expectRefused(j, ['edit', 'lucas', '--name', 'Jose Nunes'], 1)).toBe(
      'rel: "Jose Nunes" may be someone already in the journal: José Núñez (#3: name a typo away); if they are the same person as Lucas Wrobel, rel merge them, or pass --force to rename them anyway',
    );
    expect(await expectRefused(j, ['edit', 'lucas', '--name', 'Núñez, José'], 1)).toMatch(/José Núñez \(#3: same name, words in another order\)/);
    expect(await expectRefused(j, ['edit', 'lucas', '--name', 'pepe'], 1)).toMatch(/José Núñez \(#3: an alias of theirs\)/);
    // Only the name is held against others: Lucas's own name, email or phone are not.
    expect(await j.ok(['edit', 'lucas', '--name', 'Lucas Wróbel'])).toBe('updated Lucas Wróbel (#4): name (was Lucas Wrobel)\n');
    expect(await j.ok(['edit', 'lucas', '--name', 'Jose Nunes', '--force'])).toBe('updated Jose Nunes (#4): name (was Lucas Wróbel)\n');
  });
});

describe('a bad value beside a name that finds no one, or several', () => {
  it('is the error said (exit 2), as when the name finds one person', async () => {
    const j = await journal();
    const cases: Array<[string[], RegExp]> = [
      [['edit', 'nobody', '--birthday', '2026-02-30'], /^rel: --birthday: "2026-02-30" is not a real calendar day/],
      [['edit', 'jane', '--email', 'bob@'], /^rel: --email: "bob@" is not an email address/],
      [['add', 'jane', '--note', 'x', '--on', '2026-02-30'], /^rel: --on: "2026-02-30" is not a real calendar day/],
      [['add', 'nobody@x.example', '--note', 'x', '--on', '2026-02-30'], /^rel: --on: "2026-02-30"/],
      [['add', 'jane', '--note', 'x', '--follow-up', 'garbage'], /^rel: --follow-up: "garbage" is not a date/],
    ];
    for (const [args, said] of cases) expect(await expectRefused(j, args, 2)).toMatch(said);
    // With good values, the name's own error.
    expect(await expectRefused(j, ['edit', 'nobody', '--company', 'Acme'], 1)).toMatch(/^rel: no contact matches "nobody"/);
    expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--on', 'yesterday'], 1)).toMatch(/^rel: "jane" matches 2 people/);
  });
});

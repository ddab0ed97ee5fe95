// Life is shared (SPEC §1, §3 `rel add [NAME...]`, issue 13): one conversation with several people
// is logged once, counts once, and counts in the rhythm of everyone who was there.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';
import { journalContent, textIndexesIntact } from '../harness/journalContent.js';
import type { TodayJson } from '../harness/outputs.js';
import { runRel } from '../harness/inProcess.js';
import type { Prompter } from '../../src/ui/prompter.js';

// Today is 2026-11-23 (the harness's clock). Three customers, all drifting: last talked in the spring.
const drifting = journalFrom(async (j) => {
  for (const name of ['Jane Doe', 'Tom Doe', 'Bob Lee']) {
    await j.ok(['contact', 'add', name]);
    await j.ok(['add', name, '--note', 'spring order', '--on', '2026-04-01']);
  }
  await j.ok(['contact', 'add', 'José Núñez']);
});

interface LogJson {
  id: number;
  people: Array<{ id: number; name: string }>;
  note: string | null;
}

const log = (j: TestJournal, ...args: string[]) => j.json<LogJson[]>(['log', ...args, '--json']);
const names = (v: LogJson) => v.people.map((p) => p.name);

/**
 * The store's invariant (migration 0012): a conversation's first person, at position 0, is its
 * own contact_id, and no one else is at 0. The queries that read many conversations at once rely on it.
 */
function firstPersonsAgree(j: TestJournal): number {
  const db = new Database(j.db, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM conversation_people p JOIN conversations v ON v.id = p.conversation_id WHERE (p.position = 0) <> (p.contact_id = v.contact_id)').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
const todayNames = async (j: TestJournal, day: string) => (await j.json<TodayJson>(['today', '--as-of', day, '--all', '--json'])).map((r) => r.person.name);

describe('a conversation with several people', () => {
  it('a lunch with three is logged once, shows on all three cards, and all three leave tomorrow\'s drifting list', async () => {
    const j = await drifting();
    expect((await todayNames(j, 'tomorrow')).sort()).toEqual(['Bob Lee', 'Jane Doe', 'Tom Doe']);
    expect(await j.ok(['add', 'jane', 'tom', 'bob', '--via', 'meal', '--note', "lunch at Luigi's"])).toBe(
      "logged meal with Jane Doe, Tom Doe and Bob Lee on 2026-11-23 (#4)\n",
    );
    const lunch = (await log(j)).filter((v) => v.note === "lunch at Luigi's");
    expect(lunch.map(names)).toEqual([['Jane Doe', 'Tom Doe', 'Bob Lee']]);
    expect(await j.ok(['log', '--limit', '1'])).toContain("Jane Doe, Tom Doe, Bob Lee  meal  lunch at Luigi's");
    expect(await j.ok(['show', 'tom'])).toContain("2026-11-23 meal with Jane Doe, Bob Lee: lunch at Luigi's [conversation 4]");
    expect(await j.ok(['show', 'bob'])).toContain("meal with Jane Doe, Tom Doe: lunch at Luigi's");
    for (const who of ['jane', 'tom', 'bob']) expect((await log(j, who)).map((v) => v.id)).toEqual([4, expect.any(Number)]);
    expect(await todayNames(j, 'tomorrow')).toEqual([]);
    const stats = await j.json<{ conversationsPerWeek: Array<{ conversations: number }> }>(['stats', '--json']);
    expect(stats.conversationsPerWeek.at(-1)!.conversations).toBe(1);
  });

  it('everyone keeps the place they were named in, whatever the order they were added in', async () => {
    const j = await drifting();
    // Bob was added last and Jane first: named Bob, Tom, Jane, the others are not in the order of their ids.
    await j.ok(['add', 'bob', 'tom', 'jane', '--note', 'site visit']);
    const visit = (await log(j)).filter((v) => v.note === 'site visit');
    expect(visit.map(names)).toEqual([['Bob Lee', 'Tom Doe', 'Jane Doe']]);
    expect(await j.ok(['log', '--limit', '1'])).toContain('Bob Lee, Tom Doe, Jane Doe');
    expect(await j.ok(['show', 'tom'])).toContain('with Bob Lee, Jane Doe: site visit');
    const exported = await j.json<Array<{ note: string; people: Array<{ name: string }> }>>(['export', 'conversations', '--format', 'json']);
    expect(exported.filter((v) => v.note === 'site visit').map((v) => v.people.map((p) => p.name))).toEqual([['Bob Lee', 'Tom Doe', 'Jane Doe']]);
  });

  it('today drops everyone who was there as talked today; --all marks them', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', '--note', 'coffee']);
    const rows = await j.json<TodayJson>(['today', '--all', '--json']);
    expect(rows.filter((r) => r.talkedToday).map((r) => r.person.name).sort()).toEqual(['Jane Doe', 'Tom Doe']);
    expect(await j.ok(['today'])).not.toMatch(/Jane Doe|Tom Doe/);
    expect(await j.ok(['today'])).toContain('Bob Lee');
  });

  it('--remember and --follow-up go to the first person, or to the one "NAME:" names', async () => {
    const j = await drifting();
    const out = await j.ok(['add', 'jane', 'tom', '--note', 'dinner', '--remember', 'loves tulips', '--remember', 'Tom: training for a marathon', '--follow-up', 'tom: friday: send the route map']);
    expect(out).toBe('logged conversation with Jane Doe and Tom Doe on 2026-11-23 (#4); remembered 2 (Jane Doe, Tom Doe); follow up 2026-11-27 for Tom Doe\n');
    const card = (who: string) => j.json<{ details: Array<{ text: string }>; reminders: Array<{ text: string; dueOn: string }> }>(['show', who, '--json']);
    expect((await card('jane')).details.map((d) => d.text)).toEqual(['loves tulips']);
    expect((await card('tom')).details.map((d) => d.text)).toEqual(['training for a marathon']);
    expect((await card('tom')).reminders).toMatchObject([{ text: 'send the route map', dueOn: '2026-11-27' }]);
    // One person: "Tom:" is just text.
    await j.ok(['add', 'bob', '--note', 'call', '--remember', 'Tom: his brother']);
    expect((await card('bob')).details.map((d) => d.text)).toEqual(['Tom: his brother']);
  });

  it('refuses "NAME:" naming someone in the journal who is not in the conversation, rather than filing it on the first', async () => {
    const j = await drifting();
    expect(await expectRefused(j, ['add', 'jane', 'tom', '--note', 'dinner', '--remember', 'bob: likes jazz'], 2)).toBe(
      'rel: --remember "bob: likes jazz": Bob Lee (#3) is not in this conversation (Jane Doe and Tom Doe); name them too, or leave out "bob:"',
    );
    expect(await expectRefused(j, ['add', 'jane', 'tom', '--note', 'dinner', '--follow-up', 'bob: friday: call'], 2)).toMatch(/^rel: --follow-up "bob: friday: call": Bob Lee \(#3\) is not in this conversation/);
    // Words before a colon that name nobody stay the text.
    expect(await j.ok(['add', 'jane', 'tom', '--note', 'dinner', '--remember', 'Tip: bring wine'])).toContain('remembered 1 (Jane Doe)');
  });

  it('refuses a --follow-up "NAME: when: what" whose NAME is nobody of the conversation nor a date, saying so and how to write it', async () => {
    const j = await drifting();
    expect(await expectRefused(j, ['add', 'jane', 'tom', '--note', 'lunch', '--follow-up', 'Zed: tomorrow: call'], 2)).toBe(
      'rel: --follow-up "Zed: tomorrow: call": "Zed" is not a date, nor one of the people of this conversation (Jane Doe and Tom Doe): write "Tom Doe: tomorrow: call" for one of them, or "tomorrow: call" for Jane Doe, the first; for Zed, name them in the command too',
    );
    expect(await expectRefused(j, ['add', 'jane', '--note', 'lunch', '--follow-up', 'Zed: 2027-06'], 2)).toBe(
      'rel: --follow-up "Zed: 2027-06": "Zed" is not a date, nor Jane Doe, the person of this conversation: write "2027-06"; for Zed, name them in the command too',
    );
    expect(await expectRefused(j, ['add', 'jane', '--note', 'lunch', '--follow-up', 'Jane: friday: call'], 2)).toBe(
      'rel: --follow-up "Jane: friday: call": "Jane" is not a date, and a follow-up with one person is theirs without a name: write "friday: call"',
    );
    expect(await expectRefused(j, ['add', 'jane doe', 'tom', '--note', 'lunch', '--follow-up', 'Doe: friday: call'], 2)).toBe(
      'rel: --follow-up "Doe: friday: call": "Doe" is not a date, and could be Jane Doe or Tom Doe: write the name whole, e.g. "Jane Doe: friday: call"',
    );
    // Words before a colon with no follow-up after them: the date's own refusal.
    expect(await expectRefused(j, ['add', 'jane', 'tom', '--note', 'lunch', '--follow-up', 'Zed: call'], 2)).toMatch(/^rel: --follow-up: "Zed" is not a date; use YYYY-MM-DD/);
  });

  it('finds every name before writing: a likely double or the same person twice refuses the whole conversation', async () => {
    const j = await drifting();
    // The command it gives keeps the others named with them.
    expect(await expectRefused(j, ['add', 'jane', 'Jose Nunes', '--note', 'lunch'], 1)).toMatch(/^rel: "Jose Nunes" may be someone already in the journal: José Núñez \(#4.*; log to them with rel add jane "#4" and the same flags, or pass --new/);
    // Two names the journal finds one person: the journal says so (1); one name typed twice, the command line (2).
    expect(await expectRefused(j, ['add', 'jane', 'Jane Doe', '--note', 'lunch'], 1)).toBe('rel: "jane" and "Jane Doe" are the same person, Jane Doe (#1): name each person once');
    expect(await expectRefused(j, ['add', 'Jane Doe', 'jane doe', '--note', 'lunch'], 2)).toBe('rel: "Jane Doe" and "jane doe" are the same person, Jane Doe (#1): name each person once');
    expect(await expectRefused(j, ['add', 'jane', 'tom', '--note', 'lunch', '--on', 'nonsense'], 2)).toMatch(/^rel: --on/);
  });

  it('refuses a name of two words typed without quotes, which would be two new people; --new adds them as given', async () => {
    const j = await drifting();
    const before = journalContent(j.db);
    expect(await expectRefused(j, ['add', 'Ana', 'Silva', '--note', 'trade show'], 2)).toBe(
      'rel: "Ana" and "Silva" would be 2 new people, each known by one word: for one person, put the whole name in quotes (rel add "Ana Silva" with the same flags); to add them as given, pass --new',
    );
    expect(journalContent(j.db)).toEqual(before);
    const added = await j.rel(['add', 'Ana', 'Silva', '--note', 'trade show', '--new']);
    expect([added.code, added.stderr]).toEqual([0, 'created Ana (#5)\ncreated Silva (#6)\n']);
    // One of them known, or a new name of two words: nothing to mistake.
    await j.ok(['add', 'jane', 'Kim', '--note', 'coffee']);
    await j.ok(['add', 'Lena Park', 'Oli', '--note', 'coffee']);
  });

  it('refuses one word that finds someone beside one that would be new, when together they may be someone', async () => {
    const j = await drifting();
    expect(await expectRefused(j, ['add', 'jose', 'nunes', '--note', 'hi'], 2)).toBe(
      'rel: "jose" and "nunes" read as one name, which may be José Núñez (#4: name a typo away): put the whole name in quotes (rel add "jose nunes" with the same flags); for nunes as someone new, pass --new',
    );
    // Together they are nobody's name: jane and someone new called Kim, as before.
    expect(await j.ok(['add', 'jane', 'kim', '--note', 'coffee'])).toBe('logged conversation with Jane Doe and kim on 2026-11-23 (#4)\n');
  });

  it('refuses two new names a typo apart, one person typed twice; --new makes two', async () => {
    const j = await drifting();
    expect(await expectRefused(j, ['add', 'Newbie Two', 'Newbie Twoo', '--note', 'lunch'], 2)).toBe(
      'rel: "Newbie Two" and "Newbie Twoo" are a typo apart and would be 2 new people, most likely one person typed twice: name them once (rel add "Newbie Two" with the same flags, or with "Newbie Twoo" in its place); if they are 2 people, pass --new',
    );
    // Beside someone found too: --new keeps jane Jane Doe (test/commands/addNew.test.ts).
    expect(await expectRefused(j, ['add', 'jane', 'Newbie Two', 'Newbie Twoo', 'Newbie Tow', '--note', 'lunch'], 2)).toBe(
      'rel: "Newbie Two", "Newbie Twoo" and "Newbie Tow" are a typo apart and would be 3 new people, most likely one person typed 3 times: name them once (rel add jane "Newbie Two" with the same flags, or with "Newbie Twoo" or "Newbie Tow" in its place); if they are 3 people, pass --new',
    );
    const added = await j.rel(['add', 'Newbie Two', 'Newbie Twoo', '--note', 'lunch', '--new']);
    expect([added.code, added.stderr]).toEqual([0, 'created Newbie Two (#5)\ncreated Newbie Twoo (#6)\n']);
    // By the rule a new name beside someone already there is held to: names that differ in a number
    // are no typo (Person 01, Person 02), nor are short names a letter apart.
    expect((await j.rel(['add', 'Person 01', 'Person 02', '--note', 'x'])).stderr).toBe('created Person 01 (#7)\ncreated Person 02 (#8)\n');
    expect((await j.rel(['add', 'Al Li', 'Al Lu', '--note', 'x'])).stderr).toBe('created Al Li (#9)\ncreated Al Lu (#10)\n');
  });

  it('the same on a terminal: refused before anything is asked', async () => {
    const j = await drifting();
    const asked: string[] = [];
    const ask = async (message: string): Promise<never> => {
      asked.push(message);
      throw new Error(`asked: ${message}`);
    };
    const prompter: Prompter = { input: ask, select: ask, search: ask, confirm: ask };
    const before = j.dump();
    const result = await runRel(['add', 'jane', 'Newbie Two', 'Newbie Twoo'], { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^rel: "Newbie Two" and "Newbie Twoo" are a typo apart and would be 2 new people, most likely one person typed twice: name them once \(rel add jane "Newbie Two" with/);
    expect(asked).toEqual([]);
    expect(j.dump()).toBe(before);
  });

  it('refuses a new name that says a day ("lunch today"): what happened, typed where a name goes', async () => {
    const j = await drifting();
    expect(await expectRefused(j, ['add', 'jane', 'lunch today', '--note', 'x'], 2)).toBe(
      'rel: "lunch today" is no one in the journal, and "today" says when, not who: what happened goes in --note, its day in --on; for a new person of that name, add them first (rel contact add "lunch today")',
    );
    expect(await expectRefused(j, ['add', 'Coffee Yesterday', '--note', 'x'], 2)).toMatch(/^rel: "Coffee Yesterday" is no one in the journal, and "yesterday" says when/);
    // Added first, they are someone the name finds.
    await j.ok(['contact', 'add', 'lunch today']);
    expect(await j.ok(['add', 'jane', 'lunch today', '--note', 'x'])).toBe('logged conversation with Jane Doe and lunch today on 2026-11-23 (#4)\n');
  });

  it('creates the new people among them and says so', async () => {
    const j = await drifting();
    const result = await j.rel(['add', 'jane', 'Ana Silva', '--note', 'trade show', '--via', 'event']);
    expect(result.stderr).toBe('→ Jane Doe\ncreated Ana Silva (#5)\n');
    expect(result.stdout).toBe('logged event with Jane Doe and Ana Silva on 2026-11-23 (#4)\n');
  });

  it('rel undo takes the whole conversation back, for everyone', async () => {
    const j = await drifting();
    const before = journalContent(j.db);
    await j.ok(['add', 'jane', 'tom', 'bob', '--note', 'lunch', '--follow-up', 'bob: tomorrow: call']);
    expect(await j.ok(['undo', '--list'])).toMatch(/add conversation #\d+ with Jane Doe \(#1\) and 2 others on 2026-11-23: lunch/);
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
  });

  it('an open complaint made together is a reason for each of them', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', '--note', 'the order arrived damaged', '--complaint', '--on', 'yesterday']);
    const rows = await j.json<TodayJson>(['today', '--json']);
    for (const name of ['Jane Doe', 'Tom Doe']) expect(rows.find((r) => r.person.name === name)?.reasons.map((r) => r.source)).toContain('complaint');
  });

  it("an open complaint made together is on each of their cards, the first's and the others', until resolved", async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', '--note', 'the order arrived damaged', '--complaint', '--on', 'yesterday']);
    await j.ok(['add', 'bob', 'jane', '--note', 'late delivery', '--complaint', '--on', '2026-11-21']);
    await j.ok(['add', 'tom', '--note', 'all fine now', '--on', 'yesterday']);
    const complaints = async (name: string) => (await j.json<{ openComplaints: LogJson[] }>(['show', name, '--json'])).openComplaints.map((v) => v.note);
    expect(await complaints('jane')).toEqual(['the order arrived damaged', 'late delivery']);
    expect(await complaints('tom')).toEqual(['the order arrived damaged']);
    expect(await complaints('bob')).toEqual(['late delivery']);
    await j.ok(['resolve', String((await log(j)).find((v) => v.note === 'the order arrived damaged')!.id), '--note', 'replaced']);
    expect(await complaints('jane')).toEqual(['late delivery']);
    expect(await complaints('tom')).toEqual([]);
  });

  it('a complaint made after the day asked about is no reason on that day', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', '--note', 'damaged', '--complaint', '--on', '2026-11-20']);
    const before = await j.json<TodayJson>(['today', '--as-of', '2026-11-10', '--all', '--json']);
    expect(before.flatMap((r) => r.reasons.map((reason) => reason.source))).not.toContain('complaint');
    const after = await j.json<TodayJson>(['today', '--as-of', '2026-11-21', '--all', '--json']);
    expect(after.filter((r) => r.reasons.some((reason) => reason.source === 'complaint')).map((r) => r.person.name).sort()).toEqual(['Jane Doe', 'Tom Doe']);
  });
});

describe('correcting who was there', () => {
  it('--with adds people, --without takes them off, each moving their rhythm', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', '--note', 'lunch', '--on', '2026-11-20']);
    expect(await j.ok(['conversation', 'edit', '4', '--with', 'tom', '--with', 'bob'])).toBe('updated conversation #4 with Jane Doe, Tom Doe and Bob Lee on 2026-11-20 (people)\n');
    expect(await j.ok(['show', 'tom'])).toContain('last talked 2026-11-20');
    expect(await j.ok(['conversation', 'edit', '4', '--without', 'jane'])).toBe('updated conversation #4 with Tom Doe and Bob Lee on 2026-11-20 (people)\n');
    expect(await j.ok(['show', 'jane'])).toContain('last talked 2026-04-01');
    expect((await log(j, 'bob'))[0]).toMatchObject({ id: 4, people: [{ id: 2, name: 'Tom Doe' }, { id: 3, name: 'Bob Lee' }] });
    expect(firstPersonsAgree(j)).toBe(0);
  });

  it('refuses to take off someone who was not there, to add someone twice, or to leave nobody', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', '--note', 'lunch']);
    expect(await expectRefused(j, ['conversation', 'edit', '4', '--without', 'bob'], 1)).toBe('rel: Bob Lee (#3) was not in conversation #4; nothing changed');
    expect(await expectRefused(j, ['conversation', 'edit', '4', '--with', 'tom'], 1)).toBe('rel: Tom Doe (#2) is in conversation #4 already; nothing changed');
    // The journal refuses this one (exit 1); naming someone both to add and to take off is the command line's mistake (2).
    expect(await expectRefused(j, ['conversation', 'edit', '4', '--without', 'jane', '--without', 'tom'], 1)).toBe(
      'rel: conversation #4 would be with nobody; keep someone, or delete it: rel conversation rm 4',
    );
    expect(await expectRefused(j, ['conversation', 'edit', '4', '--with', 'bob', '--without', 'bob'], 2)).toBe('rel: --with and --without both name Bob Lee: say once whether they were there');
    // Two names that only the journal knows are one person: the command line is not wrong in itself (exit 1).
    expect(await expectRefused(j, ['conversation', 'edit', '4', '--with', 'bob', '--without', 'Bob Lee'], 1)).toBe('rel: --with and --without both name Bob Lee: say once whether they were there');
  });
});

describe('a shared conversation outlives one of its people', () => {
  it('deleting the first person keeps it for the others; undo brings everything back', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', 'bob', '--note', 'lunch']);
    const before = journalContent(j.db);
    expect(await j.ok(['rm', 'jane', '--yes'])).toBe('deleted Jane Doe (#1) and everything about them (1 conversation they shared stays with the others)\n');
    expect((await log(j, 'tom'))[0]).toMatchObject({ id: 4, people: [{ id: 2, name: 'Tom Doe' }, { id: 3, name: 'Bob Lee' }] });
    expect(firstPersonsAgree(j)).toBe(0);
    expect(await j.ok(['show', 'tom'])).toContain('last talked 2026-11-23');
    expect(await j.ok(['export', 'conversations'])).toContain('4,2,Tom Doe,2026-11-23,,lunch,false,,,Tom Doe; Bob Lee,2;3\r\n');
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
  });

  it('deleting someone is asked about saying that what they shared stays: off a terminal and on one', async () => {
    const j = await drifting(); // Jane has her spring order alone
    await j.ok(['add', 'jane', 'tom', '--note', 'lunch']);
    const before = j.dump();
    const stays = '(1 conversation they shared stays with the others)';
    expect(await expectRefused(j, ['rm', 'jane'], 2)).toBe(`rel: deleting Jane Doe (#1) removes their 1 conversation and all their details and reminders ${stays}; add --yes to confirm (or rel archive to hide them)`);
    const asked: string[] = [];
    const confirm = async (message: string): Promise<boolean> => (asked.push(message), false);
    const prompter = { confirm } as unknown as Prompter;
    expect(await runRel(['rm', 'jane'], { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter })).toMatchObject({ code: 1, stderr: 'rel: nothing was deleted\n' });
    expect(asked).toEqual([`Delete Jane Doe (#1) and their 1 conversation and all their details and reminders ${stays}?`]);
    expect(j.dump()).toBe(before);
    // Bob's conversations are all shared: none of them goes.
    await j.ok(['conversation', 'rm', '3']);
    await j.ok(['add', 'bob', 'tom', '--note', 'coffee']);
    expect(await expectRefused(j, ['rm', 'bob'], 2)).toBe(`rel: deleting Bob Lee (#3) removes all their details and reminders ${stays}; add --yes to confirm (or rel archive to hide them)`);
    expect(await j.ok(['rm', 'bob', '--yes'])).toBe(`deleted Bob Lee (#3) and everything about them ${stays}\n`);
  });

  it('merging two people who were both there keeps one of them', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Smith']);
    await j.ok(['contact', 'add', 'Annie Smith', '--new']);
    await j.ok(['contact', 'add', 'Bob Lee']);
    await j.ok(['add', 'Annie Smith', 'Bob Lee', 'Ann Smith', '--note', 'lunch']);
    await j.ok(['merge', 'Ann Smith', 'Annie Smith', '--yes']);
    expect((await log(j)).map(names)).toEqual([['Ann Smith', 'Bob Lee']]);
    expect(firstPersonsAgree(j)).toBe(0);
  });
});

describe('exports carry everyone', () => {
  it('conversations as CSV name every person; export all → import → export all is byte-identical', async () => {
    const j = await drifting();
    await j.ok(['add', 'jane', 'tom', 'bob', '--note', 'lunch', '--via', 'meal']);
    expect(await j.ok(['export', 'conversations'])).toContain('4,1,Jane Doe,2026-11-23,meal,lunch,false,,,Jane Doe; Tom Doe; Bob Lee,1;2;3\r\n');
    const all = await j.ok(['export', 'all']);
    expect(JSON.parse(all).conversations.find((v: LogJson) => v.id === 4).people.map((p: { id: number }) => p.id)).toEqual([1, 2, 3]);
    const copy = makeJournal();
    await copy.ok(['import', '-'], { input: all });
    expect(await copy.ok(['export', 'all'])).toBe(all);
    expect(await copy.ok(['show', 'bob'])).toContain('meal with Jane Doe, Tom Doe: lunch');
  });
});

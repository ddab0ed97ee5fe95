// rel add with flags, and the acceptance script end to end.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateForms } from '../../src/domain/dateInput.js';
import { expectFailure, expectRefused } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { journalFrom, makeJournal } from '../harness/journal.js';
import { dumpText as dump } from '../harness/journalDump.js';

describe('the acceptance script of issue 2', () => {
  it('logs, creates, shows, lists, refuses, and keeps the journal private', async () => {
    const j = makeJournal();
    const db = join(j.dir, 'not-yet', 'journal.db'); // rel creates the directory
    const run = (args: string[]) => runRel(args, { journalPath: db });

    const added = await run([
      'add', 'Jane Doe', '--via', 'call', '--note', 'Talked about the spring catalog',
      '--remember', 'expecting her first baby', '--remember-on', '2027-03-15',
      '--follow-up', 'in 1 week: send the spring catalog',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: 'created Jane Doe (#1)\n' });
    expect(added.stdout).toBe('logged call with Jane Doe on 2026-11-23 (#1); remembered 1; follow up 2026-11-30\n');

    const bob = await run(['contact', 'add', 'Bob Lee', '--email', 'bob@example.com', '--birthday', '02-29', '--every', '2w', '--referred-by', 'jane']);
    expect(bob).toMatchObject({ code: 0, stdout: 'added Bob Lee (#2): birthday 29 February\n', stderr: '' });

    const card = await run(['show', 'jane']);
    expect(card.code).toBe(0);
    expect(card.stdout).toBe(
      [
        'Jane Doe #1',
        '  referred: Bob Lee (#2)',
        '  rhythm: last talked 2026-11-23; every 90 days, next 2027-02-21',
        '',
        'Coming up',
        '  2027-03-15: expecting her first baby in 112 days',
        '',
        'Remember',
        '  expecting her first baby — 2027-03-15 [detail 1]',
        '',
        'Follow-ups',
        '  2026-11-30: send the spring catalog [reminder 1]',
        '',
        'Last conversations',
        '  2026-11-23 call: Talked about the spring catalog [conversation 1]',
        '',
      ].join('\n'),
    );

    const list = await run(['list', '--json']);
    expect(list.code).toBe(0);
    const people = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(people.map((p) => p.name)).toEqual(['Bob Lee', 'Jane Doe']);
    expect(people[0]).toMatchObject({ id: 2, emails: ['bob@example.com'], birthday: '--02-29', cadence: '2w', referredBy: { id: 1, name: 'Jane Doe' }, rhythm: { lastContactOn: null, dueOn: '2026-12-07' } });
    expect(people[1]).toMatchObject({ id: 1, rhythm: { lastContactOn: '2026-11-23', dueOn: '2027-02-21' }, archived: false });

    const snapshot = dump(db); // the journal under test lives at `db`, not j.db

    const nobody = await run(['show', 'nobody']);
    expect(expectFailure(nobody, 1)).toBe('rel: no contact matches "nobody"; see rel list');

    const badDate = await run(['add', 'Jane Doe', '--on', '2026-13-45', '--note', 'x']);
    const message = expectFailure(badDate, 2);
    expect(message).toContain('"2026-13-45"');
    expect(message).toContain(dateForms({ prefer: 'past' }));
    expect(dump(db)).toBe(snapshot);

    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(j.dir, 'not-yet')).mode & 0o777).toBe(0o700);
  });
});

describe('rel add', () => {
  it('creates the person on first mention and says so on stderr', async () => {
    const j = makeJournal();
    const result = await j.rel(['add', 'Ann Smith', '--note', 'Met at the fair']);
    expect(result).toEqual({ code: 0, stdout: 'logged conversation with Ann Smith on 2026-11-23 (#1)\n', stderr: 'created Ann Smith (#1)\n' });
    const card = await j.json(['show', 'ann', '--json']);
    expect(card.conversations).toEqual([
      { id: 1, people: [{ id: 1, name: 'Ann Smith' }], happenedOn: '2026-11-23', via: null, note: 'Met at the fair', complaint: false, resolvedOn: null, resolutionNote: null, createdAt: expect.any(String) },
    ]);
    expect(card.person.createdOn).toBe('2026-11-23');
  });

  it('logs to the one person a partial name matches and names them on stderr', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const result = await j.rel(['add', 'jan', '--via', 'meal', '--note', 'Lunch']);
    expect(result).toEqual({ code: 0, stdout: 'logged meal with Jane Doe on 2026-11-23 (#1)\n', stderr: '→ Jane Doe\n' });
    expect(await j.json(['list', '--json'])).toHaveLength(1);
  });

  it('reads a day written with slashes or dots', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect(await j.ok(['add', 'Jane Doe', '--on', '20/11/2026', '--note', 'catalog'])).toBe('logged conversation with Jane Doe on 2026-11-20 (#1)\n');
    expect(await j.ok(['add', 'Jane Doe', '--on', '21.11', '--note', 'photos'])).toBe('logged conversation with Jane Doe on 2026-11-21 (#2)\n');
  });

  it('reads an everyday word for the channel as the channel it says, and prints it', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect(await j.ok(['add', 'Jane Doe', '--via', 'phone', '--note', 'catalog'])).toBe('logged call with Jane Doe on 2026-11-23 (#1)\n');
    expect(await j.ok(['add', 'Jane Doe', '--via', 'WhatsApp', '--note', 'photos'])).toBe('logged message with Jane Doe on 2026-11-23 (#2)\n');
    expect((await j.json<Array<{ via: string }>>(['log', '--json'])).map((c) => c.via)).toEqual(['message', 'call']);
  });

  it('says nothing extra for an exact name', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect((await j.rel(['add', 'jane doe', '--note', 'hi'])).stderr).toBe('');
  });

  it('reads --on yesterday and --on "last tuesday" as past days', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--on', 'yesterday', '--note', 'one']);
    await j.ok(['add', 'Jane Doe', '--on', 'last tuesday', '--note', 'two']);
    await j.ok(['add', 'Jane Doe', '--on', 'friday', '--note', 'three']); // a bare weekday looks back for a conversation
    const log = await j.json<Array<{ happenedOn: string; note: string }>>(['log', '--json']);
    expect(log.map((v) => [v.happenedOn, v.note])).toEqual([
      ['2026-11-22', 'one'],
      ['2026-11-20', 'three'],
      ['2026-11-17', 'two'],
    ]);
  });

  it('reads --follow-up "next friday: call" as a dated promise', async () => {
    const j = makeJournal();
    const result = await j.ok(['add', 'Jane Doe', '--note', 'Quote sent', '--follow-up', 'next friday: call']);
    expect(result).toBe('logged conversation with Jane Doe on 2026-11-23 (#1); follow up 2026-11-27\n');
    expect(await j.json(['reminders', '--json'])).toEqual([
      { id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'call', dueOn: '2026-11-27', every: null, anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: expect.any(String) },
    ]);
  });

  it('gives a follow-up without text a text from the note', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'Quote sent', '--follow-up', 'tomorrow']);
    expect((await j.json(['reminders', '--json']))[0]).toMatchObject({ text: 'Quote sent', dueOn: '2026-11-24' });
  });

  it('stores a month-only --remember-on and shows it as a month', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'news', '--remember', 'baby due', '--remember-on', '2027-03']);
    const card = await j.json(['show', 'jane', '--json']);
    expect(card.details).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'baby due', date: '2027-03', yearly: false, createdAt: expect.any(String) }]);
    expect(await j.ok(['show', 'jane'])).toContain('  baby due — March 2027 [detail 1]\n');
  });

  it('stores several undated --remember details', async () => {
    const j = makeJournal();
    const result = await j.ok(['add', 'Jane Doe', '--note', 'chat', '--remember', 'loves golf', '--remember', 'two kids']);
    expect(result).toContain('; remembered 2');
    expect((await j.json(['show', 'jane', '--json'])).details.map((d: { text: string; date: null }) => [d.text, d.date])).toEqual([
      ['loves golf', null],
      ['two kids', null],
    ]);
  });

  it('marks a complaint open and tags the person', async () => {
    const j = makeJournal();
    const result = await j.ok(['add', 'Bob Lee', '--via', 'visit', '--note', 'Order arrived damaged', '--complaint', '--tag', 'VIP', '--tag', 'florist']);
    expect(result).toBe('logged complaint (visit) with Bob Lee on 2026-11-23 (#1)\n');
    const card = await j.json(['show', 'bob', '--json']);
    expect(card.person.tags).toEqual(['florist', 'vip']);
    expect(card.openComplaints).toHaveLength(1);
    expect(card.openComplaints[0]).toMatchObject({ id: 1, via: 'visit', complaint: true, resolvedOn: null });
    expect(await j.ok(['show', 'bob'])).toContain('Open complaints\n  2026-11-23: Order arrived damaged [resolve with: rel resolve 1]\n');
  });

  it('logs to the person of that very name even with --new; a second of the name is made by rel contact add --new, then named by #id', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const result = await j.rel(['add', 'Jane Doe', '--new', '--note', 'the same Jane']);
    expect(result).toMatchObject({ code: 0, stdout: 'logged conversation with Jane Doe on 2026-11-23 (#1)\n' });
    expect(result.stderr).toMatch(/^--new: "Jane Doe" is Jane Doe \(#1\), already in the journal.*: rel contact add "Jane Doe" --new\n$/);
    await j.ok(['contact', 'add', 'Jane Doe', '--new']);
    expect(await j.ok(['add', '#2', '--note', 'another Jane'])).toBe('logged conversation with Jane Doe on 2026-11-23 (#2)\n');
    expect((await j.json(['list', '--json'])).map((c: { id: number }) => c.id)).toEqual([1, 2]);
  });

  describe('refuses bad input and writes nothing', () => {
    const seeded = journalFrom(async (j) => {
      await j.ok(['add', 'Jane Doe', '--note', 'first']);
    });

    it('a missing --note without a terminal names the flag (usage error)', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'Jane Doe'], 2)).toBe('rel: missing --note: rel add "Jane Doe" --note "what you talked about" (to keep "Jane Doe" without a conversation: rel contact add "Jane Doe")');
    });

    it('a missing --note for several names names the note (one conversation with all of them), or the last as the note', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'Jane Doe', 'Sam Lee'], 2)).toBe(
        'rel: missing --note: rel add "Jane Doe" "Sam Lee" --note "what you talked about" (if "Sam Lee" is what you talked about: rel add "Jane Doe" --note "Sam Lee")',
      );
      // The note given as a second argument: as a name it would make someone new.
      expect(await expectRefused(j, ['add', 'Jane Doe', 'Sam Lee', 'lunch at noon'], 2)).toBe(
        'rel: missing --note: rel add "Jane Doe" "Sam Lee" "lunch at noon" --note "what you talked about" (if "lunch at noon" is what you talked about: rel add "Jane Doe" "Sam Lee" --note "lunch at noon")',
      );
    });

    it('a missing name without a terminal is a usage error', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', '--note', 'x'], 2)).toMatch(/^rel: missing NAME/);
    });

    it('an unknown channel', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--via', 'fax'], 2)).toBe(
        "rel: option '--via <channel>' argument 'fax' is invalid. Allowed choices are call, email, meeting, meal, message, event, social, visit, other. (see rel add --help)",
      );
    });

    it('a day written with slashes that reads two ways, with both readings', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--on', '05/11/2026'], 2)).toMatch(/^rel: --on: "05\/11\/2026" could be 11 May or 5 November; use YYYY-MM-DD/);
    });

    it('an impossible day such as 2026-02-30', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--on', '2026-02-30'], 2)).toContain('is not a real calendar day');
    });

    it('rubbish as a date lists the accepted forms', async () => {
      const j = await seeded();
      const line = await expectRefused(j, ['add', 'jane', '--note', 'x', '--on', 'the day after the party'], 2);
      expect(line).toBe(`rel: --on: "the day after the party" is not a date; use ${dateForms({ prefer: 'past' })}`);
    });

    it('a month alone where a day is needed', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--on', '2026-11'], 2)).toContain('gives only a month');
    });

    it('--remember-on with two details', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--remember', 'a', '--remember', 'b', '--remember-on', '2027-03'], 2)).toContain('exactly one --remember');
    });

    it('a bad --remember-on', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--remember', 'a', '--remember-on', '2027-13'], 2)).toContain('--remember-on: "2027-13"');
    });

    it('a follow-up without a date, or with a bad one', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', ': send it'], 2)).toContain('has no date');
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', 'whenever: send it'], 2)).toContain('--follow-up: "whenever" is not a date');
      // What to do without its day: the line shows the form.
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', 'send samples'], 2)).toContain(
        '--follow-up: "send samples" is not a date; the day comes first: write "DATE: what", e.g. "friday: send the catalog"',
      );
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', '2027-02-30'], 2)).toContain('"2027-02-30" is not a real calendar day');
      // The day and what to do without the colon: the line writes them apart.
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', 'call back next week'], 2)).toBe(
        'rel: --follow-up: "call back next week" is not a date; the day comes first, then a colon: write "next week: call back"',
      );
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', 'in 2 weeks send the catalog'], 2)).toBe(
        'rel: --follow-up: "in 2 weeks send the catalog" is not a date; the day comes first, then a colon: write "in 2 weeks: send the catalog"',
      );
    });

    it('two tags in one --tag', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--tag', 'vip; gold'], 2)).toContain('"vip; gold" is not a tag; one tag at a time');
    });

    it('an empty name', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', '   ', '--note', 'x'], 2)).toBe('rel: NAME is empty; give some text');
    });

    it('an id that matches nobody, rather than creating a person called "#5"', async () => {
      const j = await seeded();
      expect(await expectRefused(j, ['add', '#5', '--note', 'x'], 1)).toBe('rel: no contact matches "#5"; see rel list');
      expect(await expectRefused(j, ['add', '5', '--note', 'x'], 1)).toBe('rel: no contact matches "5"; see rel list');
    });

    it('an ambiguous name lists the candidates with their ids', async () => {
      const j = await seeded();
      await j.ok(['contact', 'add', 'Jane Smith']);
      const line = await expectRefused(j, ['add', 'jane', '--note', 'which one?'], 1);
      expect(line).toBe('rel: "jane" matches 2 people: Jane Doe (#1), Jane Smith (#2); use the #id or more of the name');
    });
  });
});

// rel contact add, edit, show, list, and how a name on the command line finds a person.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import type { Prompter } from '../../src/ui/prompter.js';
import { runRel } from '../harness/inProcess.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';

const JANE_FLAGS = [
  'contact', 'add', 'Jane Doe',
  '--email', 'jane@doe.com', '--email', 'j@work.com', '--phone', '+1 555 0100',
  '--company', 'Doe Flowers', '--role', 'owner', '--birthday', '1980-05-04', '--since', '2020-01-15',
  '--every', '30d', '--met', 'trade show', '--alias', 'Janie', '--tag', 'VIP',
];

const withJane = journalFrom(async (j) => {
  await j.ok(JANE_FLAGS);
});

describe('rel contact add', () => {
  it('creates a contact with every fact', async () => {
    const j = makeJournal();
    expect(await j.rel(JANE_FLAGS)).toEqual({ code: 0, stdout: 'added Jane Doe (#1): birthday 1980-05-04, customer since 2020-01-15\n', stderr: '' });
    const card = (await j.json(['show', 'jane', '--json'])).person;
    expect(card).toMatchObject({
      id: 1,
      name: 'Jane Doe',
      emails: ['jane@doe.com', 'j@work.com'],
      phones: ['+1 555 0100'],
      company: 'Doe Flowers',
      role: 'owner',
      birthday: '1980-05-04',
      customerSince: '2020-01-15',
      cadence: '30d',
      met: 'trade show',
      referredBy: null,
      aliases: ['Janie'],
      tags: ['vip'],
      archived: false,
      pausedUntil: null,
      imported: false,
      createdOn: '2026-11-23',
    });
  });

  it('stores a birthday without a year, and who referred the person', async () => {
    const j = await withJane();
    await j.ok(['contact', 'add', 'Bob Lee', '--birthday', '02-29', '--referred-by', 'janie']);
    expect((await j.json(['show', 'bob', '--json'])).person).toMatchObject({ birthday: '--02-29', referredBy: { id: 1, name: 'Jane Doe' } });
    expect(await j.ok(['show', 'bob'])).toContain('  birthday: 29 February\n  referred by: Jane Doe (#1)\n');
  });

  it('refuses an existing name (any case or accents) without --new, and allows it with --new', async () => {
    const j = await withJane();
    await j.ok(['contact', 'add', 'José Núñez']);
    expect(await expectRefused(j, ['contact', 'add', 'Jane Doe'], 1)).toBe(
      'rel: "Jane Doe" may be someone already in the journal: Jane Doe (#1: same name); see their card with rel show "#1", or pass --new to create a new person anyway',
    );
    // With flags, what they would add goes to the card.
    expect(await expectRefused(j, ['contact', 'add', 'Jane Doe', '--company', 'Acme'], 1)).toBe(
      'rel: "Jane Doe" may be someone already in the journal: Jane Doe (#1: same name); add to their card with rel edit "#1" and the same flags, or pass --new to create a new person anyway',
    );
    expect(await expectRefused(j, ['contact', 'add', 'jose nunez'], 1)).toContain('José Núñez (#2: same name)');
    expect(await j.rel(['contact', 'add', 'Jane Doe', '--new'])).toMatchObject({ code: 0, stdout: 'added Jane Doe (#3)\n' });
  });

  it('on a terminal, the person chosen instead of a new one gets what was typed, keeping the facts they hold; one undo takes it back', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez', '--email', 'j@x.com', '--company', 'Núñez Floristería']);
    const asked: string[] = [];
    // Takes the default: the first choice, the person already there.
    const prompter = {
      select: async <T>(message: string, choices: Array<{ name: string; value: T }>) => {
        asked.push(message);
        return choices[0]!.value;
      },
    } as unknown as Prompter;
    const onTerminal = { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter };
    const typed = ['contact', 'add', 'Jose Nunes', '--phone', '+1 555 4444', '--company', 'Acme', '--role', 'buyer', '--email', 'J@X.com', '--tag', 'vip'];
    expect(await runRel(typed, onTerminal)).toEqual({
      code: 0,
      stdout: 'updated José Núñez (#1): role, phone added, tag added\n',
      stderr: 'kept José Núñez\'s company (Núñez Floristería, not Acme); rel edit "#1" --company Acme changes it\n',
    });
    expect(asked).toEqual(['"Jose Nunes" may be someone already in the journal. Who is it?']);
    expect((await j.json(['show', '#1', '--json'])).person).toMatchObject({ emails: ['j@x.com'], phones: ['+1 555 4444'], company: 'Núñez Floristería', role: 'buyer', tags: ['vip'] });
    expect(await j.json(['list', '--json'])).toHaveLength(1);
    // Nothing new the second time; with no flag, nothing to add.
    expect(await runRel(typed.slice(0, 5), onTerminal)).toMatchObject({ code: 0, stdout: 'José Núñez (#1) has all that already; nothing changed\n' });
    expect(await runRel(['contact', 'add', 'Jose Nunes'], onTerminal)).toMatchObject({ code: 0, stdout: '"Jose Nunes" is José Núñez (#1); nothing was created (rel show "#1" is their card)\n' });
    await j.ok(['undo']);
    expect((await j.json(['show', '#1', '--json'])).person).toMatchObject({ phones: [], role: null, tags: [] });
  });

  describe('refuses bad values and writes nothing', () => {
    it.each([
      [['--email', 'not-an-email'], 2, '--email: "not-an-email" is not an email address'],
      [['--birthday', '02-30'], 2, '--birthday: "02-30" is not a real calendar day'],
      [['--since', '2026-11'], 2, '--since: "2026-11" gives only a month'],
      [['--every', '2x'], 2, '--every: "2x" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly'],
      [['--tag', 'vip, gold'], 2, '--tag: "vip, gold" is not a tag; one tag at a time'],
      [['--referred-by', 'Jnae'], 1, 'no contact matches "Jnae"; did you mean Jane Doe (#1)?'],
      [['--frobnicate'], 2, "unknown option '--frobnicate'"],
    ] as const)('%j', async (flags, code, message) => {
      const j = await withJane();
      expect(await expectRefused(j, ['contact', 'add', 'Bob Lee', ...flags], code)).toContain(message);
    });

    it('an empty name', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['contact', 'add', ' '], 2)).toBe('rel: NAME is empty; give some text');
    });

    it('no name at all', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['contact', 'add'], 2)).toContain("missing required argument 'full-name'");
    });
  });
});

describe('rel edit', () => {
  it('says the day it set for --since and --birthday, as it read it (the harness day: 2026-11-23)', async () => {
    const j = await withJane();
    expect(await j.ok(['edit', 'jane', '--since', '11-24'])).toBe('updated Jane Doe (#1): customer since 2025-11-24\n');
    expect(await j.ok(['edit', 'jane', '--since', 'last tuesday', '--birthday', '12-15', '--company', 'Acme'])).toBe(
      'updated Jane Doe (#1): company, birthday 15 December, customer since 2026-11-17\n',
    );
    expect(await j.ok(['undo'])).toContain('birthday 15 December, customer since 2026-11-17');
    expect(await j.ok(['contact', 'add', 'Sam Okafor', '--birthday', '02-29', '--since', 'yesterday', '--company', 'Okafor Ltd'])).toBe(
      'added Sam Okafor (#2): birthday 29 February, customer since 2026-11-22\n',
    );
  });

  it('changes, clears, renames, tags and untags', async () => {
    const j = await withJane();
    const result = await j.rel(['edit', 'jane', '--name', 'Jane Roe', '--company', '', '--every', '', '--untag', 'vip', '--tag', 'gold', '--remove-email', 'j@work.com', '--phone', '555 0199', '--alias', 'JR']);
    expect(result).toEqual({ code: 0, stdout: 'updated Jane Roe (#1): name (was Jane Doe), company, cadence, email removed, phone added, alias added, tag added, tag removed\n', stderr: '' });
    expect(await j.ok(['undo', '--list'])).toMatch(/^#\d+ +\S+ \S+ +edit Jane Roe \(#1\): name \(was Jane Doe\), company, cadence/);
    const card = (await j.json(['show', 'roe', '--json'])).person;
    expect(card).toMatchObject({
      name: 'Jane Roe',
      company: null,
      role: 'owner',
      cadence: null,
      tags: ['gold'],
      emails: ['jane@doe.com'],
      phones: ['+1 555 0100', '555 0199'],
      aliases: ['JR', 'Janie'],
    });
  });

  it('sets who referred someone, and clears it with ""', async () => {
    const j = await withJane();
    await j.ok(['contact', 'add', 'Bob Lee']);
    await j.ok(['edit', 'bob', '--referred-by', '#1']);
    expect((await j.json(['show', 'jane', '--json'])).referrals).toEqual([{ person: { id: 2, name: 'Bob Lee' }, archived: false }]);
    await j.ok(['edit', 'bob', '--referred-by', '']);
    expect((await j.json(['show', 'jane', '--json'])).referrals).toEqual([]);
  });

  describe('refuses and writes nothing', () => {
    it('no flag at all (usage error)', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['edit', 'jane'], 2)).toMatch(/^rel: nothing to change; give at least one flag/);
    });

    it('a new name someone else has', async () => {
      const j = await withJane();
      await j.ok(['contact', 'add', 'Jim Beam']);
      expect(await expectRefused(j, ['edit', 'jane', '--name', 'jim beam'], 1)).toBe(
        'rel: "jim beam" may be someone already in the journal: Jim Beam (#2: same name); if they are the same person as Jane Doe, rel merge them, or pass --force to rename them anyway',
      );
      // --force: two people of one name, as `rel contact add NAME --new` makes them.
      expect(await j.ok(['edit', 'jane', '--name', 'Jim Beam', '--force'])).toContain('Jim Beam (#1)');
      expect(await j.ok(['show', '#1'])).toMatch(/^Jim Beam #1\n/);
    });

    it("an alias that is someone else's name or alias: it would name two people", async () => {
      const j = await withJane();
      await j.ok(['contact', 'add', 'Tom Doe', '--alias', 'TD']);
      expect(await expectRefused(j, ['edit', 'jane', '--alias', 'tom doe'], 1)).toBe(
        'rel: "tom doe" already names Tom Doe (#2); as an alias of Jane Doe it would name two people: if they are the same person, rel merge them, or pass --force to give it to both',
      );
      expect(await expectRefused(j, ['edit', 'jane', '--alias', 'Jo', '--alias', 'td'], 1)).toMatch(/^rel: "td" already names Tom Doe \(#2\);/);
      expect(await expectRefused(j, ['contact', 'add', 'Ann Lee', '--alias', 'Tom Doe'], 1)).toBe(
        'rel: "Tom Doe" already names Tom Doe (#2); as an alias of Ann Lee it would name two people: if they are the same person, rel merge them, or choose another alias',
      );
      // Their own name is no alias of theirs, and names nobody else; --force gives another's to both.
      expect(await expectRefused(j, ['edit', 'jane', '--alias', 'Jane Doe'], 1)).toBe('rel: Jane Doe (#1) already has all that; nothing changed');
      expect(await j.ok(['edit', 'jane', '--alias', 'TD', '--force'])).toBe('updated Jane Doe (#1): alias added\n');
    });

    it("an alias that is someone else's email or phone: a look-up of it would find the alias's owner first", async () => {
      const j = await withJane();
      await j.ok(['contact', 'add', 'Agent Smith']);
      expect(await expectRefused(j, ['edit', 'agent', '--alias', 'JANE@doe.com'], 1)).toBe(
        'rel: "JANE@doe.com" already names Jane Doe (#1), as their email; as an alias of Agent Smith it would name two people: if they are the same person, rel merge them, or pass --force to give it to both',
      );
      expect(await expectRefused(j, ['contact', 'add', 'Ann Lee', '--alias', '+1 555 0100'], 1)).toMatch(/^rel: "\+1 555 0100" already names Jane Doe \(#1\), as their phone number; .* or choose another alias$/);
      expect(await j.json(['show', 'jane@doe.com', '--json'])).toMatchObject({ person: { id: 1 } });
    });

    it('an alias that takes over a part of a name that found someone else: said on stderr', async () => {
      const j = await withJane();
      await j.ok(['contact', 'add', 'Agent Smith']);
      expect(await j.rel(['edit', 'agent', '--alias', 'Jane'])).toEqual({
        code: 0,
        stdout: 'updated Agent Smith (#2): alias added\n',
        stderr: '"Jane" found Jane Doe (#1) until now; it finds Agent Smith (#2), whose alias it is\n',
      });
      expect(await j.rel(['contact', 'add', 'Bob Ray', '--alias', 'agent'])).toMatchObject({ code: 0, stderr: '"agent" found Agent Smith (#2) until now; it finds Bob Ray (#3), whose alias it is\n' });
      expect(await j.rel(['edit', 'bob', '--alias', 'Bobby'])).toMatchObject({ code: 0, stderr: '' });
    });

    it('referred by themselves', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['edit', 'jane', '--referred-by', 'janie'], 1)).toBe('rel: Jane Doe cannot have referred themselves');
    });

    it('a bad value among good ones', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['edit', 'jane', '--company', 'Acme', '--birthday', '1980-02-30'], 2)).toContain('--birthday');
    });

    it('a birthday with a year after today: not born yet, said with the same day without its year', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['edit', 'jane', '--birthday', '2027-01-01'], 2)).toBe(
        'rel: --birthday: 2027-01-01 is after today (2026-11-23); a birthday with a year is the day they were born; without the year: --birthday 01-01',
      );
      expect(await expectRefused(j, ['contact', 'add', 'Eu Future', '--birthday', '2026-12-01'], 2)).toContain('is after today');
      expect(await j.ok(['edit', 'jane', '--birthday', '01-01'])).toContain('birthday');
    });

    it('a customer-since day after today: refused as a birthday is, in contact add and edit', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['edit', 'jane', '--since', 'tomorrow'], 2)).toBe(
        'rel: --since: 2026-11-24 is after today (2026-11-23); customer since is the day they became a customer: give that day, today or before',
      );
      expect(await expectRefused(j, ['edit', 'jane', '--since', '2030-01-01'], 2)).toContain('rel: --since: 2030-01-01 is after today');
      expect(await expectRefused(j, ['contact', 'add', 'Eu Future', '--since', '2027-01-05'], 2)).toContain('rel: --since: 2027-01-05 is after today');
      // Today and the last 24 November (MM-DD) are days already come.
      expect(await j.ok(['edit', 'jane', '--since', 'today'])).toContain('customer since');
      expect(await j.ok(['edit', 'jane', '--since', '11-24'])).toContain('customer since');
      expect(await j.ok(['show', 'jane'])).toContain('customer since: 2025-11-24');
    });

    it('an unknown person', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['edit', 'nobody', '--company', 'x'], 1)).toBe('rel: no contact matches "nobody"; see rel list, or add them first: rel contact add nobody');
    });
  });
});

describe('rel show', () => {
  it('a role without a company is said as a role', async () => {
    const j = await withJane();
    await j.ok(['contact', 'add', 'Rita Role', '--role', 'CEO']);
    expect((await j.ok(['show', 'Rita Role'])).split('\n')[1]).toBe('  role: CEO');
  });

  it('shows the last 10 conversations, and where the older ones are', async () => {
    const j = await withJane();
    for (let day = 1; day <= 10; day++) await j.ok(['add', 'jane', '--note', `talk ${day}`, '--on', `2026-11-${String(day).padStart(2, '0')}`]);
    expect(await j.ok(['show', 'jane'])).not.toContain('older ones');
    await j.ok(['add', 'jane', '--note', 'talk 11', '--on', '2026-11-11']);
    const card = await j.ok(['show', 'jane']);
    expect(card.endsWith('  2026-11-02: talk 2 [conversation 2]\n  … older ones: rel log "Jane Doe"\n')).toBe(true);
    expect((await j.json(['show', 'jane', '--json'])).conversations).toHaveLength(10);
  });

  it('prints the card with facts, details, follow-ups and conversations', async () => {
    const j = await withJane();
    await j.ok(['add', 'jane', '--via', 'call', '--note', 'Spring catalog', '--on', '2026-11-20', '--remember', 'loves golf', '--follow-up', '2026-12-01: send it']);
    await j.ok(['add', 'jane', '--note', 'Box damaged', '--complaint']);
    expect(await j.ok(['show', 'jane'])).toBe(
      [
        'Jane Doe #1',
        '  company: owner at Doe Flowers',
        '  email: jane@doe.com, j@work.com',
        '  phone: +1 555 0100',
        '  birthday: 1980-05-04',
        '  customer since: 2020-01-15',
        '  met: trade show',
        '  also known as: Janie',
        '  tags: vip',
        '  rhythm: last talked 2026-11-23; every 30 days, next 2026-12-23',
        '',
        'Coming up',
        '  2027-01-15: 7 years a customer in 53 days',
        '  2027-05-04: turns 47 in 162 days',
        '',
        'Remember',
        '  loves golf [detail 1]',
        '',
        'Follow-ups',
        '  2026-12-01: send it [reminder 1]',
        '',
        'Open complaints',
        '  2026-11-23: Box damaged [resolve with: rel resolve 2]',
        '',
        'Last conversations',
        '  2026-11-23 complaint: Box damaged [conversation 2]',
        '  2026-11-20 call: Spring catalog [conversation 1]',
        '',
      ].join('\n'),
    );
  });

  it('prints a conversation line as written: no channel, a complaint, a note with " :"', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'no channel']);
    await j.ok(['add', 'jane', '--via', 'call', '--note', 'price : too high']);
    await j.ok(['add', 'jane', '--via', 'visit', '--note', 'broken vase', '--complaint']);
    expect(await j.ok(['show', 'jane'])).toContain(
      ['Last conversations', '  2026-11-23 visit complaint: broken vase [conversation 3]', '  2026-11-23 call: price : too high [conversation 2]', '  2026-11-23: no channel [conversation 1]', ''].join('\n'),
    );
  });

  it('--json has the contact, its details, reminders, complaints and conversations', async () => {
    const j = await withJane();
    await j.ok(['add', 'jane', '--note', 'Box damaged', '--complaint', '--remember', 'loves golf', '--follow-up', 'tomorrow: call back']);
    const card = await j.json(['show', '1', '--json']);
    expect(Object.keys(card)).toEqual(['person', 'referrer', 'referrals', 'relations', 'details', 'reminders', 'openComplaints', 'justPast', 'upcoming', 'conversations', 'referralTree']);
    expect(Object.keys(card.person)).toEqual([
      'id', 'name', 'emails', 'phones', 'company', 'role', 'birthday', 'customerSince', 'cadence', 'met', 'referredBy', 'aliases', 'tags',
      'archived', 'pausedUntil', 'imported', 'createdOn', 'createdAt', 'updatedAt', 'rhythm',
    ]);
    expect(card.person.rhythm).toEqual({ status: 'onTrack', lastContactOn: '2026-11-23', cadence: '30d', cadenceSource: 'contact', cadenceTag: null, dueOn: '2026-12-23', daysPastDue: 0 });
    expect(card.details).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'loves golf', date: null, yearly: false, createdAt: expect.any(String) }]);
    expect(card.reminders).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'call back', dueOn: '2026-11-24', every: null, anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: expect.any(String) }]);
    expect(card.openComplaints.map((v: { id: number }) => v.id)).toEqual([1]);
    expect(card.conversations.map((v: { note: string }) => v.note)).toEqual(['Box damaged']);
  });

  it('refuses an unknown name with the closest match, exit 1', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['show', 'Jnae'], 1)).toBe('rel: no contact matches "Jnae"; did you mean Jane Doe (#1)?');
  });

  it('without a name is a usage error', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['show'], 2)).toContain("missing required argument 'name'");
  });

  it('offers every namesake near an unknown name, the fewest typos first, then by name', async () => {
    const j = makeJournal();
    // Two people of one folded name a typo from "Marta Lopz", and two names two typos from it.
    for (const name of ['Maria Lopez', 'Zoë Kim', 'Marta Lopez', 'Marta López', 'Marta Lopes']) await j.ok(['contact', 'add', name, '--new']);
    expect(await expectRefused(j, ['show', 'Marta Lopz'], 1)).toBe('rel: no contact matches "Marta Lopz"; did you mean Marta Lopez (#3), Marta López (#4), Maria Lopez (#1)?');
  });
});

describe('rel list', () => {
  const three = journalFrom(async (j) => {
    await j.ok(['contact', 'add', 'Carla Zed', '--tag', 'vip', '--every', '2w']);
    await j.ok(['add', 'Ann Bell', '--note', 'hi', '--on', '2026-06-01']); // 90-day default cadence: overdue since 2026-08-30
    await j.ok(['add', 'Bob Lee', '--note', 'hi', '--on', '2026-11-20']);
  });

  it('prints one line per person, by name', async () => {
    const j = await three();
    expect(await j.rel(['list'])).toEqual({
      code: 0,
      stderr: '',
      stdout: ['#2  Ann Bell   last 2026-06-01  due 2026-08-30', '#3  Bob Lee    last 2026-11-20  next 2027-02-18', '#1  Carla Zed  never contacted  next 2026-12-07  #vip', ''].join('\n'),
    });
  });

  it('a second --tag is refused, not put in the first one\'s place unsaid (list and export)', async () => {
    const j = await three();
    expect(await expectRefused(j, ['list', '--tag', 'vip', '--tag', 'gold'], 2)).toBe('rel: --tag "vip" and --tag "gold": give one --tag; rel list lists the people of one tag at a time');
    expect(await expectRefused(j, ['export', 'contacts', '--tag', 'vip', '--tag', 'gold'], 2)).toBe('rel: --tag "vip" and --tag "gold": give one --tag; rel export takes one tag at a time');
  });

  it('filters by tag and overdue, and sorts by next or last', async () => {
    const j = await three();
    expect(await j.ok(['list', '--tag', 'VIP'])).toBe('#1  Carla Zed  never contacted  next 2026-12-07  #vip\n');
    expect(await j.ok(['list', '--overdue'])).toBe('#2  Ann Bell  last 2026-06-01  due 2026-08-30\n');
    const ids = async (args: string[]) => (await j.json<Array<{ id: number }>>(['list', '--json', ...args])).map((c) => c.id);
    expect(await ids(['--sort', 'next'])).toEqual([2, 1, 3]);
    expect(await ids(['--sort', 'last'])).toEqual([1, 2, 3]);
  });

  it('--json lists every contact with their rhythm: last contact, due day, status', async () => {
    const j = await three();
    const list = await j.json(['list', '--json']);
    expect(list).toHaveLength(3);
    expect(list[0]).toEqual({
      id: 2, name: 'Ann Bell', emails: [], phones: [], company: null, role: null, birthday: null, customerSince: null, cadence: null,
      met: null, referredBy: null, aliases: [], tags: [], archived: false, pausedUntil: null, imported: false, createdOn: '2026-11-23',
      createdAt: expect.any(String), updatedAt: expect.any(String),
      rhythm: { status: 'drifting', lastContactOn: '2026-06-01', cadence: '90d', cadenceSource: 'default', cadenceTag: null, dueOn: '2026-08-30', daysPastDue: 85 },
    });
  });

  it('an empty journal is not an error: a friendly line on stderr, [] with --json', async () => {
    const j = makeJournal();
    expect(await j.rel(['list'])).toEqual({ code: 0, stdout: '', stderr: 'No contacts yet. Add the first: rel add "Jane Doe" --note "what you talked about"\n' });
    expect(await j.rel(['list', '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('a journal whose people are all archived says so, not that it has no contacts', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee']);
    await j.ok(['archive', 'ann']);
    expect(await j.rel(['list'])).toEqual({ code: 0, stdout: '', stderr: 'Everyone is archived: rel list --archived shows them, rel unarchive NAME brings one back.\n' });
    expect(await j.ok(['list', '--archived'])).toMatch(/^#1 +Ann Lee/);
  });

  it('--archived with another filter that leaves everyone out says no one matches, not that no one is archived', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee', '--tag', 'vip']);
    await j.ok(['archive', 'ann']);
    for (const filter of [['--overdue'], ['--tag', 'nosuch']]) {
      expect(await j.rel(['list', '--archived', ...filter])).toEqual({ code: 0, stdout: '', stderr: 'No one matches.\n' });
      expect(await j.rel(['list', ...filter])).toEqual({ code: 0, stdout: '', stderr: 'No one matches.\n' });
    }
    const k = makeJournal();
    await k.ok(['contact', 'add', 'Bo Ray']);
    expect(await k.rel(['list', '--archived'])).toEqual({ code: 0, stdout: '', stderr: 'No archived contacts.\n' });
  });

  it('refuses an unknown sort key (usage error)', async () => {
    const j = await three();
    expect(await expectRefused(j, ['list', '--sort', 'age'], 2)).toContain("argument 'age' is invalid. Allowed choices are name, last, next");
  });
});

describe('names on the command line', () => {
  const people = journalFrom(async (j) => {
    await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@doe.com', '--alias', 'JD']);
    await j.ok(['contact', 'add', 'José Núñez']);
    await j.ok(['contact', 'add', 'Mary-Ann Lee']);
  });
  const shown = async (j: TestJournal, query: string) => (await j.json<{ person: { id: number } }>(['show', query, '--json'])).person.id;

  it('finds a person by #id and id', async () => {
    const j = await people();
    expect(await shown(j, '#2')).toBe(2);
    expect(await shown(j, '2')).toBe(2);
  });

  it('finds a person by exact name, alias or email, ignoring case', async () => {
    const j = await people();
    expect(await shown(j, 'JANE DOE')).toBe(1);
    expect(await shown(j, 'jd')).toBe(1);
    expect(await shown(j, 'Jane@Doe.com')).toBe(1);
  });

  it('ignores accents both ways, and matches any part of a name', async () => {
    const j = await people();
    expect(await shown(j, 'jose')).toBe(2);
    expect(await shown(j, 'NUÑEZ')).toBe(2);
    expect(await shown(j, 'nune')).toBe(2);
    expect(await shown(j, 'ann')).toBe(3);
    expect(await shown(j, 'y-an')).toBe(3);
  });

  it('matches words that each start a word of the name, with a space for a hyphen and in any order', async () => {
    const j = await people();
    expect(await shown(j, 'mary ann')).toBe(3);
    expect(await shown(j, 'lee, mary')).toBe(3);
    expect(await shown(j, 'nunez jose')).toBe(2);
    expect(await expectRefused(j, ['show', 'mary doe'], 1)).toBe('rel: no contact matches "mary doe"; see rel list');
  });

  it('a partial name in rel add says whom it chose', async () => {
    const j = await people();
    expect(await j.rel(['add', 'jose', '--note', 'hola'])).toMatchObject({ code: 0, stderr: '→ José Núñez\n' });
    expect(await j.rel(['add', 'mary ann', '--note', 'tea'])).toMatchObject({ code: 0, stderr: '→ Mary-Ann Lee\n', stdout: 'logged conversation with Mary-Ann Lee on 2026-11-23 (#2)\n' });
  });

  it('an ambiguous name lists the candidates and exits 1', async () => {
    const j = await people();
    await j.ok(['contact', 'add', 'Jane Smith']);
    expect(await expectRefused(j, ['show', 'jane'], 1)).toBe('rel: "jane" matches 2 people: Jane Doe (#1), Jane Smith (#4); use the #id or more of the name');
  });

  it('on a terminal, an ambiguous name asks which one, in every command about someone already there', async () => {
    const j = await people();
    await j.ok(['contact', 'add', 'Jane Smith', '--company', 'Smith & Co']);
    const asked: string[] = [];
    // Picks the choice that names Jane Smith, and keeps what was asked.
    const prompter = {
      select: async <T>(message: string, choices: Array<{ name: string; value: T }>) => {
        asked.push(`${message} ${choices.map((c) => c.name).join(' | ')}`);
        return choices.find((c) => c.name.startsWith('Jane Smith'))!.value;
      },
    } as unknown as Prompter;
    const onTerminal = { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter };
    expect((await runRel(['show', 'jane'], onTerminal)).stdout).toMatch(/^Jane Smith #4\n/);
    expect(asked).toEqual(['"jane" could be several people. Which one? Jane Doe (#1, jane@doe.com) | Jane Smith (#4, Smith & Co)']);
    expect(await runRel(['remind', 'jane', 'send the quote', '--on', '2026-12-01'], onTerminal)).toMatchObject({ code: 0, stdout: 'reminder 1: send the quote — Jane Smith, due 2026-12-01\n' });
    expect(await runRel(['edit', 'jane', '--role', 'buyer'], onTerminal)).toMatchObject({ code: 0, stdout: 'updated Jane Smith (#4): role\n' });
    await j.ok(['add', 'José Núñez', '--note', 'lunch']);
    expect(await runRel(['conversation', 'edit', '1', '--with', 'jane'], onTerminal)).toMatchObject({ code: 0, stdout: 'updated conversation #1 with José Núñez and Jane Smith on 2026-11-23 (people)\n' });
    expect(await runRel(['archive', 'jane'], onTerminal)).toMatchObject({ code: 0, stdout: 'archived Jane Smith (rel unarchive "Jane Smith" brings them back)\n' });
    expect(asked).toHaveLength(5);
  });

  it('a # that starts no id is a command line that is wrong (exit 2); an id nobody has, a journal that disagrees (exit 1)', async () => {
    const j = await people();
    for (const query of ['#abc', '#-1', '#1.5']) expect(await expectRefused(j, ['show', query], 2)).toBe(`rel: "${query}" is not an id: ids are whole numbers, as rel list shows them (#12)`);
    expect(await expectRefused(j, ['add', '#x', '--note', 'hi'], 2)).toContain('is not an id');
    expect(await expectRefused(j, ['show', '#99'], 1)).toBe('rel: no contact matches "#99"; see rel list');
  });

  it('an unknown name suggests the closest', async () => {
    const j = await people();
    expect(await expectRefused(j, ['show', 'Jnae'], 1)).toBe('rel: no contact matches "Jnae"; did you mean Jane Doe (#1)?');
    // Word by word: "mary" starts Mary-Ann Lee, "leo" is a typo of "lee".
    expect(await expectRefused(j, ['show', 'mary leo'], 1)).toBe('rel: no contact matches "mary leo"; did you mean Mary-Ann Lee (#3)?');
    // A typo of the whole name comes before as many typos word by word.
    await j.ok(['contact', 'add', "Carlos B. O'Brien"]);
    await j.ok(['contact', 'add', "Carlos O'Brien"]);
    expect(await expectRefused(j, ['show', "calros o'brien"], 1)).toBe(`rel: no contact matches "calros o'brien"; did you mean Carlos O'Brien (#5), Carlos B. O'Brien (#4)?`);
    expect(await expectRefused(j, ['show', 'Nunex'], 1)).toContain('did you mean José Núñez (#2)?');
  });
});

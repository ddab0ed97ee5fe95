// The rough edges a newcomer hit (issue 14, item 6), each as they would meet it: tags with spaces,
// "1 person", a follow-up without text, rel log --limit 0, notes of several lines, and a
// conversation logged with someone archived; and a name of several words typed without quotes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../src/domain/undoHistory.js';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal } from '../harness/journal.js';

describe('tags with spaces', () => {
  const tagged = journalFrom(async (j) => {
    await j.ok(['contact', 'add', 'Ann Lee', '--tag', '  Wedding   Clients ', '--tag', 'vip']);
  });

  it('are trimmed, one space inside, and shown as they are', async () => {
    const j = await tagged();
    expect((await j.json(['show', 'ann', '--json'])).person.tags).toEqual(['vip', 'wedding clients']);
    expect(await j.ok(['show', 'ann'])).toContain('  tags: vip, wedding clients\n');
    // The list marks each tag with #; one with a space is quoted, as it is typed.
    expect(await j.ok(['list'])).toBe('#1  Ann Lee  never contacted  next 2027-02-21  #vip #"wedding clients"\n');
  });

  it('work wherever a tag is named: a cadence, the list, untag', async () => {
    const j = await tagged();
    expect(await j.ok(['tag', 'wedding clients', '--every', '2w'])).toBe("everyone tagged wedding clients is kept in touch with every 2w (a person's own --every still wins)\n");
    expect(await j.ok(['list', '--tag', 'Wedding  clients'])).toBe('#1  Ann Lee  never contacted  next 2026-12-07  #vip #"wedding clients"\n');
    await j.ok(['edit', 'ann', '--untag', 'WEDDING CLIENTS']);
    expect((await j.json(['show', 'ann', '--json'])).person.tags).toEqual(['vip']);
  });

  it('a cadence cleared is one change that rel undo names; clearing none is refused and changes nothing', async () => {
    const j = await tagged();
    await j.ok(['tag', 'wedding clients', '--every', '2w']);
    expect(await j.ok(['tag', 'wedding clients', '--clear'])).toBe('wedding clients has no cadence of its own now\n');
    expect(await expectRefused(j, ['tag', 'wedding clients', '--clear'], 1)).toBe(
      'rel: tag "wedding clients" has no cadence of its own; nothing to clear (rel tag lists the tags and their cadences)',
    );
    expect(await j.ok(['undo'])).toBe('undid: clear the cadence of tag wedding clients\n');
    expect(await j.ok(['undo'])).toBe('undid: set the cadence of tag wedding clients to every 2w\n');
  });

  it('survive an export and an import', async () => {
    const j = await tagged();
    const csv = join(j.dir, 'contacts.csv');
    writeFileSync(csv, await j.ok(['export', 'contacts']));
    const other = makeJournal();
    await other.ok(['import', csv]);
    expect((await other.json(['show', 'ann', '--json'])).person.tags).toEqual(['vip', 'wedding clients']);
  });

  it('an imported label keeps its spaces: Google\'s "Wedding Clients" is the tag wedding clients', async () => {
    const j = makeJournal();
    const csv = join(j.dir, 'google.csv');
    writeFileSync(csv, 'Given Name,Family Name,E-mail 1 - Value,Labels\nZoë,Müller,zoe@example.com,Wedding Clients ::: * myContacts\n');
    await j.ok(['import', csv]);
    expect((await j.json(['show', 'zoe', '--json'])).person.tags).toEqual(['wedding clients']);
    expect(await j.ok(['tag'])).toBe('wedding clients  1 person\n');
  });

  it('are taken as rel list and rel show write them, with their #', async () => {
    const j = await tagged();
    expect(await j.ok(['list', '--tag', '#vip'])).toContain('Ann Lee');
    expect(await j.ok(['edit', 'ann', '--untag', '#VIP', '--tag', '#gold'])).toBe('updated Ann Lee (#1): tag added, tag removed\n');
    expect((await j.json(['show', 'ann', '--json'])).person.tags).toEqual(['gold', 'wedding clients']);
    expect(await expectRefused(j, ['edit', 'ann', '--tag', '##x'], 2)).toContain('"##x" is not a tag');
  });

  it.each([
    ['vip; gold', 'one tag at a time: commas and semicolons separate tags in exports'],
    ['vip, gold', 'one tag at a time'],
    ['   ', 'a tag needs a letter or a digit'],
    ['=HYPERLINK()', 'starting with a letter or digit'],
  ])('%j is refused, and nothing written', async (tag, why) => {
    const j = await tagged();
    expect(await expectRefused(j, ['edit', 'ann', '--tag', tag], 2)).toContain(`rel: --tag: ${JSON.stringify(tag)} is not a tag; `);
    expect(await expectRefused(j, ['edit', 'ann', '--tag', tag], 2)).toContain(why);
  });
});

describe('plural words', () => {
  it('rel tag counts 1 person, 2 people', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee', '--tag', 'vip', '--tag', 'golf']);
    await j.ok(['contact', 'add', 'Bob Ray', '--tag', 'golf']);
    expect(await j.ok(['tag'])).toBe('golf  2 people\nvip   1 person\n');
    expect(await j.ok(['tag', 'vip'])).toBe('vip: 1 person, no cadence (set one: rel tag vip --every 14d)\n');
  });

  it('rel tag says how many of a tag\'s people are archived, as rel list --tag and --archived tell them apart', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'A One', '--tag', 'vip']);
    await j.ok(['contact', 'add', 'C Three', '--tag', 'vip']);
    await j.ok(['tag', 'vip', '--every', '14d']);
    await j.ok(['archive', 'C Three']);
    expect(await j.ok(['tag'])).toBe('vip  2 people (1 archived)  every 14d\n');
    expect(await j.ok(['tag', 'vip'])).toBe('vip: 2 people (1 archived), every 14d\n');
    expect(JSON.parse(await j.ok(['tag', '--json']))).toEqual([{ tag: 'vip', cadence: '14d', peopleCount: 2, archivedCount: 1 }]);
    expect(await j.ok(['list', '--tag', 'vip'])).toMatch(/^#1 {2}A One .*\n$/);
    expect(await j.ok(['list', '--tag', 'vip', '--archived'])).toMatch(/^#2 {2}C Three .*\(archived\).*\n$/);
  });

  it('rel tag counts each archived person under every tag they carry, and a tag whose people are all archived', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'A One', '--tag', 'vip', '--tag', 'golf']);
    await j.ok(['contact', 'add', 'B Two', '--tag', 'golf', '--tag', 'press']);
    await j.ok(['contact', 'add', 'C Three', '--tag', 'golf']);
    await j.ok(['archive', 'B Two']);
    await j.ok(['archive', 'C Three']);
    expect(await j.ok(['tag'])).toBe('golf   3 people (2 archived)\npress  1 person (1 archived)\nvip    1 person\n');
    expect(await j.ok(['tag', 'golf'])).toBe('golf: 3 people (2 archived), no cadence (set one: rel tag golf --every 14d)\n');
    expect(JSON.parse(await j.ok(['tag', 'press', '--json']))).toEqual({ tag: 'press', cadence: null, peopleCount: 1, archivedCount: 1 });
    await j.ok(['unarchive', 'B Two']);
    expect(JSON.parse(await j.ok(['tag', '--json']))).toEqual([
      { tag: 'golf', cadence: null, peopleCount: 3, archivedCount: 1 },
      { tag: 'press', cadence: null, peopleCount: 1, archivedCount: 0 },
      { tag: 'vip', cadence: null, peopleCount: 1, archivedCount: 0 },
    ]);
  });

  it('a restore into a journal with one contact says "1 contact"', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee']);
    const backup = join(j.dir, 'backup.json');
    writeFileSync(backup, await j.ok(['export', 'all']));
    expect(await expectRefused(j, ['import', backup], 1)).toContain('already has 1 contact.');
  });

  it('an undo of rows of no one says "a row"', () => {
    const entry = { table: 'somewhere', op: 'update' as const, rows: 1, contactId: null, label: null, people: 0 };
    const change = (rows: number) => ({ id: 1, description: null, madeAt: '2026-11-23T10:00:00.000Z', entries: [{ ...entry, rows }], names: new Map() });
    expect(describeChange(change(1))).toBe('change a row');
    expect(describeChange(change(3))).toBe('change 3 rows');
  });
});

describe('a follow-up without text', () => {
  it('is about the conversation: "follow up: <the note>", said once', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'Sent the quote', '--follow-up', 'friday']);
    expect((await j.json(['reminders', '--json']))[0]).toMatchObject({ text: 'Sent the quote', dueOn: '2026-11-27' });
    expect(await j.ok(['today', '--as-of', '2026-11-27'])).toContain('  • follow up: Sent the quote — due today\n');
  });

  it('with no note either, names the conversation by how and when', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', '', '--follow-up', 'friday']);
    await j.ok(['add', 'Bob Lee', '--note', '', '--follow-up', 'friday']);
    const list = await j.ok(['today', '--as-of', '2026-11-27']);
    expect(list).toContain('  • follow up: the call of 2026-11-23 — due today\n');
    expect(list).toContain('  • follow up: the conversation of 2026-11-23 — due today\n');
  });

  it('a text that says "follow up" already is not said twice (as rel add once stored them)', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['remind', 'Jane Doe', 'follow up: the quote', '--on', 'friday']);
    expect(await j.ok(['today', '--as-of', '2026-11-27'])).toContain('  • follow up: the quote — due today\n');
  });
});

describe('rel log --limit 0', () => {
  it('is refused as a usage error in a journal with conversations, and writes nothing', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hello']);
    expect(await expectRefused(j, ['log', '--limit', '0'], 2)).toBe('rel: --limit must be at least 1; without it, rel log lists every conversation');
    // A negative or too large count is a number out of range, said as such with the same advice.
    expect(await expectRefused(j, ['log', '--limit', '-1'], 2)).toBe('rel: --limit must be at least 1; without it, rel log lists every conversation');
    expect(await expectRefused(j, ['log', '--limit', '99999999999999999999'], 2)).toBe('rel: --limit goes up to 999999999; without it, rel log lists every conversation');
    expect(await j.ok(['log', '--limit', '1'])).toBe('#1  2026-11-23  Jane Doe    hello\n'); // the empty column: no --via
  });

  it('an empty log says what it was asked for, not "no conversations yet"', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hello', '--on', '2026-11-01']);
    await j.ok(['contact', 'add', 'Bob Lee']);
    expect(await j.rel(['log', '--since', '2026-11-10'])).toMatchObject({ code: 0, stdout: '', stderr: 'No conversations since 2026-11-10. Log one: rel add NAME --note "what you talked about"\n' });
    expect(await j.rel(['log', 'bob'])).toMatchObject({ code: 0, stdout: '', stderr: 'No conversations with Bob Lee yet. Log one: rel add "Bob Lee" --note "what you talked about"\n' });
  });
});

describe('notes of several lines', () => {
  const noted = journalFrom(async (j) => {
    await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'Order for the party:\n- 40 favours\r\n- blue ribbons', '--complaint', '--remember', 'likes\ntulips']);
    await j.ok(['add', 'Bob Lee', '--note', 'short']);
  });

  it('rel log starts the further lines under the note', async () => {
    const j = await noted();
    expect(await j.ok(['log'])).toBe(
      [
        '#2  2026-11-23  Bob Lee         short',
        '#1  2026-11-23  Jane Doe  call  [complaint] Order for the party:',
        '                                - 40 favours',
        '                                - blue ribbons',
        '',
      ].join('\n'),
    );
  });

  it('rel show indents them under the record', async () => {
    const j = await noted();
    expect(await j.ok(['show', 'jane'])).toContain(
      [
        'Remember',
        '  likes',
        '    tulips [detail 1]',
        '',
        'Open complaints',
        '  2026-11-23: Order for the party:',
        '    - 40 favours',
        '    - blue ribbons [resolve with: rel resolve 1]',
        '',
        'Last conversations',
        '  2026-11-23 call complaint: Order for the party:',
        '    - 40 favours',
        '    - blue ribbons [conversation 1]',
        '',
      ].join('\n'),
    );
  });

  it('the notes themselves keep their line breaks', async () => {
    const j = await noted();
    expect((await j.json(['log', 'jane', '--json']))[0].note).toBe('Order for the party:\n- 40 favours\r\n- blue ribbons');
  });
});

describe('a conversation with someone archived', () => {
  it('is logged, and stderr says they stay archived and how to bring them back', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Bob Lee', '--every', '1w']);
    await j.ok(['archive', 'bob']);
    const result = await j.rel(['add', 'Bob Lee', '--note', 'ran into him', '--follow-up', 'tomorrow: send the photos']);
    expect(result).toEqual({
      code: 0,
      stdout: 'logged conversation with Bob Lee on 2026-11-23 (#1); follow up 2026-11-24\n',
      stderr: 'Bob Lee is archived and stays so: hidden from rel today and rel list (rel list --archived lists them); bring them back with rel unarchive "Bob Lee"\n',
    });
    expect(await j.ok(['log'])).toBe('#1  2026-11-23  Bob Lee    ran into him\n');
    expect(await j.rel(['list'])).toMatchObject({ stdout: '' });
    expect(await j.ok(['today', '--as-of', '2026-11-24'])).not.toContain('Bob Lee');
    await j.ok(['unarchive', 'bob']);
    expect(await j.ok(['today', '--as-of', '2026-11-24'])).toContain('follow up: send the photos — due today');
  });

  it('says nothing of the kind for someone not archived, and names each archived one of a group', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee']);
    await j.ok(['contact', 'add', 'Bob Ray']);
    await j.ok(['archive', 'bob']);
    expect((await j.rel(['add', 'Ann Lee', 'Bob Ray', '--note', 'lunch'])).stderr).toBe(
      'Bob Ray is archived and stays so: hidden from rel today and rel list (rel list --archived lists them); bring them back with rel unarchive "Bob Ray"\n',
    );
    expect((await j.rel(['add', 'Ann Lee', '--note', 'call'])).stderr).toBe('');
  });
});

describe('a follow-up or a dated detail for someone archived', () => {
  it('is written, and stderr says where it stays hidden and how to bring them back', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Nina Simone']);
    await j.ok(['archive', 'nina']);
    const back = 'bring them back with rel unarchive "Nina Simone"\n';
    expect(await j.rel(['remind', 'nina', 'send the card', '--on', '2026-11-25'])).toEqual({
      code: 0,
      stdout: 'reminder 1: send the card — Nina Simone, due 2026-11-25\n',
      stderr: `Nina Simone is archived and stays so: the follow-up is hidden from rel today, rel reminders and rel export dates (rel reminders "Nina Simone" lists it, as does rel reminders --all); ${back}`,
    });
    // Each place the note names is as it says.
    expect(await j.ok(['reminders'])).not.toContain('send the card');
    expect(await j.ok(['today', '--all', '--as-of', '2026-11-25'])).not.toContain('send the card');
    expect(await j.ok(['export', 'dates'])).not.toContain('send the card');
    expect(await j.ok(['reminders', 'Nina Simone'])).toContain('send the card');
    expect(await j.ok(['reminders', '--all'])).toContain('send the card');
    expect((await j.rel(['remember', 'nina', 'wedding', '--on', '06-01', '--yearly'])).stderr).toBe(
      `Nina Simone is archived and stays so: the date is hidden from rel today and rel export dates (rel show "Nina Simone" lists it); ${back}`,
    );
    expect(await j.ok(['today', '--all', '--as-of', '2027-06-01'])).not.toContain('wedding');
    expect(await j.ok(['export', 'dates'])).not.toContain('wedding');
    expect(await j.ok(['show', 'Nina Simone'])).toContain('wedding');
    // An undated detail comes up on the card, not in rel today: nothing to say.
    expect((await j.rel(['remember', 'nina', 'likes jazz'])).stderr).toBe('');
    await j.ok(['unarchive', 'nina']);
    expect((await j.rel(['remind', 'nina', 'call back', '--on', '2026-11-26'])).stderr).toBe('');
  });
});

describe('a name of several words typed without quotes', () => {
  const maria = journalFrom(async (j) => {
    await j.ok(['contact', 'add', 'Maria Lopez']);
    await j.ok(['contact', 'add', 'Tom Lopez']);
  });

  it('is refused with the quoted command, by every command that takes one NAME, and nothing is written', async () => {
    const j = await maria();
    expect(await expectRefused(j, ['show', 'maria', 'lopez'], 2)).toBe('rel: show takes NAME, and was given 2 words: a name of several words goes in quotes (rel show "maria lopez")');
    // The flags typed go with it, so that the line runs as meant.
    expect(await expectRefused(j, ['rm', 'maria', 'lopez', '--yes'], 2)).toMatch(/\(rel rm "maria lopez" --yes\)$/);
    expect(await expectRefused(j, ['edit', 'maria', 'lopez', '--company', 'Big Co', '--tag', 'vip'], 2)).toMatch(/\(rel edit "maria lopez" --company "Big Co" --tag vip\)$/);
    expect(await expectRefused(j, ['contact', 'add', 'Ana', 'Silva'], 2)).toMatch(/^rel: contact add takes FULL-NAME, .*\(rel contact add "Ana Silva"\)$/);
    expect(await expectRefused(j, ['export', 'person', 'maria', 'lopez'], 2)).toMatch(/\(rel export person "maria lopez"\)$/);
    expect(await j.ok(['show', 'Maria Lopez'])).toContain('Maria Lopez #1');
  });

  it('rel tag TAG NAME says a person is tagged by rel edit, and that a tag of several words goes in quotes', async () => {
    const j = await maria();
    expect(await expectRefused(j, ['tag', 'vip', 'maria', 'lopez', '--every', '2w'], 2)).toBe(
      'rel: tag takes TAG, and was given 3 words: a tag of several words goes in quotes (rel tag "vip maria lopez"); if "maria lopez" is a person to tag: rel edit "maria lopez" --tag vip',
    );
    expect(await expectRefused(j, ['tag', 'top', 'clients'], 2)).toMatch(/\(rel tag "top clients"\); if clients is a person to tag: rel edit clients --tag top$/);
    await j.ok(['tag', 'top clients', '--every', '2w']);
  });

  it('rel relate NAME OTHER says whom goes after --to', async () => {
    const j = await maria();
    expect(await expectRefused(j, ['relate', 'maria', 'tom', '--as', 'spouse'], 2)).toBe(
      'rel: relate takes NAME, and was given 2 words: say whom with --to and how with --as (rel relate maria --to tom --as spouse), and put a name of several words in quotes',
    );
    await j.ok(['relate', 'maria', '--to', 'tom', '--as', 'spouse']);
  });

  it('rel relate with the relation said in words suggests the flags that say it, and the suggestion runs', async () => {
    const suggested = async (words: string[]): Promise<string[]> => {
      const j = await maria();
      const example = /\((rel [^)]*)\)/.exec(await expectRefused(j, words, 2))?.[1] ?? '';
      return [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
    };
    expect(await suggested(['relate', 'Maria Lopez', 'wife', 'Tom Lopez'])).toEqual(['relate', 'Maria Lopez', '--to', 'Tom Lopez', '--as', 'wife']);
    expect(await suggested(['relate', 'tom', 'husband', 'of', 'maria'])).toEqual(['relate', 'tom', '--to', 'maria', '--as', 'husband']);
    expect(await suggested(['relate', 'maria', '--to', 'tom', 'spouse'])).toEqual(['relate', 'maria', '--to', 'tom', '--as', 'spouse']);
    expect(await suggested(['relate', 'Maria Lopez', 'Tom Lopez', '--as', 'wife'])).toEqual(['relate', 'Maria Lopez', '--to', 'Tom Lopez', '--as', 'wife']);
    expect(await suggested(['unrelate', 'maria', 'tom'])).toEqual(['unrelate', 'maria', '--to', 'tom']);
    const j = await maria();
    expect(await j.ok(await suggested(['relate', 'tom', 'husband', 'of', 'maria']))).toBe('related: Tom Lopez — husband of Maria Lopez\n');
    // What the words leave unsaid is a placeholder, not a guess.
    expect(await suggested(['relate', 'maria', 'tom'])).toEqual(['relate', 'maria', '--to', 'tom', '--as', '<kind>']);
    expect(await suggested(['relate', 'maria', 'spouse'])).toEqual(['relate', 'maria', '--to', '<name>', '--as', 'spouse']);
  });

  it('rel remember and rel remind refuse a TEXT that starts with the rest of the name, and say both ways to mean it', async () => {
    const j = await maria();
    expect(await expectRefused(j, ['remember', 'maria', 'lopez', 'likes', 'tulips'], 2)).toBe(
      'rel: "maria lopez" is the whole name of Maria Lopez (#1): to mean them, put it in quotes (rel remember "maria lopez" likes tulips); to keep "lopez" in the text, put the text in quotes (rel remember maria "lopez likes tulips")',
    );
    expect(await expectRefused(j, ['remind', 'tom', 'lopez', 'send', 'the', 'list', '--on', '2026-12-20'], 2)).toMatch(/\(rel remind "tom lopez" send the list --on "2026-12-20"\); .*\(rel remind tom "lopez send the list" --on "2026-12-20"\)$/);
    expect(await expectRefused(j, ['remember', 'maria', 'lopez'], 2)).toBe('rel: "maria lopez" is the whole name of Maria Lopez (#1): say what after it (rel remember "maria lopez" TEXT)');
    // Either way it suggests is taken as meant, and so is a text that does not go on with the name.
    expect(await j.ok(['remember', 'maria lopez', 'likes', 'tulips'])).toBe('remembered about Maria Lopez: likes tulips [detail 1]\n');
    expect(await j.ok(['remember', 'maria', 'lopez likes tulips'])).toBe('remembered about Maria Lopez: lopez likes tulips [detail 2]\n');
    expect(await j.ok(['remember', 'maria', 'loves', 'golf'])).toBe('remembered about Maria Lopez: loves golf [detail 3]\n');
  });

  it('rel backup of two names says it writes one file, or a name with a space in quotes', async () => {
    const j = await maria();
    expect(await expectRefused(j, ['backup', 'a.db', 'b.db'], 2)).toBe("rel: backup takes FILE, and was given 2 arguments: it writes one file (rel backup a.db); a file name with spaces goes in quotes (rel backup 'a.db b.db')");
  });

  it('rel import of several files says to import one at a time, and a file name with spaces goes in quotes', async () => {
    const j = await maria();
    const vcard = (name: string): string => `BEGIN:VCARD\nVERSION:3.0\nFN:${name}\nEND:VCARD\n`;
    const [ana, bo, spaced] = ['ana.vcf', 'bo.vcf', 'My Contacts.vcf'].map((file) => join(j.dir, file)) as [string, string, string];
    writeFileSync(ana, vcard('Ana Silva'));
    writeFileSync(bo, vcard('Bo Berg'));
    writeFileSync(spaced, vcard('Cy Moss'));
    expect(await expectRefused(j, ['import', ana, bo], 2)).toBe(`rel: import takes FILE, and was given 2 arguments: import one file at a time (for f in ${ana} ${bo}; do rel import "$f"; done)`);
    // Four files: *.vcf when they are all the folder's (as the shell expanded it), else the four named.
    const phone = join(j.dir, 'phone');
    mkdirSync(phone);
    const all = ['a', 'b', 'c', 'd'].map((f) => join(phone, `${f}.vcf`));
    for (const file of all) writeFileSync(file, vcard('Di Lund'));
    expect(await expectRefused(j, ['import', ...all], 2)).toMatch(/\(for f in \S+\/phone\/\*\.vcf; do rel import "\$f"; done\)$/);
    const some = [ana, bo, join(j.dir, 'c.vcf'), join(j.dir, 'd.vcf')];
    expect(await expectRefused(j, ['import', ...some], 2)).toMatch(new RegExp(`\\(for f in ${some.join(' ')}; do rel import "\\$f"; done\\)$`));
    expect(await expectRefused(j, ['import', ...spaced.split(' ')], 2)).toBe(`rel: import takes FILE, and was given 2 arguments: a file name with spaces goes in quotes (rel import '${spaced}')`);
    expect(await expectRefused(j, ['import', ana, ...spaced.split(' ')], 2)).toBe(`rel: import takes FILE, and was given 3 arguments: import one file at a time (for f in ${ana} '${spaced}'; do rel import "$f"; done)`);
    expect(await j.ok(['import', ana])).toMatch(/^added 1,/);
    expect(await j.ok(['import', spaced])).toMatch(/^added 1,/);
  });

  it('commands that take no argument show their usage too, as every command does (README: exit codes)', async () => {
    const j = await maria();
    expect(await expectRefused(j, ['today', 'now'], 2)).toBe("rel: too many arguments for 'today'. Expected 0 arguments but got 1; usage: rel today [options] (see rel today --help)");
    expect(await expectRefused(j, ['undo', '3'], 2)).toBe("rel: too many arguments for 'undo'. Expected 0 arguments but got 1; usage: rel undo [options] (see rel undo --help)");
    expect(await expectRefused(j, ['doctor', 'x'], 2)).toBe("rel: too many arguments for 'doctor'. Expected 0 arguments but got 1; usage: rel doctor [options] (see rel doctor --help)");
    expect(await expectRefused(j, ['reminder', 'edit', '1', 'x'], 2)).toMatch(/^rel: too many arguments for 'edit'\. Expected 1 argument but got 2; usage: rel reminder edit <id> \(see rel reminder edit --help\)$/);
  });
});

describe('a name that is nobody yet', () => {
  const jane = journalFrom(async (j) => {
    await j.ok(['add', 'Jane Doe', '--note', 'lunch']);
  });
  const addFirst = `rel: no contact matches "Mia Roth"; see rel list, or add them first: rel contact add 'Mia Roth'`;

  it('is said to be added first by a command that writes about someone, and the advice works', async () => {
    const j = await jane();
    expect(await expectRefused(j, ['remember', 'Mia Roth', 'likes roses'], 1)).toBe(addFirst);
    expect(await expectRefused(j, ['remind', 'Mia Roth', 'call', '--on', 'tomorrow'], 1)).toBe(addFirst);
    expect(await expectRefused(j, ['edit', 'Mia Roth', '--birthday', '03-04'], 1)).toBe(addFirst);
    expect(await expectRefused(j, ['edit', 'jane', '--referred-by', 'Mia Roth'], 1)).toBe(addFirst);
    expect(await expectRefused(j, ['relate', 'Mia Roth', '--to', 'jane', '--as', 'sister'], 1)).toBe(addFirst);
    expect(await expectRefused(j, ['conversation', 'edit', '1', '--with', 'Mia Roth'], 1)).toBe(addFirst);
    await j.ok(['contact', 'add', 'Mia Roth']);
    expect(await j.ok(['remember', 'Mia Roth', 'likes roses'])).toBe('remembered about Mia Roth: likes roses [detail 1]\n');
  });

  it('is not, where adding them would not help, for an id, or when a name near it is someone', async () => {
    const j = await jane();
    for (const words of [['show', 'Mia Roth'], ['rm', 'Mia Roth', '--yes'], ['archive', 'Mia Roth'], ['conversation', 'edit', '1', '--without', 'Mia Roth']]) {
      expect(await expectRefused(j, words, 1)).toBe('rel: no contact matches "Mia Roth"; see rel list');
    }
    expect(await expectRefused(j, ['remember', '45', 'x'], 1)).toBe('rel: no contact matches "45"; see rel list');
    expect(await expectRefused(j, ['remember', 'Jnae Doe', 'x'], 1)).toMatch(/did you mean Jane Doe \(#1\)\?$/);
  });
});

describe('a name that reads as an id', () => {
  it('is refused as a name or an alias (exit 2): every command would read it as that person', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Lee']);
    for (const words of [['contact', 'add', '#5'], ['contact', 'add', '12'], ['add', '12', '--note', 'x', '--new'], ['contact', 'add', 'Bob Ray', '--alias', '7']]) {
      expect(await expectRefused(j, words, 2)).toMatch(/^rel: (NAME|--alias): "#?\d+" reads as an id \(rel show "#\d+" is that person\), so it cannot be a name; add a word, e.g. "Room \d+"$/);
    }
    expect(await expectRefused(j, ['edit', 'ann', '--name', '#1'], 2)).toContain('"#1" reads as an id');
    expect(await j.ok(['contact', 'add', 'Room 5'])).toBe('added Room 5 (#2)\n');
    expect(await j.ok(['contact', 'add', '7-Eleven'])).toBe('added 7-Eleven (#3)\n');
  });
});

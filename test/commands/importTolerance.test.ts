// Imports that forgive (issue 14, item 1): what cannot be read is left out with a warning and the
// rest imported, --strict refuses instead; numeric dates are read one way per file; a Name column
// is a name; the real cases the issue names, each with a test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';
import { FIXTURES } from '../harness/paths.js';

const ODD = join(FIXTURES, 'odd');
const OUTLOOK_HEADER = 'First Name,Last Name,E-mail Address,Birthday';
const outlook = (...rows: string[]) => [OUTLOOK_HEADER, ...rows, ''].join('\r\n');
const vcard = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');

interface Person {
  name: string;
  birthday: string | null;
  emails: string[];
}

async function people(j: ReturnType<typeof makeJournal>): Promise<Array<Pick<Person, 'name' | 'birthday' | 'emails'>>> {
  const all = await j.json<Person[]>(['export', 'contacts', '--format', 'json']);
  return all.map(({ name, birthday, emails }) => ({ name, birthday, emails }));
}

describe('a field that cannot be read', () => {
  // One odd birthday, one bad email, one row with nobody in it, in an export of five.
  const csv = outlook('Ana,Souza,ana@example.com,3/21/1990', 'Bob,Lee,bob at example,next spring', ',,,', 'Cleo,Park,cleo@example.com,', ',,,1/1/1980', 'Dee,Fox,dee@example.com,2/30/1975');

  it('is left out with a warning naming file, line, field and why; the rest of the contact and the file is imported; all are listed and counted', async () => {
    const j = makeJournal();
    const result = await j.rel(['import', '-'], { input: csv });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('added 4, updated 0, skipped 1 from stdin\n');
    expect(result.stderr).toBe(
      [
        'warning: stdin line 3, field E-mail Address: "bob at example" is not an email address (name@example.com)',
        'warning: stdin line 3, field Birthday: "next spring" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
        'warning: stdin line 6: no name, email or phone to know a person by; record skipped',
        'warning: stdin line 7, field Birthday: "2/30/1975" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
        '4 warnings: what they name was left out and the rest read (--strict refuses such a file instead)',
        '',
      ].join('\n'),
    );
    expect(await people(j)).toEqual([
      { name: 'Ana Souza', birthday: '1990-03-21', emails: ['ana@example.com'] },
      { name: 'Bob Lee', birthday: null, emails: [] },
      { name: 'Cleo Park', birthday: null, emails: ['cleo@example.com'] },
      { name: 'Dee Fox', birthday: null, emails: ['dee@example.com'] },
    ]);
    // One undo takes the whole import back.
    await j.ok(['undo']);
    expect(await people(j)).toEqual([]);
  });

  it('--strict refuses the file instead, listing every problem, exit 1, importing nothing', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Zed Quill']);
    const before = j.dump();
    const result = await j.rel(['import', '-', '--strict'], { input: csv });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 4).map((l) => l.replace(/:.*/, ''))).toEqual(['stdin line 3, field E-mail Address', 'stdin line 3, field Birthday', 'stdin line 6', 'stdin line 7, field Birthday']);
    expect(lines[4]).toBe('rel: 4 problems in stdin (listed above); nothing imported. Without --strict, rel imports the rest and leaves these out');
    expect(j.dump()).toBe(before);
  });

  it('--dry-run lists the warnings too (on stderr), after saying how the file reads', async () => {
    const result = await makeJournal().rel(['import', '-', '--dry-run'], { input: csv });
    expect(result.stdout.split('\n')[0]).toBe('Outlook CSV, 5 rows, dates month-first'); // a row of empty cells is no row
    expect(result.stdout).toContain('\nwould add 4, update 0, skip 1\n');
    expect(result.stderr).toContain('\n4 warnings: ');
  });

  it('a vCard property line that cannot be read is skipped with a warning, the card kept', async () => {
    const j = makeJournal();
    const input = vcard('FN:Jane Doe', 'this line is broken', 'EMAIL:jane@example.com', 'BDAY:1980-13-45');
    const result = await j.rel(['import', '-'], { input });
    expect(result.stdout).toBe('added 1, updated 0, skipped 0 from stdin\n');
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      'warning: stdin line 4: "this line is broken" is not a vCard property (NAME:value); line skipped',
      'warning: stdin line 6, field BDAY: "1980-13-45" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    ]);
    expect(await people(j)).toEqual([{ name: 'Jane Doe', birthday: null, emails: ['jane@example.com'] }]);
  });

  it('a file that is not a contacts file at all still fails with one line', async () => {
    const j = makeJournal();
    for (const [args, input] of [[['import', '-', '--format', 'vcf'], 'hello\nworld\n'], [['import', '-'], 'hello\nworld\n']] as const) {
      const result = await j.rel([...args], { input });
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr).toMatch(/^rel: stdin line 1: /);
    }
  });
});

describe('a birthday after today', () => {
  // rel contact add --birthday refuses one (a birthday with a year is the day they were born); an
  // import leaves it out with a warning, as any field it cannot take.
  it('is left out with a warning naming the line, the rest imported; --strict refuses the file', async () => {
    const j = makeJournal();
    const file = vcard('FN:Ann Future', 'BDAY:2031-05-05', 'EMAIL:ann@example.com') + vcard('FN:Bob Past', 'BDAY:1970-01-02') + vcard('FN:Cid Yearless', 'BDAY:--05-05');
    const warning = 'stdin line 1, field birthday: 2031-05-05 is after today (2026-11-23); a birthday with a year is the day they were born';

    const strict = await j.rel(['import', '-', '--format', 'vcf', '--strict'], { input: file });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(`${warning}\nrel: 1 problem in stdin (listed above); nothing imported. Without --strict, rel imports the rest and leaves these out\n`);

    const result = await j.rel(['import', '-', '--format', 'vcf'], { input: file });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`warning: ${warning}\n1 warning: what it names was left out and the rest read (--strict refuses such a file instead)\n`);
    expect(await people(j)).toEqual([
      { name: 'Ann Future', birthday: null, emails: ['ann@example.com'] },
      { name: 'Bob Past', birthday: '1970-01-02', emails: [] },
      { name: 'Cid Yearless', birthday: '--05-05', emails: [] },
    ]);
  });
});

describe('a customer-since day after today', () => {
  // rel contact add --since refuses one (the day they became a customer); an import leaves it out
  // with a warning, as a birthday after today, and the calendar gets no anniversary series from it.
  it('is left out with a warning naming the line, the rest imported', async () => {
    const j = makeJournal();
    const file = 'name,customer_since,company\nAnn Future,2030-01-01,Acme\nBob Past,2019-06-01,\nCid Today,2026-11-23,\n';
    const result = await j.rel(['import', '-', '--format', 'csv'], { input: file });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'warning: stdin line 2, field customer since: 2030-01-01 is after today (2026-11-23); customer since is the day they became a customer\n' +
        '1 warning: what it names was left out and the rest read (--strict refuses such a file instead)\n',
    );
    const contacts = await j.json<Array<{ name: string; customerSince: string | null; company: string | null }>>(['list', '--json']);
    expect(contacts.map((c) => [c.name, c.customerSince, c.company])).toEqual([
      ['Ann Future', null, 'Acme'],
      ['Bob Past', '2019-06-01', null],
      ['Cid Today', '2026-11-23', null],
    ]);
    expect(await j.ok(['export', 'dates'])).not.toContain('20300101');
  });
});

describe('a name or alias of several lines', () => {
  // rel contact add and --alias refuse one (lists, cards and exports keep a name on one line); an
  // import skips the record whose name it is, or leaves the alias out, with a warning.
  const file = 'Name,Email,Nickname\n"Multi\nLine",ml@x.example,\nAnn Lee,ann@x.example,"Doc\nBoss;Annie"\n';
  const CANNOT = 'a name cannot contain line breaks, tabs or other control characters';
  const warnings = [`stdin line 2, field Name: "Multi Line" is not a name: ${CANNOT}; record skipped`, `stdin line 4, field Nickname: "Doc Boss" is not an alias: ${CANNOT}`];

  it('is refused on the command line', async () => {
    const j = makeJournal();
    expect(await j.rel(['contact', 'add', 'Two\nLines'])).toMatchObject({ code: 2, stderr: `rel: NAME: ${CANNOT}\n` });
  });

  it('skips the record (its name) or leaves the alias out, with a warning; --strict refuses the file', async () => {
    const j = makeJournal();
    const strict = await j.rel(['import', '-', '--strict'], { input: file });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(`${warnings.join('\n')}\nrel: 2 problems in stdin (listed above); nothing imported. Without --strict, rel imports the rest and leaves these out\n`);

    const dry = await j.rel(['import', '-', '--dry-run'], { input: file });
    expect(dry.stdout).toBe('CSV with a Name column, 2 rows\nskip line 2: its name (field Name) cannot be read\nadd Ann Lee (line 4)\nwould add 1, update 0, skip 1\n');

    const result = await j.rel(['import', '-'], { input: file });
    expect(result).toMatchObject({ code: 0, stdout: 'added 1, updated 0, skipped 1 from stdin\n' });
    expect(result.stderr).toBe(`${warnings.map((w) => `warning: ${w}`).join('\n')}\n2 warnings: what they name was left out and the rest read (--strict refuses such a file instead)\n`);
    const [ann, ...others] = await j.json<Array<{ name: string; aliases: string[] }>>(['export', 'contacts', '--format', 'json']);
    expect([ann?.name, ann?.aliases, others]).toEqual(['Ann Lee', ['Annie'], []]);
  });
});

describe('a name the command line refuses for its length or as an id', () => {
  // rel contact add refuses "12" (rel show 12 is #12) and a name over 200 characters. In a contacts
  // file a name too long skips its record, as one of several lines does; one that reads as an id is
  // left out, and the record is named as one without a name is (its company, email or phone).
  const long = 'Ann '.repeat(48).trim(); // 191 characters, and 202 with the last name
  const file = `First Name,Last Name,Company,E-mail Address\n12,,,twelve@x.example\n${long},Leewardson,,long@x.example\nAnn,Lee,,ann@x.example\n#5,,Acme,\n7,,,\n`;
  const asId = (id: number) => `is not a name: it reads as an id (rel show "#${id}" is the person numbered ${id}); left out`;

  it('skips the record of a name too long, and names the one of an id by what else it holds; each with a warning', async () => {
    const j = makeJournal();
    expect(await j.rel(['contact', 'add', '12'])).toMatchObject({ code: 2 });
    const result = await j.rel(['import', '-'], { input: file });
    expect(result).toMatchObject({ code: 0, stdout: 'added 3, updated 0, skipped 2 from stdin\n' });
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      `warning: stdin line 2, field First Name: "12" ${asId(12)}`,
      `warning: stdin line 3, field First Name: ${JSON.stringify(`${long.slice(0, 60)}…`)} is not a name: a name of at most 200 characters, not 202; record skipped`,
      `warning: stdin line 5, field First Name: "#5" ${asId(5)}`,
      `warning: stdin line 6, field First Name: "7" ${asId(7)}`,
      'warning: stdin line 6: no name, email or phone to know a person by; record skipped',
    ]);
    const contacts = await j.json<Array<{ name: string }>>(['export', 'contacts', '--format', 'json']);
    expect(contacts.map((c) => c.name).sort()).toEqual(['Acme', 'Ann Lee', 'twelve@x.example']);
  });
});

describe('a company, role or how they met of several lines', () => {
  // A card shows each on one line: the command line refuses a line break there, an import reads it
  // as one line (a file cannot be typed again).
  it('is refused on the command line, and read as one line from a file', async () => {
    const j = makeJournal();
    expect(await j.rel(['contact', 'add', 'Bo Li', '--company', 'Doe\nFlowers'])).toMatchObject({ code: 2, stderr: 'rel: --company: one line of text, without line breaks or tabs\n' });
    expect(await j.rel(['contact', 'add', 'Bo Li', '--met', 'at the\tfair'])).toMatchObject({ code: 2, stderr: 'rel: --met: one line of text, without line breaks or tabs\n' });
    const vcf = vcard('FN:Ann Lee', 'ORG:Doe\\nFlowers', 'TITLE:Head\\n of\\n  sales');
    expect(await j.ok(['import', '-', '--format', 'vcf'], { input: vcf })).toBe('added 1, updated 0, skipped 0 from stdin\n');
    await j.ok(['import', '-'], { input: 'Name,Company,Role,Met\nCy Park,"Park\r\nBakery","Owner","At the\nfair"\n' });
    const contacts = await j.json<Array<{ name: string; company: string; role: string; met: string | null }>>(['export', 'contacts', '--format', 'json']);
    expect(contacts.map(({ name, company, role, met }) => ({ name, company, role, met }))).toEqual([
      { name: 'Ann Lee', company: 'Doe Flowers', role: 'Head of sales', met: null },
      { name: 'Cy Park', company: 'Park Bakery', role: 'Owner', met: 'At the fair' },
    ]);
  });
});

describe('the real cases', () => {
  it('a Thunderbird export with a stray carriage return inside a custom field imports, CSV or vCard', async () => {
    const j = makeJournal();
    expect(await j.ok(['import', join(ODD, 'thunderbird-stray-cr.csv')])).toBe(`added 2, updated 0, skipped 0 from ${join(ODD, 'thunderbird-stray-cr.csv')}\n`);
    expect((await j.json(['show', 'Greta', '--json'])).person).toMatchObject({
      name: 'Greta Lindqvist',
      emails: ['greta@lindqvist-blommor.example'],
      phones: ['+46 70 555 01 23'],
      company: 'Lindqvist Blommor',
      role: 'Owner',
      birthday: '1979-04-18',
    });
    expect((await j.json(['show', 'Paul Okoye', '--json'])).person).toMatchObject({ emails: ['paul.okoye@mail.example', 'p.okoye@okoye-logistics.example'], birthday: '--11-02' });
    // The same two people from Thunderbird's vCard: known already, nothing new.
    expect(await j.ok(['import', join(ODD, 'thunderbird-stray-cr.vcf')])).toBe(`added 0, updated 0, skipped 2 from ${join(ODD, 'thunderbird-stray-cr.vcf')}\n`);
  });

  it("a phone vCard's BDAY:1995/05/05 is 1995-05-05", async () => {
    const j = makeJournal();
    await j.ok(['import', '-'], { input: vcard('FN:Lena Park', 'TEL;CELL:+82 10 5555 0134', 'BDAY:1995/05/05') });
    expect(await people(j)).toEqual([{ name: 'Lena Park', birthday: '1995-05-05', emails: [] }]);
  });

  it('an Outlook CSV with 15/03/1985 and 04/02/1971: the first proves day-first, so the second is 4 February', async () => {
    const j = makeJournal();
    const input = outlook('Ana,Souza,ana@example.com,04/02/1971', 'Bob,Lee,bob@example.com,15/03/1985');
    expect(await j.ok(['import', '-', '--dry-run'], { input })).toBe('Outlook CSV, 2 rows, dates day-first\nadd Ana Souza (line 2)\nadd Bob Lee (line 3)\nwould add 2, update 0, skip 0\n');
    const result = await j.rel(['import', '-'], { input });
    expect(result).toMatchObject({ code: 0, stderr: '' }); // proven: nothing to say
    expect((await people(j)).map((p) => p.birthday)).toEqual(['1971-02-04', '1985-03-15']);
  });

  it('15.03.1985 (German) is day-first, and yyyy/mm/dd is read too', async () => {
    const j = makeJournal();
    await j.ok(['import', '-'], { input: outlook('Jürgen,Müller,j@example.de,15.03.1985', 'Heike,Braun,h@example.de,04.02.1971', 'Mei,Lin,m@example.cn,1988/07/09') });
    expect((await people(j)).map((p) => p.birthday)).toEqual(['1985-03-15', '1971-02-04', '1988-07-09']);
  });

  it('with nothing to prove the order, month-first, said after the import and in the dry run; --date-order dmy reads day-first', async () => {
    const input = outlook('Ana,Souza,ana@example.com,04/02/1971', 'Bob,Lee,bob@example.com,01/05/1990');
    const guessed = makeJournal();
    const dry = await guessed.ok(['import', '-', '--dry-run'], { input });
    expect(dry.split('\n')[0]).toBe('Outlook CSV, 2 rows, dates read month-first; use --date-order dmy if they are day-first');
    const result = await guessed.rel(['import', '-'], { input });
    expect(result.stderr).toBe('note: dates read month-first; use --date-order dmy if they are day-first\n');
    expect((await people(guessed)).map((p) => p.birthday)).toEqual(['1971-04-02', '1990-01-05']);

    const told = makeJournal();
    expect((await told.ok(['import', '-', '--dry-run', '--date-order', 'dmy'], { input })).split('\n')[0]).toBe('Outlook CSV, 2 rows, dates day-first (--date-order dmy)');
    expect(await told.rel(['import', '-', '--date-order', 'dmy'], { input })).toMatchObject({ code: 0, stderr: '' });
    expect((await people(told)).map((p) => p.birthday)).toEqual(['1971-02-04', '1990-05-01']);
  });

  it('dates proven both ways: most decide, each value of the other order is a warning', async () => {
    const j = makeJournal();
    const input = outlook('Ana,Souza,ana@example.com,15/03/1985', 'Bob,Lee,bob@example.com,20/01/1990', 'Cleo,Park,cleo@example.com,12/25/1980');
    const result = await j.rel(['import', '-'], { input });
    expect(result.stderr.split('\n')).toEqual([
      'warning: stdin line 4, field Birthday: "12/25/1980" is month-first, but this file\'s dates are read day-first',
      '1 warning: what it names was left out and the rest read (--strict refuses such a file instead)',
      'note: dates day-first (most of them; 1 is month-first and left out; --date-order decides)',
      '',
    ]);
    expect((await people(j)).map((p) => p.birthday)).toEqual(['1985-03-15', '1990-01-20', null]);
  });

  it('--date-order is checked by the command line', async () => {
    const result = await makeJournal().rel(['import', '-', '--date-order', 'ymd'], { input: 'name\nAna\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^rel: .*'ymd'.*dmy, mdy/);
  });

  it('a header with a plain Name column is a generic CSV whose Name column is the name', async () => {
    const j = makeJournal();
    const result = await j.rel(['import', '-', '--dry-run'], { input: 'Name,E-mail Address\nBob Jones,bob@jones.com\n' });
    expect(result.stdout).toBe('CSV with a Name column, 1 row\nadd Bob Jones (line 2)\nwould add 1, update 0, skip 0\n');
    await j.ok(['import', '-'], { input: 'Name,E-mail Address,Phone Number,Organization\nBob Jones,bob@jones.com,+1 555 0100,Jones Plumbing\n' });
    expect((await j.json(['show', 'Bob Jones', '--json'])).person).toMatchObject({ name: 'Bob Jones', emails: ['bob@jones.com'], phones: ['+1 555 0100'], company: 'Jones Plumbing' });
  });
});

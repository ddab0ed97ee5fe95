import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTACT_COLUMNS } from '../../../src/formats/columns.js';
import { detectContactsCsv, readContactsCsv, type ContactsCsvOptions } from '../../../src/formats/contactsCsv.js';
import { ImportFormatError } from '../../../src/formats/importError.js';
import { writeTable, type TableRow } from '../../../src/formats/tableExport.js';
import { TextSink } from './streams.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const contactsOf = (input: string | Uint8Array, file: string, options?: ContactsCsvOptions) => readContactsCsv(input, file, options).contacts;
/** The warnings of reading a file, each as it is printed. */
const warningsOf = (input: string, file: string, options?: ContactsCsvOptions) =>
  readContactsCsv(input, file, options).warnings.map((w) => `${w.file} line ${w.line}${w.field === undefined ? '' : `, field ${w.field}`}: ${w.problem}`);

function thrownBy(run: () => unknown): ImportFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

describe('Google Contacts CSV (2023+ export)', () => {
  const contacts = contactsOf(fixture('import/google-contacts.csv'), 'google-contacts.csv');

  it('reads every person, in file order, with the line each starts on', () => {
    expect(contacts.map((c) => [c.name, c.source.line])).toEqual([
      ['María José García López', 2],
      ['Benjamin Carter', 6],
      ['Chen Wei'.split(' ').reverse().join(' '), 7],
      ['orders@printshop-express.example', 8],
      ['Greenleaf Catering', 9],
      ['Fatima Zahra El Amrani', 10],
    ]);
  });

  it('splits " ::: " lists, drops system labels, keeps a yearless birthday', () => {
    expect(contacts[0]).toEqual({
      name: 'María José García López',
      emails: ['mj@floristeria-garcia.example', 'mariajose.garcia@mail.example', 'mj.garcia@mail.example'],
      phones: ['+34 612 55 01 23'],
      company: 'Floristería García',
      role: 'Owner',
      birthday: '--03-15',
      aliases: [],
      tags: ['Clients', 'starred'],
      note: 'Orders party favours every spring.\nHusband: "Paco", loves golf.\nAddress (work): Calle Mayor 12, 28013 Madrid, ES',
      source: { file: 'google-contacts.csv', line: 2 },
    });
    expect(contacts[1]).toMatchObject({ aliases: ['Ben'], phones: ['+1 512-555-0101', '+1 512-555-0102', '+1 512-555-0199'], tags: ['Inner circle', 'Referrers'] });
    expect(contacts[3]?.tags).toEqual([]);
    expect(contacts[5]?.birthday).toBe('1992-02-29');
  });
});

describe('Google Contacts CSV (legacy export)', () => {
  it('reads Name, Group Membership and Organization 1 columns', () => {
    const contacts = contactsOf(fixture('import/google-contacts-legacy.csv'), 'legacy.csv');
    expect(contacts[0]).toMatchObject({
      name: 'Søren Kierkegaard-Holm',
      emails: ['soren@holm-bager.example', 's.holm@holm-bager.example'],
      company: 'Holm Bageri',
      role: 'Baker',
      birthday: '1971-05-05',
      aliases: ['Sø'],
      tags: ['Clients', 'Starred'],
    });
    expect(contacts[1]).toMatchObject({ name: 'Grace Hopper', birthday: '--12-09', tags: [] });
    expect(contacts[2]).toMatchObject({ name: 'Leo Marchetti', tags: ['Friends'] });
  });
});

describe('Google Contacts CSV events', () => {
  it('are yearly details with their year: an anniversary, a label of the user\'s own as typed, none a "date"; their dates decide the order', () => {
    const header = 'First Name,Last Name,E-mail 1 - Value,Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value,Event 3 - Type,Event 3 - Value';
    const read = readContactsCsv(`${header}\nAnn,Lee,ann@x.example,Anniversary,2010-06-12,Name day,--07-26,,2019-01-02\nBob,Ray,,* Other,25/03/2015,,,,\n`, 'g.csv');
    expect(read.contacts[0]!.dates).toEqual([
      { text: 'anniversary', date: '2010-06-12' },
      { text: 'Name day', date: '--07-26' },
      { text: 'date', date: '2019-01-02' },
    ]);
    // 25/03 can only be day-first: the events count among the dates that say so.
    expect(read.contacts[1]!.dates).toEqual([{ text: 'date', date: '2015-03-25' }]);
    expect(warningsOf(`${header}\nAnn,Lee,,Anniversary,someday,,,,\n`, 'g.csv')).toEqual(['g.csv line 2, field Event 1 - Value: "someday" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year']);
  });
});

describe('Outlook CSV', () => {
  const contacts = contactsOf(fixture('import/outlook-contacts.csv'), 'outlook-contacts.csv');

  it('reads the windows-1252 export, M/D/YYYY birthdays and 0/0/00 as none', () => {
    expect(contacts).toHaveLength(4);
    expect(contacts[0]).toEqual({
      name: 'Robert J. Mitchell',
      emails: ['rob@mitchellhardware.example'],
      phones: ['(512) 555-0177', '(512) 555-0134'],
      company: 'Mitchell & Sons Hardware',
      role: 'Owner',
      birthday: '1980-03-15',
      aliases: [],
      tags: ['Clients', 'VIP'],
      note: 'Met at the 2019 trade show.\r\nPrefers calls after 3pm.\nAddress (business): 220 Congress Ave, Austin, TX 78701, United States of America',
      referredBy: 'Ben Carter',
      source: { file: 'outlook-contacts.csv', line: 2 },
    });
    expect(contacts[1]).toMatchObject({ name: 'Chloé Dubois', role: 'Créatrice', note: 'Café au lait, no sugar – always.', emails: ['chloe@atelier-dubois.example', 'chloe.dubois@mail.example'] });
    expect(contacts[1]?.birthday).toBeUndefined();
    expect(contacts[2]).toMatchObject({ name: 'Greenleaf Catering', company: 'Greenleaf Catering' });
    expect(contacts[3]).toMatchObject({ name: 'Aiko Tanaka', birthday: '1985-12-01', source: { line: 6 } });
  });

  it('reads the Anniversary column as a yearly date with its year; 0/0/00 is none', () => {
    expect(contacts[3]?.dates).toEqual([{ text: 'anniversary', date: '2015-06-20' }]);
    expect(contacts.slice(0, 3).map((c) => c.dates)).toEqual([undefined, undefined, undefined]);
  });
});

describe("rel's own contacts CSV", () => {
  const jane: TableRow = {
    id: 12,
    name: 'Jane Doe',
    emails: ['jane@example.com', 'j.doe@work.example'],
    phones: ['+1 555 0100'],
    company: 'Doe & Co',
    role: 'CEO',
    birthday: '--02-29',
    customer_since: '2019-06-01',
    cadence: '2w',
    met: 'Trade show, Austin 2019',
    referred_by: 'Ben Carter',
    aliases: ['JD'],
    tags: ['inner circle', 'clients'],
    archived: false,
    paused_until: '2025-09-01',
    created_on: '2024-01-05',
  };

  it('reads back its own export, undoing formula neutralisation', async () => {
    const sink = new TextSink();
    await writeTable(sink, CONTACT_COLUMNS, [jane, { ...jane, name: '=cmd|calc', phones: ['-5'], archived: true }], { format: 'csv' });
    expect(sink.text).toContain("'+1 555 0100");
    const [back, formula] = contactsOf(sink.text, 'contacts.csv');
    expect(back).toEqual({
      name: 'Jane Doe',
      emails: ['jane@example.com', 'j.doe@work.example'],
      phones: ['+1 555 0100'],
      company: 'Doe & Co',
      role: 'CEO',
      birthday: '--02-29',
      customerSince: '2019-06-01',
      cadence: '2w',
      met: 'Trade show, Austin 2019',
      referredBy: 'Ben Carter',
      aliases: ['JD'],
      tags: ['inner circle', 'clients'],
      archived: false,
      pausedUntil: '2025-09-01',
      relId: 12,
      source: { file: 'contacts.csv', line: 2 },
    });
    expect(formula).toMatchObject({ name: '=cmd|calc', phones: ['-5'], archived: true });
  });

  it('reads its TSV export too', async () => {
    const sink = new TextSink();
    await writeTable(sink, CONTACT_COLUMNS, [jane], { format: 'tsv' });
    expect(contactsOf(sink.text, 'contacts.tsv')[0]).toMatchObject({ name: 'Jane Doe', phones: ['+1 555 0100'], cadence: '2w' });
  });

  it('reads a hand-made spreadsheet: semicolons, other spellings, extra columns', () => {
    const text = 'Name;Email;Phone;Birthday;Favourite colour\nAna Souza;ana@example.com;+55 11 5555 0101;03-21;green\n';
    expect(contactsOf(text, 'mine.csv')).toEqual([
      { name: 'Ana Souza', emails: ['ana@example.com'], phones: ['+55 11 5555 0101'], birthday: '--03-21', aliases: [], tags: [], source: { file: 'mine.csv', line: 2 } },
    ]);
  });

  it('reads a header written with a space after each comma: every column, none silently dropped', () => {
    // The columns after the first were looked up as " email", and read as empty.
    const read = readContactsCsv('name, email, company, birthday\nAnn Lee, ann@x.example, Lee Flowers, 1980-04-02\n', 'spaced.csv');
    expect(read.contacts).toMatchObject([{ name: 'Ann Lee', emails: ['ann@x.example'], company: 'Lee Flowers', birthday: '1980-04-02' }]);
    expect(read.warnings).toEqual([]);
    // Its date columns count in the file's date order too: 25/12 proves day-first, so 04/05 is the 4th of May.
    const dates = readContactsCsv('name, birthday\nAnn Lee, 04/05/1980\nBob Ray, 25/12/1975\n', 'dates.csv');
    expect(dates.contacts.map((c) => c.birthday)).toEqual(['1980-05-04', '1975-12-25']);
    expect(dates.warnings).toEqual([]);
    const google = readContactsCsv('First Name, Last Name, E-mail 1 - Value, Labels\nJane, Doe, jane@x.example, * myContacts ::: Clients\n', 'g.csv');
    expect(google.contacts).toMatchObject([{ name: 'Jane Doe', emails: ['jane@x.example'], tags: ['Clients'] }]);
  });

  it("reads the id column as rel's id; a spreadsheet's own numbering is not one", () => {
    const text = 'ID,Name\n#7,Ann Lee\nC-001,Bob Ray\n0,Cleo Park\n,Dee Fox\n';
    expect(contactsOf(text, 'ids.csv').map((c) => [c.name, c.relId])).toEqual([
      ['Ann Lee', 7],
      ['Bob Ray', undefined],
      ['Cleo Park', undefined],
      ['Dee Fox', undefined],
    ]);
  });

  it.each([
    ['birthday', 'name,birthday\nJane,1980-02-30\n', 'x.csv line 2, field birthday: "1980-02-30" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year'],
    ['customer since without a year', 'name,customer_since\nJane,--03-15\n', 'x.csv line 2, field customer_since: "--03-15" has no year; this needs a full date (YYYY-MM-DD)'],
    ['cadence', 'name,cadence\nJane,now and then\n', 'x.csv line 2, field cadence: "now and then" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly'],
    ['archived', 'name,archived\nJane,maybe\n', 'x.csv line 2, field archived: "maybe" is not true or false'],
    ['email', 'name,emails\nJane,jane@example.com; call her\n', 'x.csv line 2, field emails: "call her" is not an email address (name@example.com)'],
  ])('a bad %s is left out with a warning naming the line and field; the rest of the row is read', (_, text, warning) => {
    expect(warningsOf(text, 'x.csv')).toEqual([warning]);
    expect(contactsOf(text, 'x.csv')).toEqual([expect.objectContaining({ name: 'Jane', source: { file: 'x.csv', line: 2 } })]);
  });

  it('reads a cadence in words as its short form', () => {
    const text = 'name,cadence\nJane,Monthly\nBob,fortnightly\n';
    expect(warningsOf(text, 'x.csv')).toEqual([]);
    expect(contactsOf(text, 'x.csv').map((c) => c.cadence)).toEqual(['1m', '2w']);
  });

  it('a row with no name is named by its email, else its phone; with neither it is no person, and a warning', () => {
    const text = 'name,emails,phones,company\n,jane@example.com,,\n,,+1 555 0100,\n,,,Doe & Co\n,,,\n';
    const read = readContactsCsv(text, 'x.csv');
    expect(read.contacts.map((c) => c.name)).toEqual(['jane@example.com', '+1 555 0100']);
    expect(read.unnamed).toEqual([{ file: 'x.csv', line: 4 }]);
    expect(warningsOf(text, 'x.csv')).toEqual(['x.csv line 4: no name, email or phone to know a person by; record skipped']); // line 5, all empty, is no record
  });
});

describe('a name or alias of several lines, as the command line refuses it', () => {
  const CANNOT = 'a name cannot contain line breaks, tabs or other control characters';

  it('a name: the record is skipped with a warning naming the line and column', () => {
    const text = 'Name,Email\n"Multi\nLine",ml@x.example\nAnn Lee,ann@x.example\n';
    const read = readContactsCsv(text, 'x.csv');
    expect(read.contacts.map((c) => c.name)).toEqual(['Ann Lee']);
    expect(read.unnamed).toEqual([{ file: 'x.csv', line: 2, reason: 'its name (field Name) cannot be read' }]);
    expect(warningsOf(text, 'x.csv')).toEqual([`x.csv line 2, field Name: "Multi Line" is not a name: ${CANNOT}; record skipped`]);
  });

  it('a part of the name, in every program\'s export', () => {
    const cases: Array<[string, string, string]> = [
      ['First Name,Last Name,E-mail Address\n"Jane\r\nX",Doe,j@x.example\n', 'First Name', '"Jane X"'],
      ['Name,Given Name,Family Name,Group Membership\n,Jane,"Do\ne",* myContacts\n', 'Family Name', '"Do e"'],
      ['First Name,Last Name,Display Name,Nickname,Primary Email\n,,"Jane\tDoe",,j@x.example\n', 'Display Name', '"Jane\\tDoe"'],
      ['First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"Ja\nne",Doe,,,,,12 Mar 2024\n', 'First Name', '"Ja ne"'],
    ];
    for (const [text, field, shown] of cases) {
      expect(contactsOf(text, 'x.csv')).toEqual([]);
      expect(warningsOf(text, 'x.csv')).toEqual([`x.csv line 2, field ${field}: ${shown} is not a name: ${CANNOT}; record skipped`]);
    }
  });

  it('an alias is left out with a warning, the rest of the record read', () => {
    const text = 'Name,Nickname\nAnn Lee,"Doc\nBoss;Annie"\n';
    expect(contactsOf(text, 'x.csv')).toEqual([expect.objectContaining({ name: 'Ann Lee', aliases: ['Annie'] })]);
    expect(warningsOf(text, 'x.csv')).toEqual([`x.csv line 2, field Nickname: "Doc Boss" is not an alias: ${CANNOT}`]);
    const outlook = 'First Name,Last Name,Nickname,E-mail Address\nAnn,Lee,"Doc\nBoss",ann@x.example\n';
    expect(contactsOf(outlook, 'x.csv')).toEqual([expect.objectContaining({ name: 'Ann Lee', aliases: [] })]);
    expect(warningsOf(outlook, 'x.csv')).toEqual([`x.csv line 2, field Nickname: "Doc Boss" is not an alias: ${CANNOT}`]);
  });

  it("a nickname written Doc;Boss is two aliases in Thunderbird's export too", () => {
    const thunderbird = 'First Name,Last Name,Display Name,Nickname,Primary Email\nAnn,Lee,Ann Lee,Doc;Boss,ann@x.example\n';
    expect(contactsOf(thunderbird, 'x.csv')).toEqual([expect.objectContaining({ name: 'Ann Lee', aliases: ['Doc', 'Boss'] })]);
  });
});

describe('bad CSV files', () => {
  it('an unclosed quote names the line where the record starts', () => {
    const error = thrownBy(() => contactsOf(fixture('bad/bad-quotes.csv'), 'bad-quotes.csv'));
    expect(error).toMatchObject({ file: 'bad-quotes.csv', line: 3 });
    expect(error.message).toMatch(/^bad-quotes\.csv line 3: a quoted field here is never closed/);
  });

  it('an unclosed quote further down names its own line, after notes, quoted line breaks and CRLF', () => {
    // csv-parse's record offset counted earlier records more than once: this said line 10.
    const text = 'Notes:\r\nexported\r\n\r\nname,note\r\nAnn,"two\r\nlines"\r\nBob,x\r\n"Cid,y\r\nDan,z\r\n';
    expect(thrownBy(() => contactsOf(text, 'late.csv'))).toMatchObject({ file: 'late.csv', line: 8 });
  });

  it('a Google birthday, an Outlook birthday or anniversary that is not a date is a warning naming the column', () => {
    expect(warningsOf('First Name,Last Name,Birthday,Labels\nJane,Doe,1980-13-45,* myContacts\n', 'g.csv')).toEqual([
      'g.csv line 2, field Birthday: "1980-13-45" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    ]);
    const outlook = '"First Name","Last Name","E-mail Address","Birthday","Anniversary"\r\n"Jane","Doe","j@x.example","13/45/1980","2/30/2010"\r\n';
    expect(warningsOf(outlook, 'o.csv')).toEqual([
      'o.csv line 2, field Birthday: "13/45/1980" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
      'o.csv line 2, field Anniversary: "2/30/2010" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    ]);
    expect(contactsOf(outlook, 'o.csv')).toEqual([{ name: 'Jane Doe', emails: ['j@x.example'], phones: [], aliases: [], tags: [], source: { file: 'o.csv', line: 2 } }]);
  });

  it('a row with more cells than the header is left out with a warning, and counted as a record skipped; the others are read', () => {
    const text = 'name,email\nAna,ana@example.com\nBob Lee,bob@example.com,Lee & Sons, Ltd\nCleo,cleo@example.com\n';
    expect(contactsOf(text, 'x.csv').map((c) => c.name)).toEqual(['Ana', 'Cleo']);
    expect(warningsOf(text, 'x.csv')).toEqual(['x.csv line 3: has 4 cells but the header has 2: a comma inside a value needs quotes ("a, b"); row skipped']);
    const read = readContactsCsv(text, 'x.csv');
    expect(read.records).toBe(3);
    expect(read.unnamed).toEqual([{ file: 'x.csv', line: 3, reason: 'more cells than the header has' }]);
  });

  it('an unknown header, an empty file, an XML file', () => {
    expect(thrownBy(() => contactsOf('a,b\n1,2\n', 'x.csv')).message).toMatch(/^x\.csv line 1: the header is not one rel knows/);
    // What the header has, short and on one line: the first five columns.
    expect(thrownBy(() => contactsOf('"Full\nname",,b,A column with a very long title,d,e,g\n1,2\n', 'x.csv')).message).toMatch(
      /^x\.csv line 1: the header is not one rel knows \(its columns: Full name, \(empty\), b, A column with a very lo…, d and 2 more\): expected a Name column/,
    );
    expect(thrownBy(() => contactsOf('', 'x.csv')).message).toMatch(/^x\.csv: the file is empty/);
    expect(thrownBy(() => contactsOf('<?xml version="1.0"?>\n<vcards/>\n', 'x.xml')).message).toMatch(/\(this looks like XML or HTML, not a CSV file\)$/);
  });

  it('counts lines right after quoted fields holding CRLF and after blank lines', () => {
    const text = 'name,met\r\n"Ana","line one\r\nline two"\r\n\r\nBruno,x\r\nCarla,1980-99-99\r\n';
    expect(contactsOf(text, 'x.csv').map((c) => c.source.line)).toEqual([2, 5, 6]);
    expect(readContactsCsv(text.replace('name,met', 'name,birthday').replace('Bruno,x', 'Bruno,'), 'x.csv').warnings.map((w) => w.line)).toEqual([2, 6]);
  });
});

describe('detectContactsCsv', () => {
  it.each([
    [['First Name', 'Last Name', 'Labels', 'E-mail 1 - Value'], 'google'],
    [['Name', 'Given Name', 'Group Membership'], 'google'],
    [['First Name', 'Last Name', 'E-mail Address', 'Business Phone'], 'outlook'],
    [[...CONTACT_COLUMNS], 'rel'],
    [['Name', 'E-mail Address'], 'rel'], // someone's own list: its Name column is the name, not Outlook's
    [['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'], 'linkedin'],
    [['First Name', 'Last Name', 'Display Name', 'Nickname', 'Primary Email', 'Secondary Email', 'Job Title', 'Birth Year'], 'thunderbird'],
    [['first', 'last', 'address', 'city', 'zip'], 'names'],
    [['Email', 'Phone'], undefined],
  ])('%j is %s', (header, dialect) => {
    expect(detectContactsCsv(header)).toBe(dialect);
  });
});

// How fast it reads is `npm run bench`'s business; here, that 100,000 rows all come through right.
describe('a large file', () => {
  it('reads 100,000 rows, each with its own line number, the first and the last intact', () => {
    const lines = ['name,emails,phones,birthday,tags'];
    for (let i = 0; i < 100_000; i++) lines.push(`Person ${i},p${i}@example.com,+1 555 ${String(i).padStart(6, '0')},1980-03-15,clients; inner circle`);
    const contacts = contactsOf(lines.join('\r\n'), 'big.csv');
    expect(contacts).toHaveLength(100_000);
    expect(contacts[0]).toEqual({
      name: 'Person 0',
      emails: ['p0@example.com'],
      phones: ['+1 555 000000'],
      aliases: [],
      tags: ['clients', 'inner circle'],
      birthday: '1980-03-15',
      source: { file: 'big.csv', line: 2 },
    });
    expect(contacts[99_999]).toEqual({
      name: 'Person 99999',
      emails: ['p99999@example.com'],
      phones: ['+1 555 099999'],
      aliases: [],
      tags: ['clients', 'inner circle'],
      birthday: '1980-03-15',
      source: { file: 'big.csv', line: 100_001 },
    });
    expect(contacts.every((c, i) => c.name === `Person ${i}` && c.source.line === i + 2)).toBe(true);
  });
});
